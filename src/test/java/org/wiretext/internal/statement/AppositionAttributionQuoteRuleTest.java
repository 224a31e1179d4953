package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.statement.StatementAttributorTest.Said;
import org.wiretext.model.StatementKind;

class AppositionAttributionQuoteRuleTest {

  @Test
  void aSpeakerWithALongDescriptionBeforeTheCueIsTheQuotationsSpeaker() {
    assertThat(said("\"The tariff will hurt farmers first,\" Rosa Ekwueme, a trade economist at a "
        + "policy institute in Ohio and a former adviser to two governors, said on Friday."))
        .containsExactly(new Said(StatementKind.DIRECT, "Rosa Ekwueme", "said",
            "The tariff will hurt farmers first"));
  }

  @Test
  void aNameListedAfterAQuotationWithoutACueIsNoAttribution() {
    assertThat(said("\"Spring Songs,\" Anna Bell, a singer from Leeds, and a choir from Bath, "
        + "opened the evening."))
        .extracting(Said::speaker).doesNotContain("Anna Bell");
  }
}
