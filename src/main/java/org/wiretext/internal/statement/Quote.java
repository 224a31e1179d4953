package org.wiretext.internal.statement;

import org.wiretext.internal.text.TextRange;

/**
 * A quotation: where its opening mark is, where its closing mark is ({@code -1} when it was
 * never closed), and the words inside, trimmed, without a trailing comma.
 */
record Quote(int open, int close, int closeLength, TextRange inner) {

  /** The first index after the closing mark, or after the words when unclosed. */
  int after() {
    return close < 0 ? inner.end() : close + closeLength;
  }

  boolean closed() {
    return close >= 0;
  }
}
