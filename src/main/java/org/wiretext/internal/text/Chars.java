package org.wiretext.internal.text;

/** Character helpers shared by the tokenisers. */
public final class Chars {

  /** The one-character strings of Latin-1 and of General Punctuation (dashes, marks), shared. */
  private static final String[] LATIN1 = new String[0x100];
  private static final char PUNCTUATION_FROM = '\u2000';
  private static final String[] PUNCTUATION = new String[0x70];

  static {
    for (int c = 0; c < LATIN1.length; c++) {
      LATIN1[c] = String.valueOf((char) c);
    }
    for (int c = 0; c < PUNCTUATION.length; c++) {
      PUNCTUATION[c] = String.valueOf((char) (PUNCTUATION_FROM + c));
    }
  }

  private Chars() {}

  /**
   * {@code s.substring(from, to)}, without a new string for a single Latin-1 or punctuation
   * character: the tokenisers cut one such string for every punctuation mark.
   */
  public static String slice(String s, int from, int to) {
    if (to - from == 1) {
      char c = s.charAt(from);
      if (c < LATIN1.length) {
        return LATIN1[c];
      }
      if (c >= PUNCTUATION_FROM && c - PUNCTUATION_FROM < PUNCTUATION.length) {
        return PUNCTUATION[c - PUNCTUATION_FROM];
      }
    }
    return s.substring(from, to);
  }

  /** {@link Character#isLetterOrDigit(char)}, without its table lookups for ASCII. */
  public static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isWhitespace(char)}, without its table lookups for ASCII. */
  public static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    return Character.isWhitespace(c);
  }

  /**
   * The index after the character at {@code i}: {@code i + 2} for a surrogate pair that ends
   * before {@code end}, else {@code i + 1}. A token that stands for one character never holds
   * half of a pair, so no span cuts one.
   */
  public static int after(CharSequence s, int i, int end) {
    return i + 1 < end && Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))
        ? i + 2 : i + 1;
  }
}
