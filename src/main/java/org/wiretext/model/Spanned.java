package org.wiretext.model;

/**
 * A piece of the article's {@code text}: a half-open range of UTF-16 code units and the
 * characters it covers, so that {@code article.text().substring(start(), end())} equals
 * {@link #text()}.
 */
public interface Spanned {

  /** The characters covered, exactly as written in the article's text. */
  String text();

  /** First UTF-16 index, inclusive. */
  int start();

  /** Last UTF-16 index, exclusive. */
  int end();

  /** Number of UTF-16 code units covered. */
  default int length() {
    return end() - start();
  }

  /** Checks the offsets of a spanned value; called by each type's validation. */
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
