package org.wiretext.internal.actor;

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
 * a word found gets the shared strings (already hashed) and the set of lexicons that may hold
 * it (for a trie: start a phrase with it); a word not found can match no lexicon entry in any case, so the rules skip its
 * lookups ({@link Token#unknown()}). Words with other characters are not looked up (their case
 * mapping is left to {@link String#toLowerCase(Locale)}). The lower-case letters of all words
 * lie in one array, so a lookup reads few cache lines. Immutable after construction, so
 * thread-safe.
 */
final class Vocabulary {

  /** {@link #find} of a word with a character outside ASCII: not looked up. */
  static final int NOT_ASCII = -2;
  /** {@link #find} of an ASCII word that no lexicon holds. */
  static final int ABSENT = -1;
  /** Set in a {@link #find} result when the word has an upper-case letter. */
  static final int CAPS = 1 << 30;
  private static final int SLOT = CAPS - 1;

  /** Open addressing by the hash of the lower-case form, at most half full; null when empty. */
  private final String[] lower;
  /**
   * Per slot {@code k}, at {@code 4k}: the hash of its lower-case form, where its letters start
   * in {@link #letters}, and how many (0 for an empty slot); one cache line for a probe.
   */
  private final int[] probes;
  private final byte[] letters;
  /** Per slot, the forms the lexicons write the word in other than lower case ("Minister"). */
  private final String[][] forms;
  /** Per slot, the bits of the lexicons that hold some form of the word (see {@link Token#lexicons()}). */
  private final int[] lexicons;
  private final int mask;
  private final int maxLength;

  /**
   * A vocabulary of {@code words} as the lexicons write them; words outside ASCII are left out.
   * {@code entries.get(b)} are the words of the lexicon of bit {@code 1 << b} (for a trie, the
   * first words of its phrases); they must be in {@code words} too.
   */
  Vocabulary(Collection<String> words, List<? extends Collection<String>> entries) {
    Set<String> ascii = new LinkedHashSet<>();
    Set<String> lowers = new LinkedHashSet<>();
    int max = 0;
    int chars = 0;
    for (String w : words) {
      if (!w.isEmpty() && isAscii(w)) {
        ascii.add(w);
        String l = w.toLowerCase(Locale.ROOT);
        if (lowers.add(l)) {
          chars += l.length();
        }
        max = Math.max(max, w.length());
      }
    }
    maxLength = max;
    int size = Integer.highestOneBit(Math.max(8, lowers.size() * 2)) * 2;
    lower = new String[size];
    probes = new int[size * 4];
    letters = new byte[chars];
    forms = new String[size][];
    lexicons = new int[size];
    mask = size - 1;
    int used = 0;
    for (String l : lowers) {
      int h = l.hashCode();
      int k = spread(h) & mask;
      while (lower[k] != null) {
        k = (k + 1) & mask;
      }
      lower[k] = l;
      probes[4 * k] = h;
      probes[4 * k + 1] = used;
      probes[4 * k + 2] = l.length();
      for (int i = 0; i < l.length(); i++) {
        letters[used++] = (byte) l.charAt(i);
      }
    }
    for (String w : ascii) {
      int slot = find(w, 0, w.length()) & SLOT;
      if (w.equals(lower[slot])) {
        continue;
      }
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
    for (int b = 0; b < entries.size(); b++) {
      for (String w : entries.get(b)) {
        int found = isAscii(w) ? find(w, 0, w.length()) : NOT_ASCII;
        if (found >= 0) {
          lexicons[found & SLOT] |= 1 << b;
        } else if (found == ABSENT) {
          throw new IllegalArgumentException("not in the vocabulary: " + w);
        }
      }
    }
  }

  /**
   * The slot of {@code s[from, to)} lower-cased when the vocabulary holds it, plus
   * {@link #CAPS} when the word has an upper-case letter; {@link #ABSENT} for an ASCII word it
   * does not hold; {@link #NOT_ASCII} for a word with other characters.
   */
  int find(String s, int from, int to) {
    int h = 0;
    boolean caps = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        caps = true;
      } else if (c >= 0x80) {
        return NOT_ASCII;
      }
      h = 31 * h + c;
    }
    return find(h, caps, s, from, to);
  }

  /**
   * {@link #find(String, int, int)} of an ASCII word whose lower-cased characters hash to
   * {@code h} ({@link String#hashCode()}) and that has capitals when {@code caps}, as the
   * tokenizer computes them while it scans the word.
   */
  int find(int h, boolean caps, String s, int from, int to) {
    int n = to - from;
    if (n > maxLength || n == 0) {
      return ABSENT;
    }
    int[] p = probes;
    for (int k = spread(h) & mask; ; k = (k + 1) & mask) {
      int length = p[4 * k + 2];
      if (length == 0) {
        return ABSENT;
      }
      if (p[4 * k] == h && length == n && equalsLowered(p[4 * k + 1], s, from, n)) {
        return caps ? k | CAPS : k;
      }
    }
  }

  /** The shared lower-case form of the word {@link #find} found. */
  String lower(int found) {
    return lower[found & SLOT];
  }

  /** The bits of the lexicons that hold some form of the word {@link #find} found. */
  int lexicons(int found) {
    return lexicons[found & SLOT];
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

  /** Whether the ASCII run {@code s[from, from + n)}, lower-cased, is the letters at {@code offset}. */
  private boolean equalsLowered(int offset, String s, int from, int n) {
    for (int k = 0; k < n; k++) {
      char c = s.charAt(from + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != letters[offset + k]) {
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
