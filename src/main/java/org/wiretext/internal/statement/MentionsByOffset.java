package org.wiretext.internal.statement;

import java.util.Arrays;

/**
 * The actor keys of the mentions a {@link SpeakerResolver} resolved, by start offset: a
 * sorted map from offset to key, read backwards from an offset to find a pronoun's
 * antecedent. Two parallel arrays instead of a {@code TreeMap<Integer, String>}: no boxed
 * offsets and no tree nodes. Speakers are resolved paragraph by paragraph, each paragraph's
 * in about text order, so a new offset goes at the end (one comparison) or a few entries
 * before it: an insertion shifts only the entries of later mentions of the same paragraph
 * that were resolved first.
 */
final class MentionsByOffset {

  private int[] offsets = new int[16];
  private String[] keys = new String[16];
  private int size;

  /** Maps {@code offset} to {@code key}, replacing the key it had. */
  void put(int offset, String key) {
    int i = size == 0 || offsets[size - 1] < offset ? -(size + 1) // in text order: appended
        : Arrays.binarySearch(offsets, 0, size, offset);
    if (i >= 0) {
      keys[i] = key;
      return;
    }
    int at = -(i + 1);
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
      keys = Arrays.copyOf(keys, size * 2);
    }
    System.arraycopy(offsets, at, offsets, at + 1, size - at);
    System.arraycopy(keys, at, keys, at + 1, size - at);
    offsets[at] = offset;
    keys[at] = key;
    size++;
  }

  /** The index of the last entry whose offset is below {@code offset}, or -1 when there is none. */
  int lastBefore(int offset) {
    int i = Arrays.binarySearch(offsets, 0, size, offset);
    return (i >= 0 ? i : -(i + 1)) - 1;
  }

  /** The offset of entry {@code i} (entries are in increasing order of offset). */
  int offset(int i) {
    return offsets[i];
  }

  /** The actor key of entry {@code i}. */
  String key(int i) {
    return keys[i];
  }

  int size() {
    return size;
  }
}
