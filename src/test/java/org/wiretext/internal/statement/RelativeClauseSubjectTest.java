package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
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
}
