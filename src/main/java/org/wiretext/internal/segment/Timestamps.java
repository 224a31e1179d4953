package org.wiretext.internal.segment;

import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a line that is only a date and/or time, as news pages print them ("09:15 EST, 2 May
 * 2016", "March 4, 2013 7:49 p.m. ET", "2013-03-04", "6:05 p.m."), into ISO 8601 as precise as
 * written. A line with any other word is not a timestamp.
 */
final class Timestamps {

  /**
   * A parsed timestamp.
   *
   * @param iso ISO 8601: "2016-05-02T09:15-05:00", "2013-03-04", "--03-04", or "07:49" for a
   *     bare time
   * @param hasDate whether a month and day were given
   */
  record Stamp(String iso, boolean hasDate) {}

  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern COLON = Pattern.compile(":");

  private final Lexicons lex;

  Timestamps(Lexicons lex) {
    this.lex = lex;
  }

  /** The timestamp that {@code s} is, if the whole of it is one (at most 60 characters). */
  Optional<Stamp> parse(String s) {
    if (s.length() > 60 || !hasDigit(s)) {
      return Optional.empty();
    }
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = -1;
    int minute = 0;
    int second = -1;
    String zone = null;
    boolean pm = false;
    boolean am = false;
    String[] tokens = BLANKS.split(s.replace(',', ' ').replace('|', ' ').trim());
    for (String raw : tokens) {
      String t = raw;
      if (t.startsWith("(") && t.endsWith(")") && t.length() > 2) {
        t = t.substring(1, t.length() - 1);
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.equals("on") || lower.equals("at") || lower.equals("-") || lower.equals("\u2013")) {
        continue;
      }
      if (lower.equals("a.m.") || lower.equals("am")) {
        am = true;
        continue;
      }
      if (lower.equals("p.m.") || lower.equals("pm")) {
        pm = true;
        continue;
      }
      String suffix = lower.endsWith("a.m.") ? "a.m." : lower.endsWith("p.m.") ? "p.m."
          : lower.endsWith("am") ? "am" : lower.endsWith("pm") ? "pm" : null;
      if (suffix != null && lower.length() > suffix.length() && Character.isDigit(lower.charAt(0))) {
        int[] hm = time(lower.substring(0, lower.length() - suffix.length()));
        if (hm == null) {
          return Optional.empty();
        }
        hour = hm[0];
        minute = hm[1];
        pm = suffix.startsWith("p");
        am = !pm;
        continue;
      }
      if (lex.zones.containsKey(t.toUpperCase(Locale.ROOT)) && t.equals(t.toUpperCase(Locale.ROOT))) {
        zone = lex.zones.get(t.toUpperCase(Locale.ROOT));
        continue;
      }
      Optional<Integer> m = lex.month(t);
      if (m.isPresent()) {
        month = m.get();
        continue;
      }
      if (lex.isWeekday(t)) {
        continue;
      }
      if (t.indexOf(':') > 0) {
        int[] hm = time(t);
        if (hm == null) {
          return Optional.empty();
        }
        hour = hm[0];
        minute = hm[1];
        second = hm[2];
        continue;
      }
      if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
        Integer y = number(t.substring(0, 4));
        Integer mo = number(t.substring(5, 7));
        Integer d = number(t.substring(8, 10));
        if (y == null || mo == null || d == null) {
          return Optional.empty();
        }
        year = y;
        month = mo;
        day = d;
        continue;
      }
      String digits = stripOrdinal(lower);
      Integer n = number(digits);
      if (n == null) {
        return Optional.empty();
      }
      if (digits.length() == 4 && n >= 1800 && n <= 2200) {
        year = n;
      } else if (digits.length() <= 2 && n >= 1 && n <= 31 && day < 0) {
        day = n;
      } else if (digits.length() <= 2 && n <= 12 && (am || pm || hour < 0) && tokens.length > 1) {
        hour = n;
      } else {
        return Optional.empty();
      }
    }
    if ((am || pm) && hour < 0 && day > 0 && day <= 12 && month < 0) {
      hour = day; // "7 p.m."
      day = -1;
    }
    if (pm && hour >= 1 && hour < 12) {
      hour += 12;
    } else if (am && hour == 12) {
      hour = 0;
    }
    boolean hasDate = month >= 1 && month <= 12 && day >= 1 && day <= 31;
    boolean hasTime = hour >= 0 && hour < 24 && minute >= 0 && minute < 60;
    if (!hasDate && !hasTime) {
      return Optional.empty();
    }
    if (!hasDate && (day > 0 || month > 0 || year > 0)) {
      return Optional.empty();
    }
    StringBuilder iso = new StringBuilder();
    if (hasDate) {
      iso.append(year > 0 ? String.format(Locale.ROOT, "%04d", year) : "-")
          .append(String.format(Locale.ROOT, "-%02d-%02d", month, day));
      if (hasTime && year > 0) {
        iso.append('T');
      }
    }
    if (hasTime && (!hasDate || year > 0)) {
      iso.append(String.format(Locale.ROOT, "%02d:%02d", hour, minute));
      if (second >= 0) {
        iso.append(String.format(Locale.ROOT, ":%02d", second));
      }
      if (zone != null && hasDate) {
        iso.append(zone);
      }
    }
    return Optional.of(new Stamp(iso.toString(), hasDate));
  }

  /** "12th" gives "12"; anything else is returned as is. */
  private static String stripOrdinal(String t) {
    if (t.length() >= 3 && t.length() <= 4 && Character.isDigit(t.charAt(0))
        && (t.endsWith("st") || t.endsWith("nd") || t.endsWith("rd") || t.endsWith("th"))) {
      return t.substring(0, t.length() - 2);
    }
    return t;
  }

  /**
   * Whether {@code s} has a digit, as {@link Character#isDigit(char)} tells: below U+0080 only
   * {@code 0}-{@code 9} are, which two comparisons decide without the Unicode tables.
   */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  private static int[] time(String t) {
    String[] parts = COLON.split(t, -1);
    if (parts.length > 3) {
      return null;
    }
    Integer h = number(parts[0]);
    Integer m = parts.length > 1 ? number(parts[1]) : Integer.valueOf(0);
    Integer sec = parts.length > 2 ? number(parts[2]) : Integer.valueOf(-1);
    if (h == null || m == null || sec == null || h > 23 || m > 59 || parts[0].length() > 2
        || (parts.length > 1 && parts[1].length() != 2)) {
      return null;
    }
    return new int[] {h, m, sec};
  }

  private static Integer number(String t) {
    if (t.isEmpty() || t.length() > 4) {
      return null;
    }
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
