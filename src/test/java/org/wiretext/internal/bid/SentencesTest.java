package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class SentencesTest {

  private static List<String> split(String text) {
    SourceText s = SourceText.of(text);
    return Sentences.of(s, List.of(new TextRange(0, text.length()))).stream().map(s::slice).toList();
  }

  @Test
  void sentencesEndAtAFullStopBeforeACapital() {
    assertThat(split("Serbia applied. Kosovo did not.")).containsExactly("Serbia applied.", "Kosovo did not.");
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertThat(split("U.S. President George W. Bush met Mr. Smith. He left."))
        .containsExactly("U.S. President George W. Bush met Mr. Smith.", "He left.");
  }

  @Test
  void aClosingQuoteStaysWithItsSentence() {
    assertThat(split("\"We agree.\" Then he left.")).containsExactly("\"We agree.\"", "Then he left.");
  }
}
