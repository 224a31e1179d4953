package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretext.model.BidStage;
import org.wiretext.model.DecisionRule;
import org.wiretext.model.RuleKind;

class DecisionRuleFinderTest {

  private static Optional<DecisionRule> rule(BidFixture f) {
    return f.bids().get(0).decisionRule();
  }

  @Test
  void aConsensusOfMemberCountriesIsTheRuleWithItsNumber() {
    BidFixture f = BidFixture.text("Moldova's bid to join NATO is backed by many. Admission is decided by consensus of 32 member countries.")
        .state("Moldova").org("NATO");
    assertThat(rule(f)).contains(DecisionRule.builder().kind(RuleKind.CONSENSUS).members(32).build());
  }

  @Test
  void aNegatedRuleIsNoRule() {
    BidFixture f = BidFixture.text("Moldova's bid to join NATO is backed by many. There is no qualified majority voting on it.")
        .state("Moldova").org("NATO");
    assertThat(rule(f)).isEmpty();
  }

  @Test
  void aLaterSentenceAddsTheBodyThatDecides() {
    BidFixture f = BidFixture.text("Moldova's bid to join NATO is backed by many. The decision is taken by consensus."
        + " The admission of each new member needs a unanimous decision of the 32 allies, in a vote held in the Atlantic Council.")
        .state("Moldova").org("NATO");
    assertThat(rule(f)).contains(DecisionRule.builder().kind(RuleKind.CONSENSUS).members(32).body("Atlantic Council").build());
  }

  @Test
  void aRuleSaidOfOneBidStaysOnThatBid() {
    BidFixture f = BidFixture.text("NATO applicants Finland and Sweden were discussed. A consensus could not be reached on Albania's bid, he said.")
        .state("Finland").state("Sweden").state("Albania").org("NATO");
    assertThat(f.bids()).extracting(b -> b.decisionRule().isPresent()).containsExactly(false, false, true);
    assertThat(f.bids().get(2).stage()).isEqualTo(BidStage.APPLIED);
  }
}
