package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.segment.Segments.regions;
import static org.wiretext.internal.segment.Segments.segment;

import org.junit.jupiter.api.Test;
import org.wiretext.model.RegionKind;

class KickerRuleTest {

  @Test
  void aLexiconLabelAboveTheHeadlineIsTheKicker() {
    Layout layout = segment("Breaking News\n\n\nPort of Varna closed by storm\n\nShips were ordered to anchor offshore.");
    assertThat(layout.kicker()).contains("Breaking News");
    assertThat(regions(layout, RegionKind.KICKER)).containsExactly("Breaking News");
    assertThat(layout.headline()).contains("Port of Varna closed by storm");
  }

  @Test
  void aShortAllCapsLineAboveAnOrdinaryHeadlineIsTheKicker() {
    Layout layout = segment("ENERGY MARKETS\n\nGas prices fall for third week\n\nTraders cited mild weather.");
    assertThat(layout.kicker()).contains("ENERGY MARKETS");
    assertThat(layout.headline()).contains("Gas prices fall for third week");
  }

  @Test
  void aShortOrdinaryHeadlineAboveADeckIsNotAKicker() {
    Layout layout = segment("Talks Stall Again\nNegotiators fail to agree on fishing quotas\n"
        + "OSLO (Reuters) - Talks broke up without a deal on Monday.\nThey resume next week.");
    assertThat(layout.kicker()).isEmpty();
    assertThat(layout.headline()).contains("Talks Stall Again");
  }

  @Test
  void aRubricPrefixOfTheHeadlineIsSplitOffAsTheKicker() {
    Layout layout = segment("EXCLUSIVE: Club owner plans stadium sale\n\nThe owner told staff on Friday.\n\nFans protested.");
    assertThat(layout.kicker()).contains("EXCLUSIVE");
    assertThat(layout.headline()).contains("Club owner plans stadium sale");
    assertThat(regions(layout, RegionKind.KICKER)).containsExactly("EXCLUSIVE:");
  }

  @Test
  void aShortLabelAboveATitleThePageRepeatsIsTheKicker() {
    Layout layout = segment("Top Story\n\nLake ferry sinks in storm\n\nLake ferry sinks in storm\n\nAll passengers were rescued.");
    assertThat(layout.kicker()).contains("Top Story");
    assertThat(layout.headline()).contains("Lake ferry sinks in storm");
  }
}
