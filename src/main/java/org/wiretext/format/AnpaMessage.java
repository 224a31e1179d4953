package org.wiretext.format;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.model.Format;
import org.wiretext.model.RegionKind;

/**
 * One ANPA-1312 message: the header's raw codes into metadata under the format's field names
 * ({@code serviceLevel}, {@code storyNumber}, {@code selector}, {@code priority},
 * {@code category}, {@code formatId}, {@code version}, {@code filingDate}, {@code wordCount}),
 * the {@code BC-...} slug, {@code ^} header lines (headline, {@code ^By NAME=}, the writer's
 * title), tab-indented paragraphs with {@code _} read as a dash, and the closing stamp kept as
 * furniture. No agency's code tables are hard-coded: codes stay as given.
 */
final class AnpaMessage {
  private AnpaMessage() {}

  static WireDocument read(FramedReader.Message m) {
    DocumentBuilder d = new DocumentBuilder(Format.ANPA);
    d.warnings(m.warnings());
    header(FramedReader.spaced(m.header()), d);
    String[] lines = FramedReader.lines(m.text());
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = null;
    StringBuilder bylineBlock = null;
    for (String raw : lines) {
      String line = stripRight(raw);
      if (line.startsWith("^")) {
        String h = headerLine(line);
        if (h.isEmpty()) {
          continue;
        }
        if (h.regionMatches(true, 0, "By ", 0, 3) && d.byline == null) {
          d.byline = h.substring(3).strip();
          bylineBlock = new StringBuilder(h);
        } else if (d.headline == null && bylineBlock == null) {
          d.headline = h;
          d.block(RegionKind.HEADLINE, h);
        } else if (bylineBlock != null) {
          // the writer's title goes with the byline: "^By NAME=" then "^AP Writer="
          bylineBlock.append(", ").append(h);
        } else {
          d.block(RegionKind.OTHER, h);
        }
        continue;
      }
      if (bylineBlock != null) {
        d.block(RegionKind.BYLINE, bylineBlock.toString());
        bylineBlock = null;
      }
      if (line.isBlank()) {
        current = flush(current, paragraphs);
      } else if (FramedReader.isIndented(line) || current == null
          || FramedReader.looksLikeSignOff(line)) {
        current = flush(current, paragraphs);
        current = new StringBuilder(dashes(line.strip()));
      } else {
        current.append('\n').append(dashes(line.strip()));
      }
    }
    flush(current, paragraphs);
    if (bylineBlock != null) {
      d.block(RegionKind.BYLINE, bylineBlock.toString());
    }
    // the stamp and end marks after the last paragraph are furniture, not body
    int last = paragraphs.size();
    List<String> tail = new ArrayList<>();
    while (last > 0 && paragraphs.get(last - 1).indexOf('\n') < 0
        && FramedReader.looksLikeSignOff(paragraphs.get(last - 1)) && last > 1) {
      tail.add(0, paragraphs.get(--last));
    }
    for (int i = 0; i < last; i++) {
      d.paragraph(paragraphs.get(i));
    }
    for (String t : tail) {
      d.block(RegionKind.FURNITURE, t);
    }
    for (String t : FramedReader.lines(m.trailer())) {
      d.block(RegionKind.FURNITURE, t);
    }
    return d.build();
  }

  /** "a0123 US selector" then "priority category [formatId] BC-slug version MM-DD words". */
  static void header(String header, DocumentBuilder d) {
    String[] lines = header.replace('\u001F', ' ').split("\n");
    List<String> tokens = new ArrayList<>();
    for (String l : lines) {
      for (String t : FramedReader.tokens(l)) {
        tokens.add(t);
      }
    }
    int i = 0;
    if (i < tokens.size() && isServiceAndNumber(tokens.get(i))) {
      String t = tokens.get(i++);
      d.meta("serviceLevel", t.substring(0, 1));
      d.meta("storyNumber", t.substring(1));
    }
    int slugAt = -1;
    for (int k = i; k < tokens.size(); k++) {
      if (isSlug(tokens.get(k))) {
        slugAt = k;
        break;
      }
    }
    int end = slugAt >= 0 ? slugAt : tokens.size();
    // before the slug: selector, priority, category, format id, in that order
    List<String> codes = tokens.subList(i, end);
    String[] names = codes.size() >= 4
        ? new String[] {"selector", "priority", "category", "formatId"}
        : codes.size() == 3 ? new String[] {"selector", "priority", "category"}
        : new String[] {"priority", "category"};
    for (int k = 0; k < codes.size(); k++) {
      String name = k < names.length ? names[k] : "formatId";
      d.meta(name, codes.get(k));
    }
    if (slugAt < 0) {
      return;
    }
    d.slug = tokens.get(slugAt);
    StringBuilder version = new StringBuilder();
    for (int k = slugAt + 1; k < tokens.size(); k++) {
      String t = tokens.get(k);
      if (isFilingDate(t)) {
        d.meta("filingDate", t);
      } else if (isDigits(t) && k == tokens.size() - 1) {
        d.meta("wordCount", t);
      } else {
        version.append(version.length() > 0 ? " " : "").append(t);
      }
    }
    d.meta("version", version.toString());
  }

  /** "^Headline here<" to "Headline here". */
  static String headerLine(String line) {
    String h = line.substring(1).strip();
    while (!h.isEmpty() && (h.endsWith("<") || h.endsWith("="))) {
      h = h.substring(0, h.length() - 1).strip();
    }
    return h;
  }

  /** 7-bit copy writes a dash as '_' and quotation marks as two backticks and two apostrophes. */
  static String dashes(String s) {
    return s.replace(" _ ", " \u2014 ").replace('_', '\u2014')
        .replace("``", "\u201C").replace("''", "\u201D");
  }

  private static StringBuilder flush(StringBuilder current, List<String> out) {
    if (current != null && current.length() > 0) {
      out.add(current.toString());
    }
    return null;
  }

  private static String stripRight(String s) {
    int e = s.length();
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(0, e);
  }

  private static boolean isServiceAndNumber(String t) {
    return t.length() >= 2 && Character.isLetter(t.charAt(0)) && isDigits(t.substring(1));
  }

  private static boolean isSlug(String t) {
    int dash = t.indexOf('-');
    return dash >= 2 && dash < t.length() - 1 && Character.isUpperCase(t.charAt(0))
        && !isFilingDate(t);
  }

  private static boolean isFilingDate(String t) {
    return t.length() == 5 && t.charAt(2) == '-' && isDigits(t.substring(0, 2)) && isDigits(t.substring(3));
  }

  static boolean isDigits(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
