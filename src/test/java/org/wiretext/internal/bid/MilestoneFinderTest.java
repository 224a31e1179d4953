package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneFinderTest {

  @Test
  void aRequestSentInAMonthOfThisYearIsDatedFromTheArticle() {
    BidFixture f = BidFixture.text("Moldova wants to join the EU.\n\nPresident Sandu requested support for membership in a letter sent in March of this year.")
        .state("Moldova").org("European Union", "EU").person("Maia Sandu", "President Sandu").published("2022-05-03T10:00:00Z");
    List<BidDraft.MilestoneDraft> ms = f.bids().get(0).milestones();
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.date()).contains("2022-03");
      assertThat(m.actor()).contains(f.key("Maia Sandu"));
    });
  }

  @Test
  void anIntendedStepIsNoMilestone() {
    BidFixture f = BidFixture.text("Moldova is expected to apply to join the EU in June 2023.")
        .state("Moldova").org("European Union", "EU");
    assertThat(f.bids().get(0).milestones()).isEmpty();
  }
}
