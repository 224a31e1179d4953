package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

class ActorTableSortTest {

  private static final Comparator<ActorTable.MentionRef> PLAIN =
      Comparator.comparing(ActorTable.MentionRef::range);

  @Test
  void sortingByRangeIsTheStableSortByRange() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      int n = random.nextInt(80);
      // few distinct starts and lengths: many ties, which must keep their order
      int span = round % 2 == 0 ? 20 : 5000;
      boolean huge = round % 50 == 0; // past the packed keys' bounds: the comparator's sort
      ActorTable.MentionRef[] a = new ActorTable.MentionRef[n];
      for (int i = 0; i < n; i++) {
        int start = random.nextInt(span) + (huge ? 1 << 24 : 0);
        int end = start + random.nextInt(huge ? 1 << 17 : 6);
        a[i] = new ActorTable.MentionRef("a" + random.nextInt(4), new TextRange(start, end),
            random.nextBoolean());
      }
      ActorTable.MentionRef[] expected = a.clone();
      Arrays.sort(expected, PLAIN);
      ActorTable.sortByRange(a);
      for (int i = 0; i < n; i++) {
        assertThat(a[i]).as("round %d, index %d", round, i).isSameAs(expected[i]);
      }
    }
  }

  @Test
  void aTableListsEveryDistinctMentionInTextOrder() {
    ActorTable.Builder b = ActorTable.builder();
    String x = b.add("X", ActorKind.PERSON);
    String y = b.add("Y", ActorKind.STATE);
    b.addMention(x, new TextRange(10, 12), false);
    b.addMention(y, new TextRange(3, 5), false);
    b.addMention(x, new TextRange(3, 5), true);
    b.addMention(x, new TextRange(10, 12), false); // a repeat
    b.addMention(y, new TextRange(0, 2), false);
    ActorTable t = b.build();
    List<String> seen = new ArrayList<>();
    for (ActorTable.MentionRef m : t.mentions()) {
      seen.add(m.actorKey() + m.range().start() + (m.pronoun() ? "p" : ""));
    }
    // equal ranges: the actors' order; each actor's own mentions sorted without repeats
    assertThat(seen).containsExactly(y + 0, x + "3p", y + 3, x + 10);
    assertThat(t.get(x).orElseThrow().mentions()).extracting(m -> m.range().start())
        .containsExactly(3, 10);
  }
}
