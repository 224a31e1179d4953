package org.wiretext.format;

import java.util.ArrayList;
import java.util.List;

/** Paragraphs of a plain-text body: blocks separated by blank lines, lines kept. */
final class PlainText {
  private PlainText() {}

  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      if (line.isBlank()) {
        flush(current, out);
      } else {
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(line.strip());
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString());
      current.setLength(0);
    }
  }
}
