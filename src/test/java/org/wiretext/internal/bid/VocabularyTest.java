package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The vocabulary's in-place lookups answer what a lookup of the lower-cased string answers. */
class VocabularyTest {

  /** Every word of the vocabulary, in upper, lower and mixed case, and near misses of each. */
  private static List<String> probes() {
    BidLexicon.get(); // the lexicons' words are in the vocabulary
    Vocabulary.Snapshot v = Vocabulary.snapshot();
    List<String> out = new ArrayList<>();
    Random random = new Random(7);
    for (int id = 0; id < v.size(); id++) {
      String w = v.word(id);
      out.add(w);
      out.add(w.toUpperCase(Locale.ROOT));
      out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      out.add(w + "s");
      out.add(w.substring(0, w.length() - 1));
      char[] c = w.toCharArray();
      c[random.nextInt(c.length)] ^= 1;
      out.add(new String(c));
    }
    out.add("Zyxwvut");
    out.add("Curaçao");
    return out;
  }

  @Test
  void aRunReadInPlaceHasTheNumberOfItsLowerCasedWord() {
    Vocabulary.Snapshot v = Vocabulary.snapshot();
    for (String probe : probes()) {
      char[] text = ("  " + probe + ". ").toCharArray();
      int id = v.idOf(text, 2, 2 + probe.length());
      if (probe.chars().anyMatch(c -> c >= 0x80)) {
        assertThat(id).as(probe).isEqualTo(-2);
      } else {
        assertThat(id).as(probe).isEqualTo(v.idOf(probe.toLowerCase(Locale.ROOT)));
      }
    }
  }

  @Test
  void aPackedKeyFindsTheNumberOfItsWord() {
    Vocabulary.Snapshot v = Vocabulary.snapshot();
    List<String> probes = new ArrayList<>(probes());
    probes.addAll(List.of("u.s", "2,000", "28-nation", "two-thirds", "a", "z", "0", "abcdefghij", "e.g"));
    int packed = 0;
    for (String probe : probes) {
      String word = probe.toLowerCase(Locale.ROOT);
      long key = Vocabulary.pack(word);
      if (key == Vocabulary.NOT_PACKED) {
        assertThat(word.length() > Vocabulary.MAX_PACKED || word.isEmpty()
            || word.chars().anyMatch(c -> Vocabulary.KEYS.code((char) c) == 0)).as(word).isTrue();
      } else {
        packed++;
        assertThat(v.idOfPacked(key)).as(word).isEqualTo(v.idOf(word));
      }
    }
    assertThat(packed).isGreaterThan(probes.size() / 2);
  }

  @Test
  void theKeysCodesAreTheOnesTheTokenizerWorksOut() {
    // the tokenizer codes letters and digits itself (Tokenizer.readWord), and marks by the table
    for (char c = 'a'; c <= 'z'; c++) {
      assertThat(Vocabulary.KEYS.code(c)).as("%s", c).isEqualTo(c - ('a' - 1));
      char capital = Character.toUpperCase(c);
      assertThat(Vocabulary.KEYS.code(capital)).as("%s", capital).isEqualTo(capital - ('A' - 1));
    }
    for (char c = '0'; c <= '9'; c++) {
      assertThat(Vocabulary.KEYS.code(c)).as("%s", c).isEqualTo(c - ('0' - 27));
    }
    assertThat(List.of(Vocabulary.KEYS.code('-'), Vocabulary.KEYS.code('.'), Vocabulary.KEYS.code(',')))
        .containsExactly(37, 38, 39);
    assertThat(Vocabulary.KEYS.code('\'')).isZero();
    assertThat(Vocabulary.KEYS.code('\u00e9')).isZero();
  }

  @Test
  void packedKeysOfDifferentWordsDiffer() {
    String[] words = {"a", "aa", "ab", "ba", "a-", "a.", "a,", "0", "00", "z9", "9z", "abcdefghij", "abcdefghi"};
    java.util.Set<Long> keys = new java.util.HashSet<>();
    for (String w : words) {
      keys.add(Vocabulary.pack(w));
    }
    assertThat(keys).hasSize(words.length).doesNotContain(Vocabulary.NOT_PACKED);
    assertThat(Vocabulary.pack("abcdefghijk")).isEqualTo(Vocabulary.NOT_PACKED);
    assertThat(Vocabulary.pack("Abc")).isEqualTo(Vocabulary.NOT_PACKED);
    assertThat(Vocabulary.pack("n't")).isEqualTo(Vocabulary.NOT_PACKED);
  }

  @Test
  void aWordHasTheNumberItWasGiven() {
    Vocabulary.Snapshot v = Vocabulary.snapshot();
    for (int id = 0; id < v.size(); id++) {
      assertThat(v.idOf(v.word(id))).isEqualTo(id);
    }
  }
}
