package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever follows "according to" up to the comma or the sentence's end is the source. */
class AccordingToSourceTest {

  private static List<String> said(String paragraph) {
    return ParsedStatements.said("Census news", paragraph);
  }

  @Test
  void aLowerCaseSourceAtTheEnd() {
    assertThat(said("About 9.9 million single parents live in the region, according to federal statistics."))
        .containsExactly("federal statistics | according to | About 9.9 million single parents live in the region");
  }

  @Test
  void aSourceWithAPrepositionalPhraseAtTheStart() {
    assertThat(said("According to a new report by the Ledger, party insiders are trying to "
        + "mobilize voters."))
        .singleElement().asString().endsWith("| party insiders are trying to mobilize voters");
  }

  @Test
  void aSourceThatRunsOnTooLongIsNone() {
    assertThat(said("According to " + "the very long list of many witnesses ".repeat(6)
        + ", the vote was fair.")).isEmpty();
  }
}
