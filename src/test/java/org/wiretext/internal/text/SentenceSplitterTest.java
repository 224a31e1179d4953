package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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

  @Test
  void cutsAreWhereTheSentencesEndBeforeTrimming() {
    Random r = new Random(5);
    String[] words = {"The", "talks", "ended.", "Mr.", "U.S.", "Why?", "yes!", "\"Go.\"", "2.5",
        "p.m.", "K.", "and", "(done.)", "  ", "\t", "\u2019", "."};
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder(r.nextBoolean() ? " " : "");
      for (int w = r.nextInt(14); w >= 0; w--) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      TextRange range = new TextRange(0, text.length());
      int[] cuts = splitter.cuts(new SentenceMarks(text), range);
      // the stretches between the cuts, trimmed, less a blank last one, are the sentences
      List<TextRange> expected = new ArrayList<>();
      int start = 0;
      for (int k = 0; k <= cuts.length; k++) {
        int end = k < cuts.length ? cuts[k] : text.length();
        TextRange sentence = new TextRange(start, end).trim(text);
        if (k < cuts.length) {
          assertThat(sentence.isEmpty()).as("a sentence before a cut of %s", text).isFalse();
          assertThat(sentence.end()).as("a cut after a mark of %s", text).isEqualTo(end);
        }
        if (!sentence.isEmpty()) {
          expected.add(sentence);
        }
        start = end;
      }
      assertThat(splitter.split(text, range)).as(text).isEqualTo(expected);
    }
  }
  @Test
  void anAbbreviationIsFoundInPlaceAsItsLowerCaseStringWouldBe() {
    // every abbreviation in three ways of writing it, near misses, and random runs of the
    // characters a word before a full stop may hold, some outside ASCII (the Kelvin sign
    // lower-cases to "k", the dotted capital I to two characters)
    List<String> words = new ArrayList<>();
    for (String a : List.of("mr", "gen", "sen", "u.s", "a.m", "sept", "jr", "no", "etc", "e.g")) {
      words.add(a);
      words.add(a.toUpperCase(Locale.ROOT));
      words.add(Character.toUpperCase(a.charAt(0)) + a.substring(1));
      words.add(a + "x");
      words.add(a.substring(1));
    }
    String alphabet = "abcdegijmnoprstuvxyzMSGU.\u212A\u0130\u00e9";
    Random random = new Random(11);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder w = new StringBuilder();
      for (int n = 1 + random.nextInt(SentenceSplitter.MAX_PACKED); n > 0; n--) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      words.add(w.toString());
    }
    int found = 0;
    for (String w : words) {
      String text = "(" + w + ".";
      boolean expected = SentenceSplitter.isAbbreviation(w.toLowerCase(Locale.ROOT));
      assertThat(SentenceSplitter.abbreviationAt(text, 1, 1 + w.length())).as(w).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).isGreaterThan(30); // the check compares hits as well as misses
  }
}
