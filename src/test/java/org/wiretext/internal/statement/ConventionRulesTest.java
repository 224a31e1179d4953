package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.statement.StatementAttributorTest.Said;
import org.wiretext.model.StatementKind;

class ConventionRulesTest {

  @Test
  void aDoubledApostropheQuotationInterruptedByItsAttributionIsOneReportedSpan() {
    String p = "''The levy is a blunt tool,'' said Irene Volk, an analyst at a research group. "
        + "''It punishes the wrong firms.''";
    assertThat(said(p)).containsExactly(new Said(StatementKind.INDIRECT, "Irene Volk", "said", p));
  }

  @Test
  void aDoubledApostropheQuotationKeepsItsMarks() {
    assertThat(said("Dan Okafor said, ''The bridge will open in May.''"))
        .extracting(Said::kind, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(StatementKind.INDIRECT,
            "''The bridge will open in May.''"));
  }

  @Test
  void curlyQuotationsInterruptedByTheirAttributionStayTwoDirectQuotations() {
    assertThat(said("\u201CThe levy is a blunt tool,\u201D said Irene Volk. \u201CIt punishes the wrong firms.\u201D"))
        .extracting(Said::kind).containsExactly(StatementKind.DIRECT, StatementKind.DIRECT);
  }
}
