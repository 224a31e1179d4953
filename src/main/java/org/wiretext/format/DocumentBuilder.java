package org.wiretext.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wiretext.model.Format;
import org.wiretext.model.RegionKind;

/**
 * Builds a {@link WireDocument}'s text block by block, as the contract says: blocks (lines
 * and paragraphs) in order, separated by one blank line, and remembers the range of every
 * block whose kind the format states.
 */
final class DocumentBuilder {
  private final Format format;
  private final StringBuilder text = new StringBuilder();
  private final List<WireDocument.Hint> hints = new ArrayList<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final List<WireDocument.Issue> warnings = new ArrayList<>();
  String id;
  String published;
  String slug;
  String headline;
  String byline;
  String credit;
  String datelinePlace;
  String datelineDate;
  String language;

  DocumentBuilder(Format format) {
    this.format = format;
  }

  /** Appends a body paragraph (blank text is skipped). */
  DocumentBuilder paragraph(String block) {
    append(block);
    return this;
  }

  /** Appends a block of a known kind (blank text is skipped). */
  DocumentBuilder block(RegionKind kind, String block) {
    int[] range = append(block);
    if (range != null) {
      hints.add(new WireDocument.Hint(kind, range[0], range[1]));
    }
    return this;
  }

  /** Appends a body paragraph led by a block of a known kind (a dateline before the body). */
  DocumentBuilder paragraph(RegionKind leadKind, String lead, String rest) {
    int[] range = append(lead + rest);
    if (range != null) {
      hints.add(new WireDocument.Hint(leadKind, range[0], range[0] + lead.strip().length()));
    }
    return this;
  }

  /**
   * Appends the body, led by the format's dateline place when the body does not open with a
   * dateline of its own: the contract's text has the dateline before the body.
   */
  DocumentBuilder body(String place, java.util.List<String> paragraphs) {
    boolean first = true;
    for (String p : paragraphs) {
      if (first && place != null && !place.isBlank() && !opensWithDateline(p, place)) {
        paragraph(RegionKind.DATELINE, collapse(place) + " -", " " + p.strip());
      } else {
        paragraph(p);
      }
      first = false;
    }
    return this;
  }

  /**
   * The paragraph opens with the place, or with a dateline-shaped lead: an agency in
   * parentheses or a dash separator within its first 80 characters.
   */
  static boolean opensWithDateline(String paragraph, String place) {
    String head = paragraph.substring(0, Math.min(paragraph.length(), 80));
    if (head.regionMatches(true, 0, place.strip(), 0, Math.min(place.strip().length(), head.length()))) {
      return true;
    }
    return head.contains(" - ") || head.contains(" -- ") || head.contains(" – ")
        || head.contains(" — ") || head.contains(") -") || head.contains(") –")
        || head.contains(") —");
  }

  /** A byline as a line: "By NAME" unless it already opens with a by-word ("Von", "Av"). */
  static String bylineLine(String byline) {
    String b = collapse(byline);
    int space = b.indexOf(' ');
    String first = space < 0 ? "" : b.substring(0, space).toLowerCase(java.util.Locale.ROOT);
    return java.util.Set.of("by", "von", "av", "par", "por", "door", "di", "af", "przez").contains(first)
        ? b : "By " + b;
  }

  private int[] append(String block) {
    if (block == null) {
      return null;
    }
    String b = block.strip();
    if (b.isEmpty()) {
      return null;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(b);
    return new int[] {start, text.length()};
  }

  /** Keeps a raw field under the format's own name, when it has a value. */
  DocumentBuilder meta(String name, String value) {
    if (value != null && !value.isBlank()) {
      metadata.put(name, value.strip());
    }
    return this;
  }

  DocumentBuilder warn(String message) {
    warnings.add(new WireDocument.Issue(0, message));
    return this;
  }

  void warnings(List<WireDocument.Issue> issues) {
    warnings.addAll(issues);
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  WireDocument build() {
    WireDocument.Fields fields = new WireDocument.Fields(opt(id), opt(published), opt(slug),
        opt(headline), opt(withoutBy(byline)), opt(credit), opt(datelinePlace), opt(datelineDate),
        opt(language));
    return new WireDocument(format, text.toString(), fields, hints, metadata, warnings);
  }

  /** "By Jane Doe" gives "Jane Doe", as the contract's byline says. */
  private static String withoutBy(String byline) {
    if (byline == null) {
      return null;
    }
    String b = byline.strip();
    return b.regionMatches(true, 0, "by ", 0, 3) ? b.substring(3) : b;
  }

  private static Optional<String> opt(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = collapse(s);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** Whitespace runs to one space, trimmed. */
  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
