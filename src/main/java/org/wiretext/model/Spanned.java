package org.wiretext.model;

/**
 * A piece of the article's {@code text}: a half-open range of UTF-16 code units and the
 * characters it covers, so that {@code article.text().substring(start(), end())} equals
 * {@link #text()}.
 */
public interface Spanned {

  /**
   * The characters covered, exactly as written in the article's text.
   *
   * @return the characters covered
   */
  String text();

  /**
   * First UTF-16 index, inclusive.
   *
   * @return the start offset, at least 0
   */
  int start();

  /**
   * Last UTF-16 index, exclusive.
   *
   * @return the end offset, at least {@link #start()}
   */
  int end();

  /**
   * Number of UTF-16 code units covered.
   *
   * @return {@code end() - start()}
   */
  default int length() {
    return end() - start();
  }

  /**
   * Checks the offsets of a spanned value; called by each type's validation.
   *
   * @param s the value to check
   * @throws IllegalArgumentException when the offsets are negative, reversed, or do not fit
   *     the text's length
   */
  static void check(Spanned s) {
    if (s.start() < 0 || s.end() < s.start()) {
      throw new IllegalArgumentException("invalid span [" + s.start() + ", " + s.end() + ")");
    }
    if (s.text().length() != s.end() - s.start()) {
      throw new IllegalArgumentException(
          "span [" + s.start() + ", " + s.end() + ") does not fit its text of length " + s.text().length());
    }
  }
}
