package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;

class BidContextTest {

  @Test
  void speaksForCachedByActorNumberAnswersAsWorkedOutEachTime() {
    BidFixture f = BidFixture.text("Romanian prime minister Ion Vasile spoke. The Government of Hungary met."
            + " Romania and Hungary want to join. Turkish officials met Kosovo's president.")
        .person("Ion Vasile").titled("Ion Vasile", "Romanian prime minister").state("Romania")
        .state("Hungary").org("Government of Hungary").state("Turkey").person("Ali Kaya")
        .titled("Ali Kaya", "Turkish envoy").state("Kosovo");
    ActorTable t = f.attribution().actors();
    BidContext ctx = new BidContext(f.layout(), t, List.of(), 0);
    List<String> keys = new java.util.ArrayList<>();
    for (ActorTable.ActorRecord a : t.actors()) {
      keys.add(a.key());
    }
    // keys the table does not hold: past its highest number, a leading zero, another form
    keys.add("a999");
    keys.add("a0" + t.actors().get(0).key().substring(1));
    keys.add("x1");
    // asked twice over, so that the second round reads the cache
    for (int round = 0; round < 2; round++) {
      for (String speaker : keys) {
        for (String applicant : keys) {
          assertThat(ctx.speaksFor(speaker, applicant)).as(speaker + " / " + applicant)
              .isEqualTo(ApplicantVoice.speaksFor(t, speaker, applicant));
        }
      }
    }
    assertThat(ctx.speaksFor(f.key("Ion Vasile"), f.key("Romania"))).isTrue();
    assertThat(ctx.speaksFor(f.key("Ion Vasile"), f.key("Hungary"))).isFalse();
    assertThat(ctx.speaksFor(f.key("Ali Kaya"), f.key("Turkey"))).isTrue();
  }
}
