package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.actor.Articles.named;
import static org.wiretext.internal.actor.Articles.recognize;

import org.junit.jupiter.api.Test;

class PronounResolverTest {

  private static final String TEXT = "Talks\n\nMrs. Ilse Brandt met Congressman Paul Ferris and "
      + "Poland. She said it would help. He said nothing.";

  @Test
  void sheGoesToTheNearestPersonNotKnownToBeMale() {
    ActorTable t = recognize(TEXT);
    int she = TEXT.indexOf("She");
    assertThat(PronounResolver.resolve(t, "She", she))
        .contains(named(t, "Ilse Brandt").orElseThrow().key());
  }

  @Test
  void heGoesToTheNearestPersonNotKnownToBeFemale() {
    ActorTable t = recognize(TEXT);
    int he = TEXT.indexOf("He said");
    assertThat(PronounResolver.resolve(t, "he", he))
        .contains(named(t, "Paul Ferris").orElseThrow().key());
  }

  @Test
  void itGoesToTheNearestOrganisationOrState() {
    ActorTable t = recognize(TEXT);
    assertThat(PronounResolver.resolve(t, "it", TEXT.indexOf("it would")))
        .contains(named(t, "Poland").orElseThrow().key());
  }

  @Test
  void aWordThatIsNoPronounResolvesToNothing() {
    ActorTable t = recognize(TEXT);
    assertThat(PronounResolver.resolve(t, "table", TEXT.length())).isEmpty();
  }
}
