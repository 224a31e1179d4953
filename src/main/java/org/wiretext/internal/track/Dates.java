package org.wiretext.internal.track;

import java.util.Comparator;
import org.wiretext.model.Article;

/** Article dates as the tracker uses them: ISO 8601 strings as precise as known. */
final class Dates {

  private Dates() {}

  /**
   * Dated first, in date order (ISO 8601 strings with a year sort as dates); then dates without
   * a year ("--05-04") and absent dates, which cannot be placed in time.
   */
  static final Comparator<String> ORDER = Comparator
      .comparing((String d) -> hasYear(d) ? 0 : 1)
      .thenComparing(d -> d == null ? "" : d);

  /** The publication date (without its time), else the dateline's date, else null. */
  static String ofArticle(Article a) {
    if (a.published().isPresent()) {
      String p = a.published().get();
      int t = p.indexOf('T');
      return t > 0 ? p.substring(0, t) : p;
    }
    return a.dateline().flatMap(d -> d.date()).orElse(null);
  }

  /** Whether the date starts with a four-digit year, so that it can be ordered in time. */
  static boolean hasYear(String d) {
    if (d == null || d.length() < 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (d.charAt(i) < '0' || d.charAt(i) > '9') {
        return false;
      }
    }
    return d.length() == 4 || d.charAt(4) == '-';
  }
}
