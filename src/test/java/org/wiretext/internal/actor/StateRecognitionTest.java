package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.actor.Articles.named;
import static org.wiretext.internal.actor.Articles.names;
import static org.wiretext.internal.actor.Articles.recognize;

import org.junit.jupiter.api.Test;
import org.wiretext.model.ActorKind;

class StateRecognitionTest {

  @Test
  void shortFormsOfficialFormsAndTheCapitalAreOneState() {
    ActorTable t = recognize("Trade talks resume\n\n"
        + "The U.S. and the United States of America are the same country, and Washington "
        + "said the US would sign.");
    assertThat(t.actors()).filteredOn(a -> a.kind() == ActorKind.STATE).hasSize(1);
    ActorTable.ActorRecord us = named(t, "United States").orElseThrow();
    assertThat(us.aliases()).contains("U.S.", "United States of America", "Washington", "US");
    assertThat(us.mentions()).hasSize(4);
  }

  @Test
  void officialCapitalIsAMentionOfTheState() {
    ActorTable t = recognize("Talks\n\nThe mayor said that official Chisinau had not replied.");
    assertThat(named(t, "Moldova").orElseThrow().aliases()).containsExactly("official Chisinau");
  }

  @Test
  void demonymUsedAsAnAdjectiveIsNoActor() {
    ActorTable t = recognize("Talks\n\nAnalysts fear Brazilian aggression and Canadian pressure.");
    assertThat(t.actors()).isEmpty();
  }

  @Test
  void regionsContinentsAndEventsAreNoActors() {
    ActorTable t = recognize("Talks\n\nPeace in the Western Balkans, Latin America and Europe "
        + "has held since the Second World War.");
    assertThat(t.actors()).isEmpty();
  }

  @Test
  void capitalAfterAPrepositionIsOnlyAPlaceUnlessTheStateIsNamed() {
    ActorTable t = recognize("Talks\n\nThe ministers met in Lisbon on Monday.");
    assertThat(t.actors()).isEmpty();
    ActorTable u = recognize("Talks\n\nPortugal hosted the ministers, who met in Lisbon.");
    assertThat(named(u, "Portugal").orElseThrow().aliases()).contains("Lisbon");
  }

  @Test
  void capitalSharedWithAHistoricalStateGoesToItOnlyWhenTheArticleNamesIt() {
    ActorTable old = recognize("Talks\n\nThe Soviet Union replied. Moscow said no.");
    assertThat(names(old)).containsExactly("Soviet Union");
    ActorTable now = recognize("Talks\n\nMoscow said no.");
    assertThat(names(now)).containsExactly("Russia");
  }

  @Test
  void headlineInCapitalsCountsAnAcronymOnlyWhenTheBodyNamesIt() {
    ActorTable t = recognize("WHO WILL PAY FOR THE EC FARM PLAN\n\n"
        + "Ministers of the European Community met in Luxembourg.");
    assertThat(names(t)).contains("European Community").doesNotContain("World Health Organization");
    assertThat(named(t, "European Community").orElseThrow().aliases()).contains("EC");
  }
}
