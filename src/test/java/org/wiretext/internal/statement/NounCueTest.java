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

  @Test
  void aReportNounWithANamedPossessorReportsTheClauseAfterThat() {
    assertThat(ParsedStatements.said("Audit", "Auditors checked Mayor Ines Calder's claim that the "
        + "harbour fund had doubled since 2019."))
        .containsExactly("Ines Calder | claim | the harbour fund had doubled since 2019");
  }

  @Test
  void aPossessivePronounIsTheSpeakerAndTheClauseEndsAtTheNounPhrasesComma() {
    assertThat(ParsedStatements.said("Audit", "Ellen Calder spoke on Monday. Contrary to her claim "
        + "that the fund had doubled, the audit found a deficit."))
        .containsExactly("Ellen Calder | claim | the fund had doubled");
  }

  @Test
  void aCallForAPhraseReportsThePhrase() {
    assertThat(ParsedStatements.said("Port", "Mayor Ines Calder repeated her call for a ceasefire "
        + "in the port, which the council rejected."))
        .containsExactly("Ines Calder | call | a ceasefire in the port");
  }

  @Test
  void aReportNounWithoutAPossessorNamesNoSpeakerAndReportsNothing() {
    assertThat(said("The claim that the fund had doubled was false.")).isEmpty();
    assertThat(said("Rumours spread after a call for calm went unheeded.")).isEmpty();
  }

  @Test
  void itsStandsForTheDocumentOfTheOwnerNamedBeforeIt() {
    assertThat(ParsedStatements.said("Audit", "Mayor Ines Calder wrote to the council. Calder's "
        + "memo was mocked for its bold prediction that the fund would double."))
        .contains("Ines Calder | prediction | the fund would double");
    assertThat(said("The memo was mocked for its bold prediction that the fund would double."))
        .isEmpty();
  }
}
