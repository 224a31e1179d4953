package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chants are quoted whatever follows them; a collective speaker is its noun, not what it did. */
class ChantAndCollectiveTest {

  private static List<String> said(String body) {
    return ParsedStatements.said("Harbour protest", body);
  }

  @Test
  void aQuotationRightAfterAChantIsTheChantEvenWhenTheSentenceGoesOn() {
    assertThat(said("Dockers chanted \"What lease?\" as the council met."))
        .containsExactly("Dockers | chanted | What lease?");
  }

  @Test
  void aCollectiveSpeakerIsItsNounWithoutTheParticiplePhraseAfterIt() {
    assertThat(said("Residents living near the port said the noise was unbearable."))
        .containsExactly("Residents | said | the noise was unbearable");
    assertThat(said("Protesters marching through the old town chanted \"Not for sale!\""))
        .containsExactly("Protesters | chanted | Not for sale!");
  }
}
