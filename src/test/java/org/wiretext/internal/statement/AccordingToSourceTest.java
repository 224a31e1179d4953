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
    assertThat(said("Two in five dairy farms in the valley have closed since 2010, according to county records."))
        .containsExactly("county records | according to | Two in five dairy farms in the valley have closed since 2010");
  }

  @Test
  void aSourceWithAPrepositionalPhraseAtTheStart() {
    assertThat(said("According to a survey by the Ledger, most rural clinics are short "
        + "of nurses."))
        .singleElement().asString().endsWith("| most rural clinics are short of nurses");
  }

  @Test
  void aSourceThatRunsOnTooLongIsNone() {
    assertThat(said("According to " + "the very long list of many witnesses ".repeat(6)
        + ", the vote was fair.")).isEmpty();
  }
}
