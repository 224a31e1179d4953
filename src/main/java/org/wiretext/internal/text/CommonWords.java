package org.wiretext.internal.text;

/**
 * The most frequent words of news copy (function words, pronouns, auxiliaries, reporting
 * verbs), each one shared string, so that the tokenisers need not cut, lower-case and later
 * hash a new string for about half of the words of a text. A lookup reads the word in place
 * in one pass and allocates nothing. Immutable after class initialisation, so safe to share
 * between threads.
 */
public final class CommonWords {

  private static final String[] WORDS = {
    "a", "about", "above", "according", "across", "after", "again", "against", "ago", "all",
    "almost", "along", "already", "also", "although", "always", "am", "among", "an", "and",
    "another", "any", "are", "around", "as", "asked", "at", "away", "back", "be", "because",
    "been", "before", "behind", "being", "below", "between", "both", "but", "by", "called",
    "can", "can't", "cannot", "could", "country", "countries", "day", "days", "did",
    "didn't", "do", "does", "doesn't", "don't", "down", "during", "each", "either", "even",
    "ever", "every", "few", "first", "for", "former", "from", "further", "government", "had",
    "has", "hasn't", "have", "haven't", "having", "he", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "however", "i", "if", "in", "including", "into", "is",
    "isn't", "it", "it's", "its", "itself", "just", "last", "later", "least", "less", "like",
    "made", "make", "many", "may", "me", "might", "minister", "month", "months", "more",
    "most", "mr", "mrs", "ms", "much", "must", "my", "near", "never", "new", "next", "no",
    "nor", "not", "now", "of", "off", "officials", "on", "once", "one", "only", "or",
    "other", "others", "our", "ours", "out", "over", "own", "people", "percent", "said",
    "same", "say", "saying", "says", "second", "several", "shall", "she", "should", "since",
    "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "this", "those", "though", "three",
    "through", "time", "to", "today", "told", "too", "two", "under", "until", "up", "upon",
    "us", "very", "was", "wasn't", "we", "week", "were", "weren't", "what", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
    "without", "won't", "would", "year", "years", "yesterday", "yet", "you", "your",
  };

  /** The longest word, so that longer runs are refused before hashing. */
  private static final int MAX_LENGTH;
  /** Open addressing by {@link String#hashCode()}, at most half full. */
  private static final String[] TABLE;
  private static final int MASK;

  static {
    int max = 0;
    for (String w : WORDS) {
      max = Math.max(max, w.length());
    }
    MAX_LENGTH = max;
    int size = Integer.highestOneBit(WORDS.length * 4);
    TABLE = new String[size];
    MASK = size - 1;
    for (String w : WORDS) {
      int k = spread(w.hashCode()) & MASK;
      while (TABLE[k] != null && !TABLE[k].equals(w)) {
        k = (k + 1) & MASK;
      }
      TABLE[k] = w;
    }
  }

  private CommonWords() {}

  /**
   * The shared lower-case string equal to {@code s[from, to)} lower-cased, when that is a
   * common word; null otherwise (also for any character outside ASCII, where lower-casing is
   * left to {@link String#toLowerCase(java.util.Locale)}).
   */
  public static String lower(String s, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > MAX_LENGTH) {
      return null;
    }
    long h = asciiLowerHash(s, from, to);
    return h == NOT_ASCII ? null : find((int) h, s, from, n);
  }

  /** What {@link #asciiLowerHash} returns for a run with a character outside ASCII. */
  static final long NOT_ASCII = -1L;

  /**
   * The {@link String#hashCode()} of {@code s[from, to)} lower-cased, computed in place, as a
   * non-negative long; {@link #NOT_ASCII} when the run holds a character outside ASCII.
   */
  static long asciiLowerHash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c >= 0x80) {
        return NOT_ASCII;
      }
      h = 31 * h + c;
    }
    return h & 0xFFFF_FFFFL;
  }

  /**
   * The common word equal to the ASCII run {@code s[from, from + n)} lower-cased, whose
   * lower-cased hash is {@code h}; null when it is none.
   */
  static String find(int h, String s, int from, int n) {
    if (n > MAX_LENGTH) {
      return null;
    }
    for (int k = spread(h) & MASK; ; k = (k + 1) & MASK) {
      String w = TABLE[k];
      if (w == null) {
        return null;
      }
      if (w.length() == n && w.hashCode() == h && equalsLowered(w, s, from)) {
        return w;
      }
    }
  }

  /** Whether the ASCII run at {@code s[from]}, lower-cased, is the word {@code w}. */
  public static boolean equalsLowered(String w, String s, int from) {
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

  /**
   * {@code s[from, to)} as a string: the shared one when it is a common word as written (in
   * lower case), else a new one (see {@link Chars#slice}).
   */
  public static String slice(String s, int from, int to) {
    String w = lower(s, from, to);
    return w != null && w.regionMatches(0, s, from, to - from) ? w : Chars.slice(s, from, to);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
