package org.wiretext.internal.bid;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the date of a step from a sentence's tokens, as an ISO 8601 string as precise as
 * written: "in July 1986" gives "1986-07", "on February 24" gives "2022-02-24" when the
 * article's date says the year, "in 2013" gives "2013", "last year", "this week" (an ISO week,
 * "2022-W09"), "yesterday", "tomorrow" resolve against the article's date. A date that needs
 * the article's date when it has none (a month and day without a year, "last year") gives
 * nothing rather than a partial form that is not ISO 8601.
 */
final class DateResolver {
  private static final WordSet YEAR_PREPOSITIONS = WordSet.of("in", "since", "of", "by");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  /** Words before a month name alone that make it a date ("in March"), not a name or a modal. */
  private static final WordSet MONTH_LEAD = WordSet.of("in", "since", "until", "by", "last", "early", "late", "mid", "from");

  private final Integer refYear;
  private final LocalDate refDate;

  /** @param articleDate the article's ISO date or date-time ("2022-03-01", "2022"), or null */
  DateResolver(String articleDate) {
    Integer year = null;
    LocalDate date = null;
    // a date without a year ("--03-27" from a dateline) is common: tested first, not thrown
    if (articleDate != null && articleDate.length() >= 4 && parsesAsInt(articleDate, 4)) {
      try {
        year = Integer.parseInt(articleDate.substring(0, 4));
        if (articleDate.length() >= 10) {
          date = LocalDate.parse(articleDate.substring(0, 10));
        }
      } catch (NumberFormatException | DateTimeException e) {
        // keep what could be read
      }
    }
    this.refYear = year;
    this.refDate = date;
  }

  /**
   * Whether {@link Integer#parseInt} reads the first {@code n} (at most nine) characters of
   * {@code s}: an optional sign, then digits only (any script's, as {@link Character#digit}).
   */
  static boolean parsesAsInt(String s, int n) {
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    if (i == n) {
      return false;
    }
    for (; i < n; i++) {
      if (Character.digit(s.charAt(i), 10) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The first date written in tokens {@code [from, to)} of {@code s}. */
  Optional<String> find(SentenceTokens s, int from, int to) {
    for (int k = from; k < to && k < s.size(); k++) {
      Token t = s.get(k);
      if (t.isActor()) {
        continue;
      }
      Integer month = MONTHS.get(t.word());
      if (month != null && t.capitalised()) {
        Optional<String> d = monthDate(s, k, month);
        if (d.isPresent()) {
          return d;
        }
        continue;
      }
      Integer year = year(t);
      if (year != null && s.isAnyWord(k - 1, YEAR_PREPOSITIONS)) {
        return Optional.of(String.valueOf(year));
      }
      Optional<String> rel = relative(s, k);
      if (rel.isPresent()) {
        return rel;
      }
    }
    return Optional.empty();
  }

  private Optional<String> monthDate(SentenceTokens s, int k, int month) {
    Integer day = null;
    Integer year = null;
    if (k + 1 < s.size() && day(s.get(k + 1)) != null) {
      day = day(s.get(k + 1));
      int y = s.isWord(k + 2, ",") ? k + 3 : k + 2;
      year = y < s.size() ? year(s.get(y)) : null;
    } else if (k > 0 && day(s.get(k - 1)) != null) {
      day = day(s.get(k - 1));
      year = k + 1 < s.size() ? year(s.get(k + 1)) : null;
    } else if (k + 1 < s.size() && year(s.get(k + 1)) != null) {
      year = year(s.get(k + 1));
    } else if (s.isWord(k + 1, "of") && s.isWord(k + 2, "this") && s.isWord(k + 3, "year")) {
      year = refYear;
      if (year == null) {
        return Optional.empty();
      }
    }
    if (year == null && day == null && !s.isAnyWord(k - 1, MONTH_LEAD)) {
      return Optional.empty();
    }
    if (year == null) {
      year = refYear;
      if (year == null) {
        return Optional.empty();
      }
    }
    if (day == null) {
      return Optional.of(String.format("%04d-%02d", year, month));
    }
    try {
      return Optional.of(LocalDate.of(year, month, day).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<String> relative(SentenceTokens s, int k) {
    String w = s.get(k).word();
    if (w.equals("year") && refYear != null) {
      if (s.isWord(k - 1, "last")) {
        return Optional.of(String.valueOf(refYear - 1));
      }
      if (s.isWord(k - 1, "this")) {
        return Optional.of(String.valueOf(refYear));
      }
      if (s.isWord(k - 1, "next")) {
        return Optional.of(String.valueOf(refYear + 1));
      }
    }
    if (refDate == null) {
      return Optional.empty();
    }
    switch (w) {
      case "yesterday":
        return Optional.of(refDate.minusDays(1).toString());
      case "today":
        return Optional.of(refDate.toString());
      case "tomorrow":
        return Optional.of(refDate.plusDays(1).toString());
      case "week":
        if (s.isWord(k - 1, "this")) {
          return Optional.of(isoWeek(refDate));
        }
        if (s.isWord(k - 1, "last")) {
          return Optional.of(isoWeek(refDate.minusWeeks(1)));
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static String isoWeek(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static Integer day(Token t) {
    if (t.isActor() || !t.isNumber() || t.word().length() > 2 || !t.word().chars().allMatch(Character::isDigit)) {
      return null;
    }
    int d = Integer.parseInt(t.word());
    return d >= 1 && d <= 31 ? d : null;
  }

  private static Integer year(Token t) {
    if (t.isActor() || t.word().length() != 4 || !t.word().chars().allMatch(Character::isDigit)) {
      return null;
    }
    int y = Integer.parseInt(t.word());
    return y >= 1900 && y <= 2100 ? y : null;
  }
}
