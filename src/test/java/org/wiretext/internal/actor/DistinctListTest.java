package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistinctListTest {

  @Test
  void keepsWhatALinkedHashSetKeepsWhateverTheOperations() {
    Random random = new Random(5);
    for (int round = 0; round < 2000; round++) {
      // few distinct strings, so that repeats and removals are frequent; some rounds pass the index
      int words = 1 + random.nextInt(round % 4 == 0 ? 40 : 6);
      List<String> start = new ArrayList<>();
      for (int k = random.nextInt(12); k > 0; k--) {
        String w = "w" + random.nextInt(words);
        if (!start.contains(w)) {
          start.add(w);
        }
      }
      DistinctList list = new DistinctList(start);
      LinkedHashSet<String> set = new LinkedHashSet<>(start);
      for (int op = random.nextInt(60); op > 0; op--) {
        String w = "w" + random.nextInt(words);
        switch (random.nextInt(4)) {
          case 0 -> assertThat(list.contains(w)).isEqualTo(set.contains(w));
          case 1 -> {
            list.remove(w);
            set.remove(w);
          }
          case 2 -> {
            List<String> more = List.of(w, "w" + random.nextInt(words));
            list.addAll(more);
            set.addAll(more);
          }
          default -> assertThat(list.add(w)).isEqualTo(set.add(w));
        }
        assertThat(list.items()).containsExactlyElementsOf(set);
      }
    }
  }

  @Test
  void startsEmpty() {
    DistinctList list = new DistinctList();
    assertThat(list.items()).isEmpty();
    assertThat(list.contains("a")).isFalse();
    assertThat(list.add("a")).isTrue();
    assertThat(list.add("a")).isFalse();
    assertThat(list.items()).containsExactly("a");
  }
}
