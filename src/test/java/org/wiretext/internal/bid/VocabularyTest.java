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
  void aWordHasTheNumberItWasGiven() {
    Vocabulary.Snapshot v = Vocabulary.snapshot();
    for (int id = 0; id < v.size(); id++) {
      assertThat(v.idOf(v.word(id))).isEqualTo(id);
    }
  }
}
