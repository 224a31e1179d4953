package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable.MentionRef;
import org.wiretext.internal.text.TextRange;

class MentionSortTest {

  /** The plain way: the JDK's stable sort with a comparator of ranges. */
  private static final Comparator<MentionRef> BY_RANGE = Comparator.comparing(MentionRef::range);

  @Test
  void sortsLikeTheJdksStableSortWhateverTheSizeAndTies() {
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      int n = random.nextInt(round % 10 == 0 ? 300 : 40);
      // few distinct ranges, so that many tie and the order of equal ones shows
      int spread = 1 + random.nextInt(n + 1);
      MentionRef[] a = new MentionRef[n];
      for (int k = 0; k < n; k++) {
        int start = random.nextInt(spread);
        a[k] = new MentionRef("a" + k, new TextRange(start, start + 1 + random.nextInt(3)), false);
      }
      assertSortsAsTheJdk(a);
    }
  }

  @Test
  void sortsRunsAlreadyInOrderAsEachActorsMentionsComeToIt() {
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      List<MentionRef> all = new ArrayList<>();
      int actors = 1 + random.nextInt(40);
      for (int actor = 0; actor < actors; actor++) {
        int at = random.nextInt(50);
        for (int k = random.nextInt(8); k > 0; k--) {
          at += random.nextInt(60);
          all.add(new MentionRef("a" + actor, new TextRange(at, at + 5), false));
        }
      }
      assertSortsAsTheJdk(all.toArray(new MentionRef[0]));
    }
  }

  @Test
  void leavesNoneAndOneAsTheyAre() {
    MentionRef[] none = new MentionRef[0];
    MentionSort.sort(none);
    assertThat(none).isEmpty();
    MentionRef one = new MentionRef("a1", new TextRange(3, 4), true);
    MentionRef[] single = {one};
    MentionSort.sort(single);
    assertThat(single).containsExactly(one);
  }

  @Test
  void comparesByStartThenEnd() {
    MentionRef a = new MentionRef("a1", new TextRange(2, 5), false);
    MentionRef b = new MentionRef("a2", new TextRange(2, 7), false);
    MentionRef c = new MentionRef("a3", new TextRange(3, 4), false);
    assertThat(MentionSort.compare(a, b)).isNegative();
    assertThat(MentionSort.compare(b, c)).isNegative();
    assertThat(MentionSort.compare(c, a)).isPositive();
    assertThat(MentionSort.compare(a, new MentionRef("a9", new TextRange(2, 5), true))).isZero();
  }

  private static void assertSortsAsTheJdk(MentionRef[] a) {
    MentionRef[] expected = a.clone();
    Arrays.sort(expected, BY_RANGE);
    MentionSort.sort(a);
    // the same objects in the same places: equal ranges in their first order
    for (int k = 0; k < a.length; k++) {
      assertThat(a[k]).isSameAs(expected[k]);
    }
  }
}
