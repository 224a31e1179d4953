package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCacheTest {

  private static WordCache.Word word(String text) {
    return WordCache.get().word(text, 0, text.length());
  }

  @Test
  void aWordIsLowerCasedAndClassified() {
    WordCache.Word w = word("Officials");
    assertThat(w.lower()).isEqualTo("officials");
    assertThat(w.classes()).isEqualTo(WordClass.of("officials")).isNotZero();
  }

  @Test
  void aWordIsReadInPlaceFromTheMiddleOfTheText() {
    String text = "the QUOTED word";
    WordCache.Word w = WordCache.get().word(text, 4, 10);
    assertThat(w.lower()).isEqualTo("quoted");
    assertThat(w.classes() & WordClass.QUOTED).isNotZero();
  }

  @Test
  void theSameWordInAnyCaseGivesTheSameEntry() {
    assertThat(word("Said")).isSameAs(word("SAID")).isSameAs(word("said"));
  }

  @Test
  void wordsOutsideAsciiAndLongRunsAreLowerCasedAsTheRootLocaleDoes() {
    assertThat(word("\u00C9LYS\u00C9E").lower()).isEqualTo("\u00E9lys\u00E9e");
    assertThat(word("\u00C9LYS\u00C9E").classes()).isZero();
    String longRun = "X".repeat(60);
    assertThat(word(longRun).lower()).isEqualTo("x".repeat(60));
  }

  @Test
  void moreWordsThanTheTableHoldsAreEachStillFoundRight() {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 10_000; i++) {
        assertThat(word("W" + i).lower()).isEqualTo("w" + i);
      }
      assertThat(word("He").classes()).isEqualTo(WordClass.of("he"));
    }
  }

  @Test
  void wordsAreReadFromAParagraphsCharactersCopiedOnce() {
    String text = "x".repeat(3000) + " The Officials SAID";
    int base = 3000;
    char[] chars = WordCache.get().chars(text, base, text.length());
    assertThat(new String(chars, 0, text.length() - base)).isEqualTo(" The Officials SAID");
    WordCache.Word officials = WordCache.get().word(text, chars, base, base + 5, base + 14);
    assertThat(officials.lower()).isEqualTo("officials");
    assertThat(officials.classes() & WordClass.SOURCE_NOUN).isNotZero();
    assertThat(WordCache.get().word(text, chars, base, base + 15, base + 19)).isSameAs(word("said"));
  }

  @Test
  void theCharacterBufferGrowsForALongParagraph() {
    String text = "ab".repeat(5000);
    char[] chars = WordCache.get().chars(text, 1, text.length());
    assertThat(chars.length).isGreaterThanOrEqualTo(text.length() - 1);
    assertThat(new String(chars, 0, text.length() - 1)).isEqualTo(text.substring(1));
  }

  private static long pack(String s) {
    return WordCache.KEYS.pack(s.toCharArray(), 0, s.length());
  }

  @Test
  void aShortWordIsPackedAsItIsWrittenLowerCased() {
    assertThat(pack("Said")).isEqualTo(pack("said")).isEqualTo(pack("SAID")).isPositive();
    assertThat(pack("U.S.")).isEqualTo(pack("u.s.")).isNotEqualTo(pack("us"));
    assertThat(pack("9/11")).isNotEqualTo(pack("9-11")).isPositive();
    assertThat(pack("a")).isNotEqualTo(pack("aa")).isNotEqualTo(pack("b"));
  }

  @Test
  void emptyLongAndNonAsciiRunsAreNotPacked() {
    assertThat(pack("")).isEqualTo(WordCache.NOT_PACKED);
    assertThat(pack("x".repeat(WordCache.MAX_PACKED))).isPositive();
    assertThat(pack("x".repeat(WordCache.MAX_PACKED + 1))).isEqualTo(WordCache.NOT_PACKED);
    assertThat(pack("\u00E9t\u00E9")).isEqualTo(WordCache.NOT_PACKED);
    assertThat(pack("a b")).isEqualTo(WordCache.NOT_PACKED);
  }

  @Test
  void packedKeysAreEqualExactlyWhenTheLowerCasedWordsAre() {
    String alphabet = "aAbBzZ09'-.&,/";
    Random random = new Random(7);
    Map<Long, String> seen = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + random.nextInt(WordCache.MAX_PACKED); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String lower = b.toString().toLowerCase(Locale.ROOT);
      assertThat(seen.computeIfAbsent(pack(b.toString()), k -> lower)).isEqualTo(lower);
    }
  }

  @Test
  void aPackedWordIsFoundAsTheRootLocaleLowerCasesIt() {
    Random random = new Random(11);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 20_000; i++) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + random.nextInt(14); n > 0; n--) {
          char c = (char) ('a' + random.nextInt(6));
          b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        String w = b.toString();
        String lower = w.toLowerCase(Locale.ROOT);
        assertThat(word(w).lower()).isEqualTo(lower);
        assertThat(word(w).classes()).isEqualTo(WordClass.of(lower));
      }
    }
  }

  @Test
  void wordsThatShareABucketAreAllKept() {
    List<String> same = new ArrayList<>();
    int bucket = WordCache.bucket(pack("w0"));
    for (int i = 0; same.size() < WordCache.WAYS; i++) {
      if (WordCache.bucket(pack("w" + i)) == bucket) {
        same.add("w" + i);
      }
    }
    List<WordCache.Word> first = same.stream().map(WordCacheTest::word).toList();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < same.size(); i++) {
        assertThat(word(same.get(i))).isSameAs(first.get(i));
      }
    }
  }
}
