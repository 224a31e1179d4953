package org.wiretext.internal.segment;

import org.wiretext.internal.text.TextRange;

/**
 * A run of lines that the splitter judged to belong together: a paragraph candidate. The
 * rules decide what it is.
 *
 * @param range from the first visible character of its first line to the last of its last
 * @param lineCount how many lines it spans
 * @param blankBefore whether a blank line precedes it
 */
record Block(TextRange range, int lineCount, boolean blankBefore) {

  int start() {
    return range.start();
  }

  int end() {
    return range.end();
  }

  int length() {
    return range.length();
  }
}
