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
}
