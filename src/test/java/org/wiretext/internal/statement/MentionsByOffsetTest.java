package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MentionsByOffsetTest {

  @Test
  void anEmptyIndexHasNothingBeforeAnyOffset() {
    assertThat(new MentionsByOffset().lastBefore(100)).isEqualTo(-1);
  }

  @Test
  void entriesAreReadBackwardsFromTheLastOneBeforeAnOffset() {
    MentionsByOffset m = new MentionsByOffset();
    m.put(10, "a");
    m.put(30, "c");
    m.put(20, "b"); // resolved after a later mention of its paragraph
    m.put(30, "d"); // the same offset again: the new key replaces the old
    assertThat(m.size()).isEqualTo(3);
    int i = m.lastBefore(30);
    assertThat(m.offset(i)).isEqualTo(20);
    assertThat(m.key(i)).isEqualTo("b");
    assertThat(m.key(i - 1)).isEqualTo("a");
    assertThat(m.key(m.lastBefore(31))).isEqualTo("d");
    assertThat(m.lastBefore(10)).isEqualTo(-1);
  }

  @Test
  void itAnswersAsATreeMapsLowerKeyWalkDoes() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      MentionsByOffset m = new MentionsByOffset();
      TreeMap<Integer, String> plain = new TreeMap<>();
      int base = 0;
      for (int op = 0; op < 100; op++) {
        // mostly in text order, now and then a little before the last one, as speakers are
        base += random.nextInt(40);
        int offset = random.nextInt(4) == 0 ? Math.max(0, base - random.nextInt(80)) : base;
        String key = "k" + random.nextInt(10);
        m.put(offset, key);
        plain.put(offset, key);
        int probe = random.nextInt(base + 50);
        Integer k = plain.lowerKey(probe);
        for (int i = m.lastBefore(probe); i >= 0; i--, k = plain.lowerKey(k)) {
          assertThat(k).isNotNull();
          assertThat(m.offset(i)).isEqualTo(k);
          assertThat(m.key(i)).isEqualTo(plain.get(k));
        }
        assertThat(k).isNull();
      }
      assertThat(m.size()).isEqualTo(plain.size());
      int i = 0;
      for (Map.Entry<Integer, String> e : plain.entrySet()) {
        assertThat(m.offset(i)).isEqualTo(e.getKey());
        assertThat(m.key(i++)).isEqualTo(e.getValue());
      }
    }
  }
}
