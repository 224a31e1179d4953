package org.wiretext.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wiretext.model.Format;
import org.wiretext.model.RegionKind;

/**
 * One IPTC 7901 message: the header line ({@code source+number priority category wordcount
 * keywords}) and keyword lines ending in {@code /} into metadata ({@code source},
 * {@code number}, {@code priority}, {@code category}, {@code wordCount}, {@code keywords});
 * the keyword line as the slug; the headline line ending {@code " ="}; an optional
 * {@code By ...} line; paragraphs separated by blank lines or indentation; the sign-off
 * initials and the {@code DDHHMM GMT Mon YY} trailer kept as furniture, the trailer's time as
 * the publication time.
 */
final class Iptc7901Message {
  private Iptc7901Message() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("mär", 3),
      Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("dez", 12));

  static WireDocument read(FramedReader.Message m) {
    DocumentBuilder d = new DocumentBuilder(Format.IPTC7901);
    d.warnings(m.warnings());
    String[] headerLines = FramedReader.spaced(m.header()).split("\n");
    StringBuilder keywords = new StringBuilder();
    boolean first = true;
    for (String l : headerLines) {
      if (l.isBlank()) {
        continue;
      }
      if (first) {
        first = false;
        String[] t = FramedReader.tokens(l);
        if (t.length > 0) {
          int digit = 0;
          while (digit < t[0].length() && !Character.isDigit(t[0].charAt(digit))) {
            digit++;
          }
          d.meta("source", t[0].substring(0, digit));
          d.meta("number", t[0].substring(digit));
        }
        String[] names = {null, "priority", "category", "wordCount"};
        for (int i = 1; i < t.length && i < names.length; i++) {
          d.meta(names[i], t[i]);
        }
        for (int i = names.length; i < t.length; i++) {
          keywords.append(keywords.length() > 0 ? " " : "").append(t[i]);
        }
        continue;
      }
      String k = l.strip();
      if (k.endsWith("/")) {
        k = k.substring(0, k.length() - 1).strip();
      }
      if (d.slug == null) {
        d.slug = k;
      }
      keywords.append(keywords.length() > 0 ? " / " : "").append(k);
    }
    d.meta("keywords", keywords.toString());

    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = null;
    boolean headlineDone = false;
    for (String raw : FramedReader.lines(m.text())) {
      String line = raw.stripTrailing();
      if (!headlineDone) {
        if (line.isBlank()) {
          continue;
        }
        String h = line.strip();
        if (h.endsWith("=")) {
          d.headline = h.substring(0, h.length() - 1).strip();
          d.block(RegionKind.HEADLINE, d.headline);
          headlineDone = true;
          continue;
        }
        headlineDone = true;
      }
      if (paragraphs.isEmpty() && current == null && line.strip().regionMatches(true, 0, "By ", 0, 3)
          && d.byline == null && line.strip().length() < 80) {
        d.byline = line.strip().substring(3).strip();
        d.block(RegionKind.BYLINE, line.strip());
        continue;
      }
      if (line.isBlank()) {
        if (current != null) {
          paragraphs.add(current.toString());
        }
        current = null;
      } else if (current == null || FramedReader.isIndented(line)) {
        if (current != null) {
          paragraphs.add(current.toString());
        }
        current = new StringBuilder(line.strip());
      } else {
        current.append('\n').append(line.strip());
      }
    }
    if (current != null) {
      paragraphs.add(current.toString());
    }
    int last = paragraphs.size();
    if (last > 1 && paragraphs.get(last - 1).indexOf('\n') < 0
        && FramedReader.looksLikeSignOff(paragraphs.get(last - 1))) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      d.paragraph(paragraphs.get(i));
    }
    for (int i = last; i < paragraphs.size(); i++) {
      d.block(RegionKind.FURNITURE, paragraphs.get(i));
    }
    for (String t : FramedReader.lines(m.trailer())) {
      if (!t.isBlank()) {
        String time = trailerTime(t.strip());
        if (time != null && d.published == null) {
          d.published = time;
        }
        d.block(RegionKind.FURNITURE, t);
      }
    }
    return d.build();
  }

  /** "101530 GMT Dez 26" to "2026-12-10T15:30Z"; null when the line is not a trailer. */
  static String trailerTime(String line) {
    String[] t = FramedReader.tokens(line);
    if (t.length < 4 || t[0].length() != 6 || !AnpaMessage.isDigits(t[0])
        || !t[1].equalsIgnoreCase("GMT") && !t[1].equalsIgnoreCase("UTC")) {
      return null;
    }
    String mon = t[2].length() >= 3 ? t[2].substring(0, 3).toLowerCase(java.util.Locale.ROOT) : "";
    Integer month = MONTHS.get(mon);
    if (month == null || !AnpaMessage.isDigits(t[3]) || t[3].length() != 2 && t[3].length() != 4) {
      return null;
    }
    String year = t[3].length() == 2 ? "20" + t[3] : t[3];
    return String.format(java.util.Locale.ROOT, "%s-%02d-%sT%s:%sZ", year, month,
        t[0].substring(0, 2), t[0].substring(2, 4), t[0].substring(4, 6));
  }
}
