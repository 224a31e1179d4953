package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HostileInputTest {

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aHugeSentenceOfCuesAndActorsStaysLinear() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("Moldova's bid to join NATO, which Romania backs, -- ");
    }
    BidFixture f = BidFixture.text(sb.toString()).state("Moldova").state("Romania").org("NATO");
    assertThat(f.bids()).hasSize(1);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void manyShortSentencesWithCommasAndDashesStayLinear() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      sb.append(", -- which '' s. A ");
    }
    BidFixture f = BidFixture.text(sb.toString());
    assertThat(f.bids()).isEmpty();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void manyStatementsInOneHugeSentenceStayLinear() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      sb.append("Romania backs Moldova's bid to join NATO, \"we support the bid\" -- ");
    }
    BidFixture f = BidFixture.text(sb.toString()).state("Moldova").state("Romania").org("NATO")
        .person("Ion Popescu");
    for (int at = sb.indexOf("we support the bid"); at >= 0; at = sb.indexOf("we support the bid", at + 1)) {
      f.statementAt(org.wiretext.model.StatementKind.DIRECT, at, at + "we support the bid".length(), "Ion Popescu");
    }
    assertThat(f.bids()).singleElement().satisfies(b -> assertThat(b.positions()).hasSize(2));
  }
}
