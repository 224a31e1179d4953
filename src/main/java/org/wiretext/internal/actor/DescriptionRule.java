package org.wiretext.internal.actor;

import java.util.Set;

/**
 * Descriptions that may stand for a person named just after: "a NATO spokesman has said"
 * before "Jane Roe told reporters", "the EU foreign policy chief" before a quotation that
 * "John Doe told journalists". The rule only notes each determiner-and-title phrase that no
 * name follows at once (those are the titles {@link PersonNameRule} reads) and where
 * sentences begin, outside quotations (inside one, "the president" is whom the speaker talks
 * about); {@link DescriptionLinker} decides, once every name is known, which
 * description goes with which person.
 */
final class DescriptionRule implements ActorRule {


  /** A title phrase after an article, at {@code range} in the text. */
  record Description(org.wiretext.internal.text.TextRange range, String title, String surface) {}

  @Override
  public void apply(Scan scan, Recognition rec) {
    if (scan.headline) {
      return;
    }
    int prevWord = -1;
    boolean quoted = false;
    for (int i = 0; i < scan.size(); i++) {
      // most tokens are words that are no article: read from the scan's arrays, not the token
      if (!scan.word(i)) {
        Token t = scan.token(i);
        if (t.is("\"")) {
          quoted = !quoted;
        }
        if (sentenceEnd(t.text())) {
          prevWord = -2;
        }
        continue;
      }
      if (i == 0 || prevWord == -2) {
        rec.sentenceBoundaries.add(scan.token(i).start());
      }
      prevWord = i;
      if (quoted || !scan.is(i, Lexicons.ARTICLES) || scan.claimed(i) || scan.isPerson(i + 1)) {
        continue;
      }
      int end = longestTitle(scan, i + 1, rec.lex);
      if (end < 0) {
        continue;
      }
      rec.descriptions.add(new Description(scan.span(i, end), rec.slice(scan.span(i + 1, end)),
          rec.slice(scan.span(i, end))));
    }
  }

  /** The articles, in lower case; a token is one in any case ({@link Lexicons#ARTICLES}). */
  static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** ".", "!" or "?". */
  private static boolean sentenceEnd(String s) {
    if (s.length() != 1) {
      return false;
    }
    char c = s.charAt(0);
    return c == '.' || c == '!' || c == '?';
  }

  /**
   * The end of the longest title starting at {@code from} that no name or comma apposition
   * follows, or -1.
   */
  private static int longestTitle(Scan scan, int from, Lexicons lex) {
    int max = Math.min(scan.size(), from + TitlePhrases.WINDOW);
    if (!TitlePhrases.mayStart(scan, from, lex)) {
      return -1; // most words after an article: no window can hold a title
    }
    if (!TitlePhrases.headWithin(scan, from, max, lex)) {
      return -1;
    }
    for (int b = max; b > from; b--) {
      if (!TitlePhrases.isTitle(scan, from, b, lex)) {
        continue;
      }
      if (b < scan.size()) {
        Token next = scan.token(b);
        if (scan.isPerson(b) || next.capitalized() || next.is(",") && scan.isPerson(b + 1)) {
          return -1; // "the minister Jane Roe", "the minister, Jane Roe,": a title, read elsewhere
        }
      }
      return b;
    }
    return -1;
  }
}
