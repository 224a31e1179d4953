package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {

  private final LowerCaseWords words = LowerCaseWords.get();

  @Test
  void lowerCasesLikeStringToLowerCaseInTheRootLocale() {
    String text = "Harbour MASTER Quilla said ÉLAN İstanbul x";
    for (String w : text.split(" ")) {
      int at = text.indexOf(w);
      assertThat(words.lower(text, at, at + w.length())).isEqualTo(w.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void aWordSeenAgainIsTheSameString() {
    String text = "Quilla met quilla and QUILLA";
    String first = words.lower(text, 0, 6);
    assertThat(words.lower(text, 11, 17)).isSameAs(first);
    assertThat(words.lower(text, 22, 28)).isSameAs(first);
  }

  @Test
  void commonWordsAreTheSharedStrings() {
    String text = "The said";
    assertThat(words.lower(text, 0, 3)).isSameAs(CommonWords.lower("the", 0, 3));
    assertThat(words.lower(text, 4, 8)).isSameAs(CommonWords.lower("said", 0, 4));
  }

  @Test
  void aCommonWordIsTheSharedStringAfterOtherWordsTookItsSlot() {
    String text = "The";
    assertThat(words.lower(text, 0, 3)).isSameAs(CommonWords.lower("the", 0, 3));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("Zq").append(Integer.toString(i, 36)).append(' ');
    }
    String others = sb.toString();
    for (int start = 0, i = 0; i < others.length(); i++) {
      if (others.charAt(i) == ' ') {
        words.lower(others, start, i);
        start = i + 1;
      }
    }
    assertThat(words.lower(text, 0, 3)).isSameAs(CommonWords.lower("the", 0, 3));
  }

  @Test
  void aCollisionReplacesTheOlderWordWithoutMixingThemUp() {
    // thousands of distinct words share the 4096 slots: every answer must still be right
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("Zq").append(Integer.toString(i, 36).toUpperCase(Locale.ROOT)).append(' ');
    }
    String text = sb.toString();
    for (int round = 0; round < 2; round++) {
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == ' ') {
          assertThat(words.lower(text, start, i))
              .isEqualTo(text.substring(start, i).toLowerCase(Locale.ROOT));
          start = i + 1;
        }
      }
    }
  }

  @Test
  void longAndEmptyRunsAreCutWithoutTheCache() {
    String longWord = "Supercalifragilisticexpialidocious-and-then-some-more-words";
    assertThat(words.lower(longWord, 0, longWord.length()))
        .isEqualTo(longWord.toLowerCase(Locale.ROOT));
    assertThat(words.lower("ab", 1, 1)).isEmpty();
  }

  @Test
  void eachThreadHasItsOwnTable() throws Exception {
    LowerCaseWords other = CompletableFuture.supplyAsync(LowerCaseWords::get).get();
    assertThat(other).isNotSameAs(words);
    assertThat(LowerCaseWords.get()).isSameAs(words);
  }
}
