package org.wiretext.internal.text;

import java.util.Locale;

/**
 * Lower-cased words, each cut once per thread and then shared: the tokenisers of the three
 * stages lower-case every word of every paragraph, and the rules hash the result on every
 * lexicon lookup. A word seen before on the same thread comes back as the same string, with
 * its hash already computed, so the later lookups neither allocate nor hash again.
 *
 * <p>The cache is a fixed direct-mapped table per thread (a new word replaces the one in its
 * slot), so its memory is bounded whatever the input; a common word is always {@link
 * CommonWords}'s shared string, which the table keeps like any other word once it has been
 * seen. Each thread has its own table, so no locking is needed.
 */
public final class LowerCaseWords {

  private static final int SIZE = 4096;
  private static final int MASK = SIZE - 1;
  /** Longer runs (URLs, hashes) are cut without the cache: they rarely repeat. */
  private static final int MAX_LENGTH = 40;
  private static final ThreadLocal<LowerCaseWords> CACHE =
      ThreadLocal.withInitial(LowerCaseWords::new);

  private final String[] table = new String[SIZE];

  private LowerCaseWords() {}

  /** The calling thread's cache; look it up once per text, not once per word. */
  public static LowerCaseWords get() {
    return CACHE.get();
  }

  /** {@code s[from, to)} lower-cased with {@link Locale#ROOT}, as a shared string when it can be. */
  public String lower(String s, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > MAX_LENGTH) {
      return Chars.slice(s, from, to).toLowerCase(Locale.ROOT);
    }
    long hash = CommonWords.asciiLowerHash(s, from, to);
    if (hash == CommonWords.NOT_ASCII) {
      return Chars.slice(s, from, to).toLowerCase(Locale.ROOT);
    }
    int h = (int) hash;
    int k = (h ^ (h >>> 16)) & MASK;
    String w = table[k];
    if (w != null && w.length() == n && w.hashCode() == h && CommonWords.equalsLowered(w, s, from)) {
      return w; // a common word is kept here as its shared string, so one probe finds either
    }
    String common = CommonWords.find(h, s, from, n);
    if (common != null) {
      table[k] = common;
      return common;
    }
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      char c = s.charAt(from + i);
      chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    w = new String(chars);
    table[k] = w;
    return w;
  }
}
