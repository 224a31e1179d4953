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
  /** At most this many tokens of the writer's words after a quotation a mixed fragment takes. */
  private static final int MAX_CARRIED_ON = 40;
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
          adjacent = pt.cueAt(i).isEmpty();
        }
        if (adjacent) {
          return continued(pt, q, open, last.cue(), last.channel());
        }
      }
    }
    if (!startsSentence(pt, open) || words(q) < MIN_WORDS || titleCase(pt, q) || goesOn(pt, q)) {
      return Optional.empty();
    }
    return continued(pt, q, open, Optional.empty(), Optional.empty());
  }

  /**
   * The quotation as the previous speaker's: direct, or, when the sentence goes on in the
   * writer's words after it ({@code "..." for the top bracket.}), mixed up to the sentence's
   * end. Empty when a cue of its own follows in the sentence: the clause rules take it whole.
   */
  private static Optional<Found> continued(ParagraphText pt, ParagraphText.QuoteTokens q, int open,
      Optional<org.wiretext.internal.text.TextRange> cue, Optional<String> channel) {
    if (!goesOn(pt, q)) {
      return Optional.of(new Found(StatementKind.DIRECT, q.quote().inner(), Optional.empty(),
          cue, channel, List.of(), true, Optional.of(new TokenSpan(open, q.afterToken()))));
    }
    int se = pt.sentenceEnd(q.afterToken());
    if (se - q.afterToken() > MAX_CARRIED_ON) {
      return Optional.empty(); // a long sentence after the quotation: the clause rules take it
    }
    for (int i = q.afterToken(); i < se; i++) {
      if (pt.cueAt(i).isPresent()) {
        return Optional.empty();
      }
    }
    int end = se;
    while (end > q.afterToken() && !pt.tok(end - 1).word() && !pt.isQuoteMark(end - 1)) {
      end--;
    }
    return Optional.of(new Found(StatementKind.MIXED, pt.text(open, end), Optional.empty(),
        cue, channel, List.of(), true, Optional.of(new TokenSpan(open, se))));
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

  /**
   * The sentence goes on in the writer's words after the closing mark ({@code "You pushed
   * them to the limit" to lift the price, she said}): the quotation is a fragment of reported
   * speech, which the clause rules take whole.
   */
  private static boolean goesOn(ParagraphText pt, ParagraphText.QuoteTokens q) {
    int a = q.afterToken();
    return q.closeToken() >= 0 && a >= 0 && a < pt.size() && pt.tok(a).word() && !pt.tok(a).capitalised()
        && !pt.tok(a).in(WordClass.SUBJECT_PRONOUN_FORM) && pt.cueAt(a).isEmpty();
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
