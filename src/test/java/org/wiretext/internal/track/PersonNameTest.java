package org.wiretext.internal.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void honorificsAndTitlesBeforeANameAreTakenOff() {
    assertThat(PersonName.of("Congressman Alvarez", List.of()).written()).isEqualTo("Alvarez");
    assertThat(PersonName.of("Mr. Alvarez", List.of()).written()).isEqualTo("Alvarez");
    assertThat(PersonName.of("Prime Minister Aino Lehmus", List.of()).written()).isEqualTo("Aino Lehmus");
    assertThat(PersonName.of("Deputy Foreign Minister Lehmus", List.of()).written()).isEqualTo("Lehmus");
  }

  @Test
  void theActorsOwnTitleIsTakenOffWhereTheNameStartsWithIt() {
    assertThat(PersonName.of("Chief Negotiator Ivo Brandt", List.of("Chief Negotiator")).key())
        .isEqualTo("ivo brandt");
  }

  @Test
  void aNameOfOneWordOrStartingWithAnInitialIsPartial() {
    assertThat(PersonName.of("Alvarez", List.of()).full()).isFalse();
    PersonName initial = PersonName.of("R. Alvarez", List.of());
    assertThat(initial.full()).isFalse();
    assertThat(initial.initial()).isEqualTo("r");
    assertThat(initial.surname()).isEqualTo("alvarez");
    assertThat(PersonName.of("Rosa Alvarez", List.of()).full()).isTrue();
  }

  @Test
  void aTitleAloneIsStillAName() {
    // never strip the last word: "President" alone stays a (partial) name
    assertThat(PersonName.of("President", List.of()).written()).isEqualTo("President");
  }

  @Test
  void foldingIgnoresCaseAccentsAndFullStops() {
    assertThat(PersonName.of("José M. Ortíz", List.of()).key())
        .isEqualTo(PersonName.of("JOSE M ORTIZ", List.of()).key());
  }

  @Test
  void aFullNameAnswersToItsLastWordAndToItsWordsFromAParticleOn() {
    PersonName n = PersonName.of("Greta van der Lind", List.of());
    assertThat(n.surnames()).containsExactly("lind", "van der lind");
    assertThat(n.endsWith(PersonName.of("van der Lind", List.of()))).isTrue();
    assertThat(n.givenStartsWith("g")).isTrue();
    assertThat(n.givenStartsWith("h")).isFalse();
  }
}
