package org.wiretext.internal.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into its non-blank lines. LF, CRLF and a lone CR all end a line, so copy from
 * any system gives the same lines; blank lines are not kept, only recorded on the next line.
 */
final class LineReader {

  private LineReader() {}

  static List<Line> read(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean blankBefore = false;
    // the next LF and CR at or after i (or n): each is searched for again only once passed,
    // so the text is scanned once for each
    int nextLf = -1;
    int nextCr = -1;
    while (i < n) {
      int start = i;
      int indent = 0;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r'
          && TextShapes.isBlank(text.charAt(i))) {
        indent += text.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      int contentStart = i;
      if (nextLf < i) {
        nextLf = indexOrEnd(text, '\n', i);
      }
      if (nextCr < i) {
        nextCr = indexOrEnd(text, '\r', i);
      }
      i = Math.min(nextLf, nextCr);
      int contentEnd = i;
      while (contentEnd > contentStart && TextShapes.isBlank(text.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      int end = i;
      if (i < n && text.charAt(i) == '\r') {
        i++;
        if (i < n && text.charAt(i) == '\n') {
          i++;
        }
      } else if (i < n) {
        i++;
      }
      if (contentEnd > contentStart) {
        lines.add(new Line(start, end, contentStart, contentEnd, indent,
            blankBefore && !lines.isEmpty()));
        blankBefore = false;
      } else {
        blankBefore = true;
      }
    }
    return lines;
  }

  private static int indexOrEnd(String text, char c, int from) {
    int k = text.indexOf(c, from);
    return k < 0 ? text.length() : k;
  }
}
