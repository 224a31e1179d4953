package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SixBitKeysTest {

  private final SixBitKeys keys = new SixBitKeys("-'.");

  private long key(String s) {
    return keys.pack(s.toCharArray(), 0, s.length());
  }

  @Test
  void equalKeysAreEqualWordsLowerCased() {
    // random short runs of letters, digits and the marks, in any case: two runs share a key
    // exactly when they lower-case to the same word, whatever their lengths
    String alphabet = "abcXYZ09-'.";
    Map<Long, String> byKey = new HashMap<>();
    Random random = new Random(5);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder w = new StringBuilder();
      for (int n = 1 + random.nextInt(SixBitKeys.MAX_LENGTH); n > 0; n--) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String lower = w.toString().toLowerCase(Locale.ROOT);
      long key = key(w.toString());
      assertThat(key).as(lower).isNotEqualTo(SixBitKeys.NOT_PACKED);
      String before = byKey.putIfAbsent(key, lower);
      assertThat(before == null ? lower : before).as(lower).isEqualTo(lower);
    }
  }

  @Test
  void aRunTooLongEmptyOrWithAnotherCharacterHasNoKey() {
    assertThat(key("x".repeat(SixBitKeys.MAX_LENGTH))).isNotEqualTo(SixBitKeys.NOT_PACKED);
    assertThat(key("x".repeat(SixBitKeys.MAX_LENGTH + 1))).isEqualTo(SixBitKeys.NOT_PACKED);
    assertThat(key("")).isEqualTo(SixBitKeys.NOT_PACKED);
    assertThat(key("a&b")).isEqualTo(SixBitKeys.NOT_PACKED);
    assertThat(key("C\u00f4te")).isEqualTo(SixBitKeys.NOT_PACKED);
    assertThat(new SixBitKeys("&").pack("a&b".toCharArray(), 0, 3)).isNotEqualTo(SixBitKeys.NOT_PACKED);
  }

  @Test
  void codesFollowTheLettersDigitsAndMarksInOrder() {
    assertThat(keys.code('a')).isEqualTo(1);
    assertThat(keys.code('Z')).isEqualTo(26);
    assertThat(keys.code('0')).isEqualTo(27);
    assertThat(keys.code('-')).isEqualTo(37);
    assertThat(keys.code('.')).isEqualTo(39);
    assertThat(keys.code('&')).isZero();
    assertThat(keys.code('\u00e9')).isZero();
    assertThat(key("ab")).isEqualTo(1L << 6 | 2);
  }

  @Test
  void marksMustBeAsciiMarksGivenOnce() {
    assertThatThrownBy(() -> new SixBitKeys("--")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SixBitKeys("a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SixBitKeys("\u2014")).isInstanceOf(IllegalArgumentException.class);
  }
}
