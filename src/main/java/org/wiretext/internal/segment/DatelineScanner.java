package org.wiretext.internal.segment;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the dateline that opens a wire story's first paragraph. The forms it knows:
 * <pre>
 *   PLACE[, Qualifier][, Month Day[, Year]] [(AGENCY)] DASH
 *   WASHINGTON, March 3 -          PEKING, March 31 -            MIDWAY ATOLL -
 *   BUCHAREST, Romania (CNN) --    YANGON/NAYPYITAW (Reuters) -  Berlin (dpa) -
 *   HEMPSTEAD, N.Y., Sept. 26 (UPI) --                             (CNN) --
 * </pre>
 * A place in ordinary capitalisation must come with a date or an agency, so that a sentence
 * such as "Tony Blair - who ..." is not read as a dateline; an ALL-CAPS place needs only the
 * dash. The scan looks at most 160 characters, so it is constant time on any paragraph.
 */
final class DatelineScanner {

  private static final int WINDOW = 160;

  /**
   * A dateline found at the start of a paragraph.
   *
   * @param end index just after the dash
   * @param place the place as written, or empty when the paragraph opens with "(AGENCY) --"
   * @param date ISO date, "--MM-DD" when the year is not given
   * @param agency the agency in parentheses, as written
   */
  record Match(int end, String place, Optional<String> date, Optional<String> agency) {}

  private final Lexicons lex;

  DatelineScanner(Lexicons lex) {
    this.lex = lex;
  }

  /** The dateline at {@code start} of {@code source} (scanning its folded view), if any. */
  Optional<Match> scan(String original, String folded, int start, int limit) {
    if (!hasDash(folded, start, Math.min(limit, start + WINDOW))) {
      // every dateline ends with a dash in the window (see the end of read): without one, the
      // words need not be read, nor looked up as months
      return Optional.empty();
    }
    return read(original, folded, start, limit);
  }

  /** {@link #scan} without its test for a dash: the words read one by one. */
  Optional<Match> read(String original, String folded, int start, int limit) {
    int max = Math.min(limit, start + WINDOW);
    int p = start;
    boolean allCaps = true;
    int tokens = 0;
    int placeEnd = start;
    while (tokens < 6) {
      int t = token(folded, p, max);
      if (t == p) {
        break;
      }
      // a month ends the place, but not as its first word (where it is not looked up)
      if (tokens > 0 && lex.month(folded.substring(p, t)).isPresent()) {
        break;
      }
      if (hasLowerCase(folded, p, t)) {
        allCaps = false;
      }
      tokens++;
      p = t;
      placeEnd = t;
      if (p + 1 < max && (folded.charAt(p) == '/' || folded.charAt(p) == ' ')
          && Character.isUpperCase(folded.charAt(p + 1))) {
        p++;
        continue;
      }
      break;
    }
    p = placeEnd;
    if (tokens >= 6) {
      return Optional.empty();
    }
    String date = null;
    boolean qualified = false;
    while (tokens > 0 && date == null && p + 2 < max && folded.charAt(p) == ',' && folded.charAt(p + 1) == ' ') {
      int q = p + 2;
      int t = token(folded, q, max);
      if (t == q) {
        break;
      }
      Optional<Integer> month = lex.month(folded.substring(q, t));
      if (month.isPresent()) {
        int[] dayEnd = dayAndYear(folded, t, max);
        if (dayEnd == null) {
          break;
        }
        date = (dayEnd[1] > 0 ? zeroPadded(dayEnd[1], 4) : "-") + "-"
            + zeroPadded(month.get(), 2) + "-" + zeroPadded(dayEnd[0], 2);
        p = dayEnd[2];
        break;
      }
      if (qualified) {
        break;
      }
      // a qualifier: "Romania", "N.Y.", "New Mexico"
      int e = t;
      int n = 1;
      while (n < 3 && e + 1 < max && folded.charAt(e) == ' ' && Character.isUpperCase(folded.charAt(e + 1))) {
        int t2 = token(folded, e + 1, max);
        if (t2 == e + 1 || lex.month(folded.substring(e + 1, t2)).isPresent()) {
          break;
        }
        e = t2;
        n++;
      }
      qualified = true;
      placeEnd = e;
      p = e;
    }
    String agency = null;
    int a = p;
    if (a < max && folded.charAt(a) == ' ' && tokens > 0) {
      a++;
    }
    if (a < max && folded.charAt(a) == '(') {
      int close = -1;
      for (int i = a + 1; i < Math.min(max, a + 32); i++) {
        char c = folded.charAt(i);
        if (c == ')') {
          close = i;
          break;
        }
        if (c == '(' || c == '\n' || c == '\r') {
          break;
        }
      }
      if (close > a + 1 && Character.isLetter(folded.charAt(a + 1))) {
        agency = original.substring(a + 1, close).strip();
        p = close + 1;
      }
    }
    if (tokens == 0 && agency == null) {
      return Optional.empty();
    }
    int d = p;
    while (d < max && TextShapes.isHorizontalBlank(folded.charAt(d))) {
      d++;
    }
    int dashStart = d;
    while (d < max && isDash(folded.charAt(d))) {
      d++;
    }
    if (d == dashStart || d - dashStart > 3 || d >= limit || !TextShapes.isBlank(folded.charAt(d))) {
      return Optional.empty();
    }
    // a date or an agency makes a dateline whatever the place looks like: its letters are
    // counted only when there is neither
    if (date == null && agency == null && !(allCaps && tokens > 0 && letters(folded, start, placeEnd) >= 3)) {
      return Optional.empty();
    }
    String place = tokens > 0 ? original.substring(start, placeEnd) : "";
    return Optional.of(new Match(d, place, Optional.ofNullable(date), Optional.ofNullable(agency)));
  }

  /** Whether a {@link #isDash dash} is among the characters {@code [from, to)} of {@code s}. */
  static boolean hasDash(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isDash(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212';
  }

  /** End of a capitalised word ("PEKING", "N.Y.", "Sept.", "Bosnia-Herzegovina") at p, or p. */
  private static int token(String s, int p, int max) {
    if (p >= max || !Character.isUpperCase(s.charAt(p))) {
      return p;
    }
    int i = p + 1;
    while (i < max) {
      char c = s.charAt(i);
      if (Character.isLetter(c) || c == '.' || c == '\'' || c == '&'
          || (c == '-' && i + 1 < max && Character.isLetter(s.charAt(i + 1)))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** After a month word at p: " 31" and optionally ", 1987"; {day, year or -1, end}. */
  private static int[] dayAndYear(String s, int p, int max) {
    if (p + 1 >= max || s.charAt(p) != ' ' || !Character.isDigit(s.charAt(p + 1))) {
      return null;
    }
    int i = p + 1;
    int day = 0;
    while (i < max && Character.isDigit(s.charAt(i)) && i - p <= 2) {
      day = day * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (day < 1 || day > 31 || (i < max && Character.isDigit(s.charAt(i)))) {
      return null;
    }
    int year = -1;
    if (i + 6 <= max && s.charAt(i) == ',' && s.charAt(i + 1) == ' ') {
      int y = 0;
      int j = i + 2;
      while (j < max && j < i + 6 && Character.isDigit(s.charAt(j))) {
        y = y * 10 + (s.charAt(j) - '0');
        j++;
      }
      if (j == i + 6 && (j >= max || !Character.isDigit(s.charAt(j))) && y >= 1800) {
        year = y;
        i = j;
      }
    }
    return new int[] {day, year, i};
  }

  private static boolean hasLowerCase(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int letters(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** {@code n} with leading zeros to {@code width} digits, as {@code %0Nd} (without a Formatter). */
  static String zeroPadded(int n, int width) {
    if (n < 0) {
      return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
