package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.statement.StatementAttributorTest.Said;
import org.wiretext.model.StatementKind;

class QuotedTitleTest {

  @Test
  void aQuotedShowTitleAfterAPossessiveIsNotAStatement() {
    assertThat(said("\"We will win this state,\" Tom Ruiz said on Channel Nine's \"Morning Report.\""))
        .extracting(Said::text).containsExactly("We will win this state");
  }

  @Test
  void aQuotedAdTitleAfterTitledIsNotAStatement() {
    assertThat(said("The new spot, titled \"Listen,\" shows the senator at a diner."))
        .extracting(Said::kind).doesNotContain(StatementKind.DIRECT);
  }

  @Test
  void aNicknameBetweenAGivenNameAndASurnameIsNoStatement() {
    assertThat(ParsedStatements.said("Fair", "The ribbon was cut by state Del. Marianne \"Mia\" Holt "
        + "(D-Newport News) on Saturday.")).isEmpty();
  }
}
