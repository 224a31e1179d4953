package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;

class ApplicantVoiceTest {

  @Test
  void aStatesAdjectiveSharesItsStem() {
    assertThat(ApplicantVoice.sameStem("Romanian", "Romania")).isTrue();
    assertThat(ApplicantVoice.sameStem("Turkish", "Turkey")).isTrue();
    assertThat(ApplicantVoice.sameStem("Kosovo", "Kosovo")).isTrue();
    assertThat(ApplicantVoice.sameStem("Australian", "Austria")).isFalse();
    assertThat(ApplicantVoice.sameStem("minister", "Ministan")).isFalse();
  }

  @Test
  void aMinisterTitledWithTheStatesAdjectiveSpeaksForIt() {
    BidFixture f = BidFixture.text("Romanian prime minister Ion Vasile spoke. Romania wants to join.")
        .person("Ion Vasile").titled("Ion Vasile", "Romanian prime minister").state("Romania").state("Hungary");
    ActorTable t = f.attribution().actors();
    assertThat(ApplicantVoice.speaksFor(t, f.key("Ion Vasile"), f.key("Romania"))).isTrue();
    assertThat(ApplicantVoice.speaksFor(t, f.key("Ion Vasile"), f.key("Hungary"))).isFalse();
  }

  @Test
  void aBodyNamedAfterAStateStandsForIt() {
    BidFixture f = BidFixture.text("The Assembly of Kosovo voted.")
        .org("Assembly of Kosovo").state("Kosovo").org("NATO");
    ActorTable t = f.attribution().actors();
    assertThat(ApplicantVoice.bodyStates(t, Tokenizer.joinable(t))).containsEntry(f.key("Assembly of Kosovo"), f.key("Kosovo"))
        .doesNotContainKey(f.key("NATO"));
  }
}
