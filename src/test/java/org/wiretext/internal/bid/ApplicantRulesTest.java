package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.TextRange;

/** {@link ApplicantRules}: trying only a cue role's rules finds what trying them all finds. */
class ApplicantRulesTest {

  private static final List<BidFixture> FIXTURES = List.of(
      BidFixture.text("Moldova's application to join the European Union was received. Its bid stalled.")
          .state("Moldova").org("European Union", "EU"),
      BidFixture.text("Ministers discussed the admission of Finland and Sweden to NATO. Austria will veto its entry.")
          .state("Finland").state("Sweden").state("Austria").org("NATO"),
      BidFixture.text("Albania formally applied to join the World Trade Organization. Peru will soon seek accession.")
          .state("Albania").state("Peru").org("World Trade Organization", "WTO"),
      BidFixture.text("Austria opposes Croatia joining the Schengen area, the first step towards joining it.")
          .state("Austria").state("Croatia").org("Schengen area"),
      BidFixture.text("NATO applicants Georgia and Ukraine waited. Poland, a member of NATO, agreed. Malta is an EU member.")
          .state("Georgia").state("Ukraine").state("Poland").state("Malta").org("NATO").org("European Union", "EU"),
      BidFixture.text("NATO invited Montenegro. The EU granted Ukraine candidate status. Serbia is no longer a member of it.")
          .state("Montenegro").state("Ukraine").state("Serbia").org("NATO").org("European Union", "EU"),
      BidFixture.text("Talks to bring Turkey into the EU resumed, and Chile and Peru, the two members of the pact, met.")
          .state("Turkey").state("Chile").state("Peru").org("European Union", "EU"));

  @Test
  void theRulesOfACuesRoleFindTheSlotThatAllRulesInOrderFind() {
    int cues = 0;
    for (BidFixture f : FIXTURES) {
      Tokenizer tokenizer = new Tokenizer(f.layout().source(), f.attribution().actors());
      List<TextRange> sentences = Sentences.of(f.layout().source(), f.layout().paragraphs());
      for (int i = 0; i < sentences.size(); i++) {
        SentenceTokens s = tokenizer.sentence(i, sentences.get(i));
        for (PhraseTable.Match<BidLexicon.Cue> cue : new BidDetector().cues(s)) {
          Optional<ApplicantRule.Slot> all = Optional.empty();
          for (ApplicantRule rule : ApplicantRules.ORDER) {
            all = rule.find(s, cue);
            if (all.isPresent()) {
              break;
            }
          }
          Optional<ApplicantRule.Slot> byRole = Optional.empty();
          for (ApplicantRule rule : ApplicantRules.forRole(cue.value().role())) {
            byRole = rule.find(s, cue);
            if (byRole.isPresent()) {
              break;
            }
          }
          assertThat(byRole).isEqualTo(all);
          cues++;
        }
      }
    }
    assertThat(cues).isGreaterThan(10);
  }

  @Test
  void everyRuleBelongsToOneRoleInTheDeclaredOrder() {
    int total = 0;
    for (BidLexicon.Role role : BidLexicon.Role.values()) {
      List<ApplicantRule> rules = ApplicantRules.forRole(role);
      assertThat(ApplicantRules.ORDER).containsSubsequence(rules);
      total += rules.size();
    }
    assertThat(total).isEqualTo(ApplicantRules.ORDER.size());
  }
}
