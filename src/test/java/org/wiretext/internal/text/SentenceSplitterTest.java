package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text, new TextRange(0, text.length())).stream()
        .map(r -> text.substring(r.start(), r.end())).toList();
  }

  @Test
  void splitsAtFullStopsBeforeACapital() {
    assertThat(split("The talks ended. Both sides left!  Why? Nobody knows"))
        .containsExactly("The talks ended.", "Both sides left!", "Why?", "Nobody knows");
  }

  @Test
  void titlesAndAbbreviationsDoNotEndASentence() {
    assertThat(split("Mr. Vance met Gen. Oduya and Sen. Hale in the U.S. Capitol on Jan. 4. They spoke."))
        .containsExactly("Mr. Vance met Gen. Oduya and Sen. Hale in the U.S. Capitol on Jan. 4.", "They spoke.");
  }

  @Test
  void initialsAndDecimalsDoNotEndASentence() {
    assertThat(split("Growth was 2.5 percent, said Anna K. Berg. Prices rose."))
        .containsExactly("Growth was 2.5 percent, said Anna K. Berg.", "Prices rose.");
  }

  @Test
  void initialsJoinedByDotsDoNotEndASentence() {
    assertThat(split("Rep. G.K. Rundell and J.R.R. Amis spoke. Del. Rosa Quint left."))
        .containsExactly("Rep. G.K. Rundell and J.R.R. Amis spoke.", "Del. Rosa Quint left.");
  }

  @Test
  void closingQuotationMarksStayWithTheirSentence() {
    assertThat(split("\"We will win.\" The crowd cheered."))
        .containsExactly("\"We will win.\"", "The crowd cheered.");
  }

  @Test
  void aLowerCaseWordAfterTheStopContinuesTheSentence() {
    assertThat(split("He met the ambassador at 5 p.m. on the terrace.")).hasSize(1);
  }

  @Test
  void aLongRunOfStopsIsSplitInLinearTime() {
    String text = ". ".repeat(200_000);
    assertThat(split(text)).isNotEmpty();
  }
}
