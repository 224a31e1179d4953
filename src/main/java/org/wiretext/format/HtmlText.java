package org.wiretext.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The paragraphs of the small HTML subset ninjs bodies use, by one linear pass: a paragraph
 * ends at every {@code <p>}, {@code </p>} and other block tag, {@code <br>} is a space, every
 * other tag is dropped with its markup, entities are decoded, whitespace collapsed. Text
 * outside any {@code <p>} is kept as its own paragraph: nothing is lost. No HTML library.
 */
final class HtmlText {
  private HtmlText() {}

  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
      Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"),
      Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
      Map.entry("sbquo", "\u201A"), Map.entry("bdquo", "\u201E"), Map.entry("laquo", "\u00AB"),
      Map.entry("raquo", "\u00BB"), Map.entry("hellip", "\u2026"), Map.entry("copy", "\u00A9"),
      Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("euro", "\u20AC"),
      Map.entry("shy", ""), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00B7"),
      Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("auml", "\u00E4"),
      Map.entry("ouml", "\u00F6"), Map.entry("uuml", "\u00FC"), Map.entry("Auml", "\u00C4"),
      Map.entry("Ouml", "\u00D6"), Map.entry("Uuml", "\u00DC"), Map.entry("szlig", "\u00DF"),
      Map.entry("aring", "\u00E5"), Map.entry("oslash", "\u00F8"), Map.entry("aelig", "\u00E6"));

  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "section",
      "article", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
      "table", "tr", "td", "th", "pre", "figure", "figcaption", "header", "footer", "hr");

  /** The paragraphs of {@code html}, in order, each with whitespace collapsed. */
  static List<String> paragraphs(String html) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        if (html.startsWith("<!--", i)) {
          int end = html.indexOf("-->", i + 4);
          i = end < 0 ? n : end + 3;
          continue;
        }
        int end = html.indexOf('>', i + 1);
        if (end < 0) {
          current.append(html, i, n); // a lone '<' is text
          break;
        }
        String name = tagName(html, i + 1, end);
        if (name.isEmpty()) {
          current.append(c);
          i++;
          continue;
        }
        if (BLOCKS.contains(name)) {
          flush(current, out);
        } else if (name.equals("br")) {
          current.append(' ');
        }
        i = end + 1;
      } else if (c == '&') {
        i = entity(html, i, current);
      } else {
        current.append(c);
        i++;
      }
    }
    flush(current, out);
    return out;
  }

  /** The text of {@code html} as one line: tags dropped, entities decoded. */
  static String inline(String html) {
    return String.join(" ", paragraphs(html));
  }

  private static String tagName(String html, int from, int end) {
    int i = from;
    if (i < end && (html.charAt(i) == '/' || html.charAt(i) == '!' || html.charAt(i) == '?')) {
      i++;
    }
    int s = i;
    while (i < end && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == ':')) {
      i++;
    }
    String name = html.substring(s, i).toLowerCase(Locale.ROOT);
    int colon = name.indexOf(':');
    return colon >= 0 ? name.substring(colon + 1) : name;
  }

  /** Decodes the entity at {@code i} into {@code out}; returns the index after it. */
  static int entity(String s, int i, StringBuilder out) {
    int end = i + 1;
    int limit = Math.min(s.length(), i + 12);
    while (end < limit && s.charAt(end) != ';' && s.charAt(end) != '&'
        && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    if (end >= s.length() || s.charAt(end) != ';') {
      out.append('&');
      return i + 1;
    }
    String name = s.substring(i + 1, end);
    String value = null;
    if (name.startsWith("#")) {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        if (Character.isValidCodePoint(cp) && cp != 0) {
          value = new String(Character.toChars(cp));
        }
      } catch (NumberFormatException e) {
        value = null;
      }
    } else {
      value = ENTITIES.get(name);
    }
    if (value == null) {
      out.append('&');
      return i + 1;
    }
    out.append(value);
    return end + 1;
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = DocumentBuilder.collapse(current.toString());
    if (!p.isEmpty()) {
      out.add(p);
    }
    current.setLength(0);
  }
}
