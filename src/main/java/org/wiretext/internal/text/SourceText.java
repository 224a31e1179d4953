package org.wiretext.internal.text;

import java.util.Objects;

/**
 * The input exactly as given, plus a same-length folded view for matching: curly, low-high,
 * backtick and guillemet quotation marks become {@code "} or {@code '}, no-break and other
 * odd spaces become a plain space. Because the two have the same length, an index found in
 * the folded view is an index into the original, and text is always cut from the original.
 */
public final class SourceText {

  private final String original;
  private final String folded;

  private SourceText(String original, String folded) {
    this.original = original;
    this.folded = folded;
  }

  /** Wraps {@code original} and computes its folded view. */
  public static SourceText of(String original) {
    Objects.requireNonNull(original, "original");
    return of(original, original.toCharArray());
  }

  /**
   * Wraps {@code original}, whose characters {@code chars} holds (a copy the caller may have
   * read, and which is folded in place); the folded view is {@code original} itself when no
   * character folds.
   */
  static SourceText of(String original, char[] chars) {
    boolean changed = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      char f = fold(c);
      if (f != c) {
        chars[i] = f;
        changed = true;
      }
    }
    return new SourceText(original, changed ? new String(chars) : original);
  }

  /**
   * Wraps {@code original} and its folded view {@code folded}, which the caller made with
   * {@link #fold(char)} ({@code original} itself when no character folds).
   */
  static SourceText folded(String original, String folded) {
    return new SourceText(original, folded);
  }

  /** The matching form of one character (same length: one char for one char). */
  public static char fold(char c) {
    if (c < '`' || c > '`' && c < '\u00A0') {
      return c; // ASCII other than the backtick: most of any text
    }
    switch (c) {
      case '\u201C': case '\u201D': case '\u201E': case '\u201F':
      case '\u00AB': case '\u00BB': case '\u2033': case '\u301D': case '\u301E': case '\uFF02':
        return '"';
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '`': case '\u00B4':
      case '\u2039': case '\u203A': case '\u2032': case '\uFF07':
        return '\'';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002':
      case '\u2003': case '\u2004': case '\u2005': case '\u2006': case '\u2008': case '\u3000':
        return ' ';
      default:
        return c;
    }
  }

  /** The text exactly as given; every span indexes into it. */
  public String original() {
    return original;
  }

  /** The folded view, same length as {@link #original()}, for matching only. */
  public String folded() {
    return folded;
  }

  public int length() {
    return original.length();
  }

  /** The original characters in {@code [start, end)}. */
  public String slice(int start, int end) {
    return original.substring(start, end);
  }

  /** The original characters of {@code range}. */
  public String slice(TextRange range) {
    return original.substring(range.start(), range.end());
  }

  /** The folded character at {@code i}. */
  public char at(int i) {
    return folded.charAt(i);
  }
}
