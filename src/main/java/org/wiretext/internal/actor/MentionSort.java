package org.wiretext.internal.actor;

import org.wiretext.internal.actor.ActorTable.MentionRef;

/**
 * A stable sort of mentions in text order (by start, then end), what {@code Arrays.sort} with
 * a comparator of ranges does, for {@link ActorTable}, which sorts every mention of an article
 * when it builds a table. The comparator's call inside the JDK's sort is shared by every sort
 * of the parse, so it is not inlined there: each of the several hundred comparisons is a call
 * through an interface. Here the comparison is a static method, inlined. Each actor's
 * mentions come sorted already, so a merge sort that skips the merge of two halves already in
 * order ({@link #mergeSort}) does little more than read them.
 */
final class MentionSort {

  /** Ranges this short are sorted by insertion. */
  private static final int SMALL = 12;

  private MentionSort() {}

  /** Sorts {@code a} by range, stably: mentions of equal ranges keep their order. */
  static void sort(MentionRef[] a) {
    if (a.length <= SMALL) {
      insertionSort(a, 0, a.length);
      return;
    }
    mergeSort(a, new MentionRef[a.length / 2], 0, a.length);
  }

  /**
   * Below zero, zero or above zero as {@code x}'s range comes before, is equal to or comes
   * after {@code y}'s: by start, then end ({@link org.wiretext.internal.text.TextRange#compareTo}).
   */
  static int compare(MentionRef x, MentionRef y) {
    int a = x.range().start();
    int b = y.range().start();
    if (a != b) {
      return Integer.compare(a, b);
    }
    return Integer.compare(x.range().end(), y.range().end());
  }

  /** Sorts {@code a[from, to)} with {@code buffer} (half as long, at least) for the merges. */
  private static void mergeSort(MentionRef[] a, MentionRef[] buffer, int from, int to) {
    if (to - from <= SMALL) {
      insertionSort(a, from, to);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, buffer, from, mid);
    mergeSort(a, buffer, mid, to);
    if (compare(a[mid - 1], a[mid]) <= 0) {
      return; // the halves are in order already
    }
    int n = mid - from;
    System.arraycopy(a, from, buffer, 0, n);
    int i = 0;
    int j = mid;
    int k = from;
    while (i < n && j < to) {
      // on a tie the left half's mention comes first: stable
      a[k++] = compare(a[j], buffer[i]) < 0 ? a[j++] : buffer[i++];
    }
    while (i < n) {
      a[k++] = buffer[i++];
    }
  }

  private static void insertionSort(MentionRef[] a, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      MentionRef m = a[i];
      int j = i;
      while (j > from && compare(m, a[j - 1]) < 0) {
        a[j] = a[j - 1];
        j--;
      }
      a[j] = m;
    }
  }
}
