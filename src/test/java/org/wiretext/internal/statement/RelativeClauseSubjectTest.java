package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
import org.wiretext.model.Actor;
import org.wiretext.model.ActorKind;
import org.wiretext.model.Article;
import org.wiretext.model.Mention;
import org.wiretext.internal.statement.StatementAttributorTest.Said;

/** A name followed by a non-restrictive relative clause is the subject, not a name inside it. */
class RelativeClauseSubjectTest {

  @Test
  void theNameBeforeAWhoseClauseSpeaks() {
    assertThat(said("Trade envoy Lena Marsh, whose name had been raised as a successor to "
        + "Tomas Vidal, told reporters on Monday that she had not been asked."))
        .extracting(Said::speaker).containsExactly("Lena Marsh");
  }

  @Test
  void theNameBeforeAWhoClauseSpeaks() {
    assertThat(said("Harbour master Olaf Brede, who met Governor Ines Roth last week, said the "
        + "dredging would start in May."))
        .extracting(Said::speaker).containsExactly("Olaf Brede");
  }

  private static Actor speakerOf(Article a, int statement) {
    String id = a.statements().get(statement).speaker().orElseThrow();
    return a.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void anUnnamedAntecedentOfWhoIsAGroupWhoseMentionsHoldTheRelativePronoun() {
    Article a = ParsedStatements.parse("Harbour", "The new pier has become a rallying point for "
        + "fishermen here, who have marched along the quays and called for the fees to be cut.");
    assertThat(a.statements()).extracting(s -> s.text()).containsExactly("the fees to be cut");
    Actor group = speakerOf(a, 0);
    assertThat(group.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(group.name()).isEqualTo("fishermen");
    assertThat(group.mentions()).extracting(Mention::text).contains("who");
  }

  @Test
  void whoAfterAPrepositionalPhraseStandsForThePluralNounBeforeIt() {
    Article a = ParsedStatements.parse("Radio", "The host took calls from angry listeners to "
        + "his morning show who said they would not vote.");
    assertThat(speakerOf(a, 0).name()).isEqualTo("angry listeners to his morning show");
    Article b = ParsedStatements.parse("Radio", "The mayor read letters from 40 nurses and "
        + "midwives who cited the closure of the ward.");
    assertThat(speakerOf(b, 0).name()).isEqualTo("40 nurses and midwives");
  }

  @Test
  void whichSpeaksForADocumentAndItsReportEndsWithTheClause() {
    Article a = ParsedStatements.parse("Audit", "The audit, which notes that 12 agencies "
        + "overspent, was published on Monday.");
    assertThat(a.statements()).extracting(s -> s.text()).containsExactly("12 agencies overspent");
    assertThat(speakerOf(a, 0).name()).isEqualTo("audit");
    Article b = ParsedStatements.parse("Audit", "Instead, the audit -- which notes that 12 "
        + "agencies overspent -- should be a call to the ministers.");
    assertThat(b.statements()).extracting(s -> s.text() + " / " + s.cue().orElse("?"))
        .containsExactly("12 agencies overspent / notes");
  }

  @Test
  void aRelativeWordIsTheSubjectOfTheReportedClauseAfterTheCue() {
    assertThat(said("The ferry company took gifts from the council, which inspector Ola Berg said "
        + "were tied to the new contract."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ola Berg", "were tied to the new contract"));
    assertThat(said("The tolls amount to what the drivers' union said was a tax on work."))
        .extracting(Said::text).containsExactly("was a tax on work");
  }

  @Test
  void aReportInARelativeClauseEndsTheReportBeforeItAndEndsWithTheClause() {
    assertThat(said("Vera Holm said the tapes do not show the start of the fight, which she said "
        + "was over in a minute."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Vera Holm", "the tapes do not show the start of the fight"),
            org.assertj.core.groups.Tuple.tuple("Vera Holm", "was over in a minute"));
    assertThat(said("The ban, which Vera Holm said was overdue, took effect on Monday."))
        .extracting(Said::text).containsExactly("was overdue");
  }

  @Test
  void whoAfterAPredicateNounSpeaksForTheSentencesSubject() {
    Article a = ParsedStatements.parse("Port", "Mayor Ines Calder often visits the docks and is a "
        + "fierce critic, veteran sailor and campaigner who has repeatedly pledged to close the toll.");
    assertThat(speakerOf(a, 0).name()).isEqualTo("Ines Calder");
    assertThat(speakerOf(a, 0).mentions()).extracting(Mention::text).contains("who");
  }

  @Test
  void aClauseBeforeWhichNamesNoSpeaker() {
    assertThat(ParsedStatements.speakers("Memoir", "My uncle left the farm in the spring of 1998 "
        + "after the flood, which confirmed what the family had always said."))
        .doesNotContain("uncle left the farm in the spring of 1998 after the flood");
  }
}
