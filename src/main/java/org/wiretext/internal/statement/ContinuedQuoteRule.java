package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.model.StatementKind;

/**
 * A quotation that carries no attribution and goes on with the previous speaker: the second
 * half of {@code "A," she said, "B."} (same speaker and cue), and a paragraph that opens
 * with a quotation of a full sentence or more (cue null, as the annotation guide says).
 */
final class ContinuedQuoteRule implements QuoteRule {

  private static final int MIN_WORDS = 5;
  /** At most this many tokens (the rest of an attribution) between the two quotations. */
  private static final int MAX_GAP = 16;

  @Override
  public Optional<Found> tryAttribute(ParagraphText pt, ParagraphText.QuoteTokens q, List<Found> earlier) {
    if (!q.closesHere() || !q.opensHere() && q.afterToken() < 0) {
      return Optional.empty();
    }
    int open = q.opensHere() ? q.openToken() : 0;
    if (!earlier.isEmpty()) {
      Found last = earlier.get(earlier.size() - 1);
      if (last.kind() == StatementKind.DIRECT && last.claimed().isPresent() && q.opensHere()) {
        int gap = last.claimed().get().to();
        boolean adjacent = gap <= open && open - gap <= MAX_GAP;
        for (int i = gap; i < open && adjacent; i++) {
          adjacent = pt.lexicon.cueAt(pt.tokens, i).isEmpty();
        }
        if (adjacent) {
          return Optional.of(new Found(StatementKind.DIRECT, q.quote().inner(), Optional.empty(),
              last.cue(), last.channel(), List.of(), true,
              Optional.of(new TokenSpan(open, q.afterToken()))));
        }
      }
    }
    if (!startsSentence(pt, open) || words(q) < MIN_WORDS || titleCase(pt, q)) {
      return Optional.empty();
    }
    return Optional.of(new Found(StatementKind.DIRECT, q.quote().inner(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), true,
        Optional.of(new TokenSpan(open, q.afterToken()))));
  }

  /** The quotation opens its paragraph or follows a sentence's final stop. */
  private static boolean startsSentence(ParagraphText pt, int open) {
    if (open == 0) {
      return true;
    }
    int i = open - 1;
    while (i > 0 && open - i < 3 && pt.isQuoteMark(i)) {
      i--;
    }
    Token t = pt.tok(i);
    return t.isPunct('.') || t.isPunct('?') || t.isPunct('!');
  }

  /** Every word capitalised: a title or a name ("Meet the Press"), not speech. */
  private static boolean titleCase(ParagraphText pt, ParagraphText.QuoteTokens q) {
    if (!q.opensHere() || q.closeToken() < 0) {
      return false;
    }
    for (int i = q.openToken() + 1; i < q.closeToken(); i++) {
      Token t = pt.tok(i);
      if (t.word() && !t.capitalised() && t.lower().length() > 3) {
        return false;
      }
    }
    return true;
  }

  /** About how many words the quotation has (news English averages six characters a word). */
  private static int words(ParagraphText.QuoteTokens q) {
    return q.quote().inner().length() / 6;
  }
}
