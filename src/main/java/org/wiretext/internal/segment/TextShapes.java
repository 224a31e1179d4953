package org.wiretext.internal.segment;

import java.util.Locale;

/**
 * Character and word shapes the layout rules share: what counts as blank, as sentence-final
 * punctuation, as a closing quotation mark, and the loose key used for lexicon look-ups.
 * Every method scans its argument once.
 */
final class TextShapes {

  private TextShapes() {}

  /**
   * Blank for layout purposes: Java whitespace plus Unicode space separators (no-break space
   * and friends), so a line of no-break spaces is a blank line. The coverage invariant (every
   * non-blank character is in a paragraph or a region) uses the same definition.
   */
  static boolean isBlank(char c) {
    if (c > ' ' && c < '\u007F') {
      return false; // printable ASCII, most of any text
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** Horizontal blank: blank but not a line break. */
  static boolean isHorizontalBlank(char c) {
    return c != '\n' && c != '\r' && isBlank(c);
  }

  /** Quotation marks and brackets that may close a sentence ("... naive." or 'said.'). */
  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019'
        || c == '\u00BB' || c == '\u203A';
  }

  /** Sentence-final punctuation. */
  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /** True when {@code s} (trimmed) ends a sentence: terminal punctuation, maybe then closers. */
  static boolean endsSentence(CharSequence s) {
    return endsSentence(s, 0, s.length());
  }

  /** {@link #endsSentence(CharSequence)} for {@code s[start, end)}, without copying it. */
  static boolean endsSentence(CharSequence s, int start, int end) {
    int i = end - 1;
    while (i >= start && isBlank(s.charAt(i))) {
      i--;
    }
    while (i >= start && isCloser(s.charAt(i))) {
      i--;
    }
    return i >= start && isTerminal(s.charAt(i));
  }

  /** Index of the last non-blank character before {@code end}, or -1. */
  static int lastNonBlank(CharSequence s, int end) {
    int i = end - 1;
    while (i >= 0 && isBlank(s.charAt(i))) {
      i--;
    }
    return i;
  }

  /** The first character of {@code s} that is a letter or digit, or 0. */
  static char firstLetterOrDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
    }
    return 0;
  }

  /** Number of blank-separated words in {@code s}. */
  static int wordCount(CharSequence s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean blank = isBlank(s.charAt(i));
      if (!blank && !in) {
        n++;
      }
      in = !blank;
    }
    return n;
  }

  /** True when {@code s} has a line break. */
  static boolean hasLineBreak(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * The loose key for lexicon look-ups: quotes folded, blanks collapsed to one space, lower
   * case, and trailing colons, full stops and blanks removed ("Latest news:" and "LATEST NEWS"
   * give "latest news").
   *
   * <p>The key is built in a char array, ASCII capitals lowered on the way, so a key of ASCII
   * characters (most are) is made with one copy into its string. Any other character leaves
   * the lowering to {@link String#toLowerCase(Locale)}, which is exact for every character (a
   * few lower to two, one depends on its neighbours) and lowers the same whether or not the
   * ASCII letters were lowered before: they are cased letters either way.
   */
  static String key(CharSequence s) {
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    boolean space = false;
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = org.wiretext.internal.text.SourceText.fold(s.charAt(i));
      if (isBlank(c)) {
        space = len > 0;
        continue;
      }
      if (space) {
        out[len++] = ' ';
        space = false;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c >= 0x80) {
        ascii = false;
      }
      out[len++] = c;
    }
    while (len > 0 && (out[len - 1] == ':' || out[len - 1] == '.' || out[len - 1] == ' ')) {
      len--;
    }
    String key = new String(out, 0, len);
    return ascii ? key : key.toLowerCase(Locale.ROOT);
  }

  /**
   * The headline form of a text: folded quotes (curly, backtick -> straight), blanks collapsed,
   * trimmed. The contract asks for the headline "once, with normalised quotes". A double quote
   * between two letters is a misused apostrophe ("Iceland«s" as some sites type it) and
   * becomes one.
   */
  static String normalise(CharSequence folded) {
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = org.wiretext.internal.text.SourceText.fold(folded.charAt(i));
      if (c == '"' && i > 0 && i + 1 < folded.length() && Character.isLetter(folded.charAt(i - 1))
          && Character.isLetter(folded.charAt(i + 1))) {
        c = '\'';
      }
      if (isBlank(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** True when every cased letter of {@code s} is upper case and it has at least two letters. */
  static boolean isAllCaps(CharSequence s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
