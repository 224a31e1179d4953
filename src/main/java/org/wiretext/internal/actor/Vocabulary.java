package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every word that an actor lexicon holds (a key of a set or map, a token of a phrase in a
 * trie), each in lower case and in the forms the lexicons write it, as shared strings. The
 * tokenizer looks each ASCII word of the text up once, in place and without cutting a string:
 * a word found gets the shared strings (already hashed); a word not found can match no
 * lexicon entry in any case, so the rules skip its lookups ({@link Token#unknown()}). Words
 * with other characters are not looked up (their case mapping is left to
 * {@link String#toLowerCase(Locale)}). Immutable after construction, so thread-safe.
 */
final class Vocabulary {

  /** {@link #find} of a word with a character outside ASCII: not looked up. */
  static final int NOT_ASCII = -2;
  /** {@link #find} of an ASCII word that no lexicon holds. */
  static final int ABSENT = -1;
  /** Set in a {@link #find} result when the word has an upper-case letter. */
  static final int CAPS = 1 << 30;
  private static final int SLOT = CAPS - 1;

  /** Open addressing by the hash of the lower-case form, at most a quarter full. */
  private final String[] lower;
  private final int[] hashes;
  /** Per slot, the forms the lexicons write the word in other than lower case ("Minister"). */
  private final String[][] forms;
  private final int mask;
  private final int maxLength;

  /** A vocabulary of {@code words} as the lexicons write them; words outside ASCII are left out. */
  Vocabulary(Collection<String> words) {
    Set<String> ascii = new LinkedHashSet<>();
    int max = 0;
    for (String w : words) {
      if (!w.isEmpty() && isAscii(w)) {
        ascii.add(w);
        max = Math.max(max, w.length());
      }
    }
    maxLength = max;
    int size = Integer.highestOneBit(Math.max(16, ascii.size() * 4)) * 2;
    lower = new String[size];
    hashes = new int[size];
    forms = new String[size][];
    mask = size - 1;
    List<String> extra = new ArrayList<>();
    for (String w : ascii) {
      String l = w.toLowerCase(Locale.ROOT);
      insert(l);
      if (!w.equals(l)) {
        extra.add(w);
      }
    }
    for (String w : extra) {
      int slot = find(w, 0, w.length()) & SLOT;
      String[] f = forms[slot];
      boolean seen = false;
      for (int k = 0; f != null && k < f.length; k++) {
        seen |= f[k].equals(w);
      }
      if (!seen) {
        String[] g = f == null ? new String[1] : Arrays.copyOf(f, f.length + 1);
        g[g.length - 1] = w;
        forms[slot] = g;
      }
    }
  }

  private void insert(String l) {
    int h = l.hashCode();
    int k = spread(h) & mask;
    while (lower[k] != null) {
      if (lower[k].equals(l)) {
        return;
      }
      k = (k + 1) & mask;
    }
    lower[k] = l;
    hashes[k] = h;
  }

  /**
   * The slot of {@code s[from, to)} lower-cased when the vocabulary holds it, plus
   * {@link #CAPS} when the word has an upper-case letter; {@link #ABSENT} for an ASCII word it
   * does not hold; {@link #NOT_ASCII} for a word with other characters.
   */
  int find(String s, int from, int to) {
    int h = 0;
    int caps = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        caps = CAPS;
      } else if (c >= 0x80) {
        return NOT_ASCII;
      }
      h = 31 * h + c;
    }
    int n = to - from;
    if (n > maxLength || n == 0) {
      return ABSENT;
    }
    for (int k = spread(h) & mask; ; k = (k + 1) & mask) {
      String w = lower[k];
      if (w == null) {
        return ABSENT;
      }
      if (hashes[k] == h && w.length() == n && equalsLowered(w, s, from)) {
        return k | caps;
      }
    }
  }

  /** The shared lower-case form of the word {@link #find} found. */
  String lower(int found) {
    return lower[found & SLOT];
  }

  /**
   * The shared string equal to {@code s[from, to)} as written, for the word {@link #find}
   * found there: its lower-case form, or a form a lexicon writes it in; null for another.
   */
  String written(int found, String s, int from, int to) {
    if ((found & CAPS) == 0) {
      return lower[found & SLOT];
    }
    String[] f = forms[found & SLOT];
    for (int k = 0; f != null && k < f.length; k++) {
      if (f[k].regionMatches(0, s, from, to - from)) {
        return f[k];
      }
    }
    return null;
  }

  private static boolean equalsLowered(String w, String s, int from) {
    for (int k = 0; k < w.length(); k++) {
      char c = s.charAt(from + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
