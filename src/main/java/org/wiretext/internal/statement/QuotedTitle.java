package org.wiretext.internal.statement;

import java.util.Set;

/**
 * A quoted title of a show, book, film or song ({@code on Fox's "Morning Report"},
 * {@code an ad titled "Listen"}): every word capitalised, after a preposition, a possessive
 * or a naming verb. The annotation guide does not count quoted names as statements, so no
 * quote rule takes such a quotation.
 */
final class QuotedTitle {

  private QuotedTitle() {}

  private static final int MAX_WORDS = 8;
  private static final Set<String> BEFORE_TITLE = Set.of(
      "on", "in", "of", "at", "for", "from", "to", "with", "titled", "entitled", "called",
      "named", "dubbed", "'");

  static boolean is(ParagraphText pt, ParagraphText.QuoteTokens qt) {
    if (!qt.opensHere() || !qt.closesHere() || qt.closeToken() < 0 || qt.openToken() == 0) {
      return false;
    }
    Token before = pt.tok(qt.openToken() - 1);
    if (!(BEFORE_TITLE.contains(before.lower()) || before.word() && before.lower().endsWith("'s"))) {
      return false;
    }
    int words = 0;
    for (int i = qt.openToken() + 1; i < qt.closeToken(); i++) {
      Token t = pt.tok(i);
      if (!t.word()) {
        continue;
      }
      words++;
      if (!t.capitalised() && t.lower().length() > 3 || words > MAX_WORDS) {
        return false;
      }
    }
    return words > 0;
  }
}
