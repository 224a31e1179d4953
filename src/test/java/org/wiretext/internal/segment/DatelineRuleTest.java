package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.segment.Segments.paragraphs;
import static org.wiretext.internal.segment.Segments.regions;
import static org.wiretext.internal.segment.Segments.segment;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SourceText;
import org.wiretext.model.RegionKind;

class DatelineRuleTest {

  private static Layout story(String lead) {
    return segment("Headline of the story\n\n" + lead + "\n\nA second paragraph follows.");
  }

  @Test
  void placeAndMonthDayGiveAnIsoDateWithoutYear() {
    Layout layout = story("OSLO, March 3 - Norway raised its interest rate.");
    Layout.DatelineInfo d = layout.dateline().orElseThrow();
    assertThat(d.place()).isEqualTo("OSLO");
    assertThat(d.date()).contains("--03-03");
    assertThat(layout.source().slice(d.range())).isEqualTo("OSLO, March 3 -");
    assertThat(regions(layout, RegionKind.DATELINE)).containsExactly("OSLO, March 3 -");
    assertThat(paragraphs(layout).get(0)).isEqualTo("Norway raised its interest rate.");
  }

  @Test
  void aYearMakesAFullDate() {
    Layout layout = story("QUITO, Aug. 9, 2019 (AP) \u2014 Ecuador declared an emergency.");
    assertThat(layout.dateline().orElseThrow().date()).contains("2019-08-09");
    assertThat(layout.dateline().orElseThrow().place()).isEqualTo("QUITO");
    assertThat(layout.credit()).contains("AP");
  }

  @Test
  void aQualifiedPlaceAndAgencyGiveThePlaceAsWrittenAndTheCredit() {
    Layout layout = story("RIGA, Latvia (CNN) -- Latvia expelled two diplomats.");
    assertThat(layout.dateline().orElseThrow().place()).isEqualTo("RIGA, Latvia");
    assertThat(layout.dateline().orElseThrow().date()).isEmpty();
    assertThat(layout.credit()).contains("CNN");
    assertThat(paragraphs(layout).get(0)).isEqualTo("Latvia expelled two diplomats.");
  }

  @Test
  void slashedPlacesAndAllCapsPlacesWithOnlyADashAreRead() {
    assertThat(story("TBILISI/BATUMI (Reuters) - Georgia held talks.").dateline().orElseThrow().place())
        .isEqualTo("TBILISI/BATUMI");
    assertThat(story("PITCAIRN ISLAND - The supply ship arrived.").dateline().orElseThrow().place())
        .isEqualTo("PITCAIRN ISLAND");
    assertThat(story("SPRINGFIELD, Ill. \u2015 The governor signed the bill.").dateline().orElseThrow().place())
        .isEqualTo("SPRINGFIELD, Ill.");
  }

  @Test
  void anOrdinaryCasePlaceNeedsAnAgencyOrADate() {
    assertThat(story("Hamburg (dpa) - Der Hafen meldet Rekorde.").dateline().orElseThrow().place()).isEqualTo("Hamburg");
    Layout sentence = story("Maria Lopez - who chairs the board - resigned.");
    assertThat(sentence.dateline()).isEmpty();
    assertThat(paragraphs(sentence).get(0)).isEqualTo("Maria Lopez - who chairs the board - resigned.");
  }

  @Test
  void aLeadOpeningWithOnlyAnAgencyGivesACreditAndNoDateline() {
    Layout layout = story("(CNN) -- The rover found water ice.");
    assertThat(layout.dateline()).isEmpty();
    assertThat(layout.credit()).contains("CNN");
    assertThat(regions(layout, RegionKind.CREDIT)).containsExactly("(CNN) --");
  }

  @Test
  void onlyTheFirstParagraphCarriesADateline() {
    Layout layout = segment("Headline here\n\nThe vote was close.\n\nBERN, May 5 - This is not a dateline position.\n\nEnd.");
    assertThat(layout.dateline()).isEmpty();
  }

  @Test
  void aDatelineAskedForAgainIsTheScannersAnswerForThoseOffsets() {
    String text = "OSLO, March 3 - Norway raised rates.\n\nBERLIN (dpa) - More.\n\nNo dateline here.";
    SourceText source = SourceText.of(text);
    Lexicons lex = Lexicons.get();
    SegmentContext ctx = new SegmentContext(source, lex, List.of());
    DatelineScanner scanner = new DatelineScanner(lex);
    int[][] ranges = {{0, 36}, {38, 58}, {60, text.length()}, {0, 36}, {0, 10}, {38, 58}, {0, 36}};
    for (int[] r : ranges) {
      assertThat(ctx.datelineAt(r[0], r[1]))
          .as("[%d, %d)", r[0], r[1])
          .isEqualTo(scanner.scan(text, source.folded(), r[0], r[1]));
    }
    assertThat(ctx.datelineAt(0, 36)).map(DatelineScanner.Match::place).contains("OSLO");
    assertThat(ctx.datelineAt(60, text.length())).isEmpty();
  }

  @Test
  void theScanWithItsDashTestFindsWhatReadingEveryWordFinds() {
    DatelineScanner scanner = new DatelineScanner(Lexicons.get());
    String[] leads = {
      "OSLO, March 3 - Norway raised", "QUITO, Aug. 9, 2019 (AP) \u2014 Ecuador", "RIGA, Latvia (CNN) -- Latvia",
      "(CNN) -- The", "MIDWAY ATOLL - The", "Berlin (dpa) \u2013 Die", "HEMPSTEAD, N.Y., Sept. 26 (UPI) -- A",
      "ROMANIA PRESSES THE COUNCIL OF EUROPE ON MEMBERSHIP", "Tony Blair - who", "YANGON/NAYPYITAW (Reuters) - x",
      "PEKING, March 31\u2212 China", "A long sentence with no dash at all, March 3 (AP) said the", "",
    };
    for (String lead : leads) {
      for (String text : new String[] {lead, lead.replace('-', '~'), "x ".repeat(90) + "- " + lead}) {
        String folded = SourceText.of(text).folded();
        for (int limit = 0; limit <= text.length(); limit++) {
          assertThat(scanner.scan(text, folded, 0, limit)).as("%s up to %d", text, limit)
              .isEqualTo(scanner.read(text, folded, 0, limit));
        }
      }
    }
  }
}
