package org.wiretext.internal.actor;

import java.util.Arrays;

/**
 * A set of offsets into the text, filled in any order and then asked for the nearest one at or
 * after an offset: an array, sorted once when first asked (the sentence starts of the body
 * come in text order, so that sort is usually skipped). Not thread-safe.
 */
final class OffsetSet {

  private int[] values;
  private int size;
  private boolean sorted = true;

  /** An empty set. */
  OffsetSet() {
    this(32);
  }

  /** An empty set with room for {@code capacity} offsets before it grows. */
  OffsetSet(int capacity) {
    values = new int[Math.max(1, capacity)];
  }

  void add(int offset) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    if (size > 0 && values[size - 1] >= offset) {
      sorted = false;
    }
    values[size++] = offset;
  }

  /** The least offset at or after {@code offset}, or -1 when there is none. */
  int ceiling(int offset) {
    sort();
    int i = Arrays.binarySearch(values, 0, size, offset);
    if (i < 0) {
      i = -i - 1;
    }
    return i < size ? values[i] : -1;
  }

  /** The greatest offset at or before {@code offset}, or -1 when there is none. */
  int floor(int offset) {
    sort();
    int i = Arrays.binarySearch(values, 0, size, offset);
    if (i < 0) {
      i = -i - 2;
    }
    return i >= 0 ? values[i] : -1;
  }

  /** The least offset after {@code offset}, or -1 when there is none. */
  int higher(int offset) {
    return offset == Integer.MAX_VALUE ? -1 : ceiling(offset + 1);
  }

  /** Sorts the offsets and drops repeats, once after each run of out-of-order additions. */
  private void sort() {
    if (sorted) {
      return;
    }
    Arrays.sort(values, 0, size);
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (n == 0 || values[n - 1] != values[i]) {
        values[n++] = values[i];
      }
    }
    size = n;
    sorted = true;
  }
}
