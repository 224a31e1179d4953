package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.statement.StatementAttributorTest.Said;
import org.wiretext.model.StatementKind;

class NounCueTest {

  @Test
  void aCueWordAfterADeterminerIsANounAndReportsNothing() {
    assertThat(said("The governor won the state twice, but turnout fell in the cities."))
        .isEmpty();
  }

  @Test
  void aCueWordAfterAPossessiveIsANounAndReportsNothing() {
    assertThat(said("The senator's comments came as the inquiry widened to three agencies."))
        .isEmpty();
  }

  @Test
  void aCueWordBeforeAPrepositionIsANounAndReportsNothing() {
    assertThat(said("Both campaigns face questions about their spending on television ads."))
        .isEmpty();
  }

  @Test
  void theSameWordAfterANameIsStillAReportingVerb() {
    assertThat(said("Lena Marsh claims the audit was rushed through in a week."))
        .containsExactly(new Said(StatementKind.INDIRECT, "Lena Marsh", "claims",
            "the audit was rushed through in a week"));
  }

  @Test
  void aSecondCueJoinedByAndTakesTheSubjectAfterALeadingConjunction() {
    assertThat(said("Clara Voss said the plan was late. Though she called the ruling \"unfair\" "
        + "and called for an appeal to be filed by the city, Clara Voss kept her remarks short."))
        .extracting(Said::speaker).containsOnly("Clara Voss");
  }
}
