package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that opens with a person's name in capitals and a colon is a transcript turn:
 * the rest of the paragraph is what that person said.
 */
class TranscriptLabelTest {

  private static List<String> said(String body) {
    return ParsedStatements.said("Council interview", body);
  }

  @Test
  void aLabelThatNamesAPersonOfTheArticleIsTheSpeakerOfItsParagraph() {
    assertThat(said("Mayor Ada Lind spoke to a radio host on Sunday.\n\n"
        + "LIND: Well, look, the council treats this like a game show. It is a serious choice."))
        .containsExactly("Ada Lind | ? | Well, look, the council treats this like a game show. It is a serious choice");
    assertThat(ParsedStatements.mentionsOf("Ada Lind", "Council interview",
        "Mayor Ada Lind spoke to a radio host on Sunday.\n\n"
            + "SEN. ADA LIND: We will not sell the harbour to anyone."))
        .contains("SEN. ADA LIND");
  }

  @Test
  void aQuotedTranscriptIsReadTurnByTurnAndAnUnknownSpeakerSaysNothing() {
    assertThat(said("Mayor Ada Lind spoke to a radio host on Sunday.\n\n"
        + "\"HOST: But, Mayor Lind, why would the council go down that road at all?\n\n"
        + "\"LIND: Because the harbour pays for the schools. Ask any parent.\""))
        .containsExactly("Ada Lind | ? | Because the harbour pays for the schools. Ask any parent");
  }

  @Test
  void aLabelThatNamesNoPersonIsNoSpeaker() {
    assertThat(said("NOTE: The harbour office said the figures were provisional.\n\n"
        + "UPDATE: This story was updated on Monday."))
        .singleElement().asString()
        .endsWith(" | said | the figures were provisional").doesNotStartWith("NOTE");
    assertThat(said("Mayor Ada Lind spoke on Sunday.\n\nQ: What will the council do next?"))
        .isEmpty();
  }
}
