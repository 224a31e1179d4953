package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.statement.StatementAttributorTest.Said;

/** A second report joined by "and"/"but" shares the subject of the first one. */
class SharedSubjectTest {

  @Test
  void aSecondReportSharesTheDescribedSubjectOfTheFirst() {
    assertThat(said("A senior diplomat said on Tuesday that the summit would go ahead but added "
        + "the final text had not been agreed."))
        .extracting(Said::speaker).containsExactly("senior diplomat", "senior diplomat");
  }

  @Test
  void aSecondReportSharesANamedSubject() {
    assertThat(said("Port director Anna Weiss said the cranes were repaired and added that "
        + "the night shift would resume."))
        .extracting(Said::speaker).containsOnly("Anna Weiss");
  }

  private static java.util.List<String> mentionsOf(String name, String paragraph) {
    return ParsedStatements.mentionsOf(name, "Port", paragraph);
  }

  @Test
  void aSecondReportSharesASubjectWithAnAppositiveBeforeAVerbThatIsNoCue() {
    assertThat(said("Anna Weiss, her Liberal opponent, toured the harbour and said the cranes "
        + "were too old."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Weiss", "the cranes were too old"));
    assertThat(mentionsOf("Anna Weiss", "Anna Weiss, her Liberal opponent, toured the harbour and "
        + "said the cranes were too old.")).contains("Anna Weiss, her Liberal opponent");
  }

  @Test
  void aSecondReportSharesASubjectWithAPossessiveAppositive() {
    assertThat(ParsedStatements.speakers("Tariffs", "Even Norway, Sweden's closest ally and its "
        + "largest trading partner, said it opposed the tariff and urged Sweden to drop it."))
        .containsExactly("Norway", "Norway");
  }
}
