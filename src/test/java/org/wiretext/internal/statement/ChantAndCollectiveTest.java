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

  @Test
  void aParticiplePhraseSetOffByCommasIsNotPartOfTheCollectivesName() {
    assertThat(said("Swedish officials, speaking on condition of anonymity, said Stockholm still had "
        + "concerns about the quotas."))
        .containsExactly("Swedish officials | said | Stockholm still had concerns about the quotas");
  }

  @Test
  void aPossessorBeforeAnAppositiveNameIsNotTheSpeaker() {
    assertThat(said("Foreign minister Kari Holm met Swedish officials.\n\nHolm's deputy, Lars Berg, "
        + "told the local radio: \"Nothing is agreed until the last line is signed.\""))
        .containsExactly("Lars Berg | told | Nothing is agreed until the last line is signed.");
  }

  @Test
  void whatWasCriticisedEndsBeforeAParticipleOfNaming() {
    assertThat(said("The opposition Labour party criticised the deal, calling it \"a sell-out.\""))
        .containsExactly("Labour Party | criticised | the deal");
  }
}
