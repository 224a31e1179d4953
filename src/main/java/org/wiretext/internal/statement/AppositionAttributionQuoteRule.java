package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Cue;
import org.wiretext.internal.statement.SpeechLexicon.Frame;
import org.wiretext.internal.statement.SpeechLexicon.Match;
import org.wiretext.model.StatementKind;

/**
 * A quotation whose speaker is named with a long description before the cue:
 * {@code "...," Jane Roe, a senior fellow at an institute and a former ambassador, said.}
 * The description is too long for {@link TrailingAttributionQuoteRule}'s subject; here the
 * name must follow the quotation at once and the cue must follow the description's closing
 * comma. The speaker phrase is the name with its description, as annotators mark it.
 */
final class AppositionAttributionQuoteRule implements QuoteRule {

  private static final int MAX_NAME = 6;
  private static final int MAX_DESCRIPTION = 45;

  @Override
  public Optional<Found> tryAttribute(ParagraphText pt, ParagraphText.QuoteTokens q, List<Found> earlier) {
    if (q.afterToken() < 0) {
      return Optional.empty();
    }
    int limit = TrailingAttributionQuoteRule.limit(pt, q);
    int w = q.afterToken();
    while (w < limit && (pt.tok(w).isPunct(',') || pt.tok(w).isPunct('-'))) {
      w++;
    }
    int n = w;
    while (n < limit && n - w < MAX_NAME && (pt.tok(n).word() && pt.tok(n).capitalised()
        || pt.tok(n).isPunct('.') && n > w && pt.tok(n - 1).lower().length() <= 3)) {
      n++;
    }
    if (n == w || n >= limit || !pt.tok(n).isPunct(',') || n - w < 2 && !pt.tok(w).capitalised()) {
      return Optional.empty();
    }
    if (pt.cueAt(w).isPresent()) {
      return Optional.empty(); // "said Jane Roe, ..." is the trailing rule's
    }
    for (int k = n + 2; k < limit && k - n <= MAX_DESCRIPTION; k++) {
      if (!pt.tok(k - 1).isPunct(',')) {
        continue;
      }
      int c = k;
      while (c < limit && pt.tok(c).in(WordClass.AUX)) {
        c++;
      }
      Optional<Match<Cue>> cue = c < limit ? pt.cueAt(c) : Optional.empty();
      if (cue.isEmpty() || cue.get().value().frame() == Frame.READS
          || cue.get().value().frame() == Frame.OBJECT) {
        continue;
      }
      TokenSpan speaker = new TokenSpan(w, k - 1);
      int from = q.opensHere() ? q.openToken() : 0;
      return Optional.of(new Found(StatementKind.DIRECT, q.quote().inner(), Optional.of(speaker),
          Optional.of(pt.text(k, cue.get().to())), Adjuncts.channel(pt, cue.get().to(), limit),
          List.of(), false, Optional.of(new TokenSpan(from, cue.get().to()))));
    }
    return Optional.empty();
  }
}
