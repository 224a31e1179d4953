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
    while (i < n) {
      int start = i;
      int indent = 0;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r'
          && TextShapes.isBlank(text.charAt(i))) {
        indent += text.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      int contentStart = i;
      int contentEnd = i;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        if (!TextShapes.isBlank(text.charAt(i))) {
          contentEnd = i + 1;
        }
        i++;
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
}
