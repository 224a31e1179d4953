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

  /**
   * A nickname between a given name and a surname: {@code Marcia "Cia" Price}, {@code
   * William "Bill" Hale}: one or two capitalised words with a capitalised name on each side.
   */
  private static boolean isNickname(ParagraphText pt, ParagraphText.QuoteTokens qt) {
    int open = qt.openToken();
    int after = qt.closeToken() + 1;
    if (after >= pt.size() || !pt.tok(open - 1).word() || !pt.tok(open - 1).capitalised()
        || !pt.tok(after).word() || !pt.tok(after).capitalised()) {
      return false;
    }
    int words = qt.closeToken() - open - 1;
    for (int i = open + 1; i < qt.closeToken(); i++) {
      if (!pt.tok(i).word() || !pt.tok(i).capitalised()) {
        return false;
      }
    }
    return words >= 1 && words <= 2;
  }
  private static final Set<String> BEFORE_TITLE = Set.of(
      "on", "in", "of", "at", "for", "from", "to", "with", "titled", "entitled", "called",
      "named", "dubbed", "'");

  static boolean is(ParagraphText pt, ParagraphText.QuoteTokens qt) {
    if (!qt.opensHere() || !qt.closesHere() || qt.closeToken() < 0 || qt.openToken() == 0) {
      return false;
    }
    if (isNickname(pt, qt)) {
      return true;
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
