package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.segment.Segments.paragraphs;
import static org.wiretext.internal.segment.Segments.regions;
import static org.wiretext.internal.segment.Segments.segment;

import org.junit.jupiter.api.Test;
import org.wiretext.model.RegionKind;

class HeadlineRuleTest {

  @Test
  void theFirstTitleLineIsTheHeadline() {
    Layout layout = segment("Rail union calls off strike\n\nTrains will run as normal on Tuesday.\n\nTalks continue.");
    assertThat(layout.headline()).contains("Rail union calls off strike");
    assertThat(regions(layout, RegionKind.HEADLINE)).containsExactly("Rail union calls off strike");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void aRepeatedHeadlineIsARegionEachTimeAndTheFieldOnceWithStraightQuotes() {
    Layout layout = segment("Minister\u2019s `last chance` plan\n\nMinister's  \u201Clast chance\u201D plan\n\n"
        + "The plan was unveiled on Monday.\n\nCritics called it thin.");
    assertThat(layout.headline()).contains("Minister's 'last chance' plan");
    assertThat(regions(layout, RegionKind.HEADLINE)).hasSize(2);
    assertThat(paragraphs(layout)).containsExactly("The plan was unveiled on Monday.", "Critics called it thin.");
  }

  @Test
  void anAllCapsTitleIsTheHeadline() {
    Layout layout = segment("GRAIN EXPORTS RISE SHARPLY\n    OTTAWA, June 2 - Canadian grain exports rose\n"
        + "12 pct in May, the board said.\n    Wheat led the gain.\n");
    assertThat(layout.headline()).contains("GRAIN EXPORTS RISE SHARPLY");
  }

  @Test
  void aTextOpeningWithItsDatelineParagraphHasNoHeadline() {
    Layout layout = segment("LISBON, Portugal (CNN) -- Firefighters contained a blaze near the capital.\n\n"
        + "Nobody was hurt, officials said.");
    assertThat(layout.headline()).isEmpty();
    assertThat(regions(layout, RegionKind.HEADLINE)).isEmpty();
  }

  @Test
  void aLongFirstSentenceAfterABylineIsBodyNotHeadline() {
    Layout layout = segment("By Tomas Lind\n\nThe regional parliament voted late on Thursday to widen the coastal"
        + " protection zone, a move that fishing groups said would cost hundreds of jobs.\n\nThe law takes effect in May.");
    assertThat(layout.headline()).isEmpty();
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void aSingleBlockTextIsAParagraphNotAHeadline() {
    Layout layout = segment("The committee approved the budget.");
    assertThat(layout.headline()).isEmpty();
    assertThat(paragraphs(layout)).containsExactly("The committee approved the budget.");
  }

  @Test
  void aDoubleQuoteMarkBetweenLettersInTheHeadlineIsReadAsAnApostrophe() {
    Layout layout = segment("Estonia\u00ABs bid gains support\n\nThe bid was discussed.\n\nNo decision was taken.");
    assertThat(layout.headline()).contains("Estonia's bid gains support");
  }

  @Test
  void aFirstSentenceReportedInThePastIsALeadNotAHeadline() {
    Layout layout = segment("A man was arrested after a chase through the port, police said.\n\nHe was taken to hospital.");
    assertThat(layout.headline()).isEmpty();
    assertThat(paragraphs(layout)).hasSize(2);
  }
}
