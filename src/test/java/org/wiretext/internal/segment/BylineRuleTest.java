package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.segment.Segments.paragraphs;
import static org.wiretext.internal.segment.Segments.regions;
import static org.wiretext.internal.segment.Segments.segment;

import org.junit.jupiter.api.Test;
import org.wiretext.model.RegionKind;

class BylineRuleTest {

  @Test
  void byAndANameIsTheByline() {
    Layout layout = segment("Glacier retreat speeds up\n\nBy Ines Moreau\n\nThe glacier lost 40 metres last year.\n\nScientists were alarmed.");
    assertThat(layout.byline()).contains("Ines Moreau");
    assertThat(regions(layout, RegionKind.BYLINE)).containsExactly("By Ines Moreau");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void theNameMayStandOnTheLineAfterBy() {
    Layout layout = segment("By \nPeter Szabo\n\nThe airport reopened after the fog lifted.\n\nFlights were delayed.");
    assertThat(layout.byline()).contains("Peter Szabo");
    assertThat(regions(layout, RegionKind.BYLINE)).containsExactly("By \nPeter Szabo");
  }

  @Test
  void anAuthorLabelGivesTheBylineWhereverItStands() {
    Layout layout = segment("Museum reopens\n\nThe museum reopened after repairs.\n\nVisitors queued.\n\nAutor: KTV");
    assertThat(layout.byline()).contains("KTV");
    assertThat(regions(layout, RegionKind.BYLINE)).containsExactly("Autor: KTV");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void anAgencyAfterTheNameIsTheCreditWhenNoOtherIsGiven() {
    Layout layout = segment("TRADE GAP NARROWS\n    By Anna Weiss, Reuters\n    BONN, May 2 - The trade gap narrowed\nin April.\n");
    assertThat(layout.byline()).contains("Anna Weiss");
    assertThat(layout.credit()).contains("Reuters");
  }

  @Test
  void aSignOffCreditWinsOverTheAgencyAfterTheName() {
    Layout layout = segment("TRADE GAP NARROWS\n    By Anna Weiss, Reuters\n    BONN, May 2 - The trade gap narrowed\n"
        + "in April.\n REUTER\n");
    assertThat(layout.credit()).contains("REUTER");
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() {
    Layout layout = segment("Harvest report\n\nBy the end of May, farmers had sold most of the crop.\n\nPrices held.");
    assertThat(layout.byline()).isEmpty();
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void germanVonBylineIsRead() {
    Layout layout = segment("Neue Brücke eröffnet\n\nVon Karl Huber\n\nDie Brücke wurde am Montag eröffnet.\n\nSie kostete viel.");
    assertThat(layout.byline()).contains("Karl Huber");
  }

  @Test
  void namesSpreadOverSeveralLinesAfterByAreJoined() {
    Layout layout = segment("By \nJonas Berg \nand \nElif Kaya\n\nThe ferry sank near the harbour.\n\nAll were rescued.");
    assertThat(layout.byline()).contains("Jonas Berg and Elif Kaya");
  }

  @Test
  void anAgencyStartingTheTitleAfterTheNameIsTheCredit() {
    Layout layout = segment("Dam plan approved\n\nBy KARL HOLM, Associated Press Writer\n\nThe dam was approved.\n\nWork starts soon.");
    assertThat(layout.byline()).contains("KARL HOLM");
    assertThat(layout.credit()).contains("Associated Press");
  }

  @Test
  void anAgencyAloneUnderTheBylineBelongsToIt() {
    Layout layout = segment("Quake hits coast\n\nBy Ana Lee\nCNN\n\nRescuers pulled a boy from the rubble.\n\nThe quake struck at dawn.");
    assertThat(regions(layout, RegionKind.BYLINE)).containsExactly("By Ana Lee", "CNN");
    assertThat(layout.credit()).contains("CNN");
    assertThat(paragraphs(layout)).hasSize(2);
  }
}
