package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.model.StatementKind;

/**
 * The agencies' formula "X quoted Y as saying": Y is the speaker, and what was said follows
 * ("Interfax quoted the minister as saying (that) the talks would resume") or comes before
 * the formula ("The talks will resume, Interfax quoted the minister as saying."). The
 * passive "Y was quoted as saying" works the same way. The cue is the whole formula, written
 * with "..." in place of the speaker ("quoted ... as saying").
 */
final class QuotedAsSayingRule implements ClauseRule {

  static final Set<String> QUOTED = Set.of("quoted", "quotes", "quoting", "quote");
  /** The participles of saying after "as". */
  private static final Set<String> SAYING = Set.of(
      "saying", "telling", "writing", "stating", "adding", "warning", "arguing", "insisting");
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "is", "are", "been", "be");
  /** Tokens between "quoted" and "as" that a speaker phrase may take. */
  private static final int MAX_SPEAKER = 10;

  /** {@inheritDoc} The formula starts with a form of "quote". */
  @Override
  public int needs() {
    return ClauseRule.QUOTED;
  }

  @Override
  public Optional<Found> tryMatch(ParagraphText pt, int sentence) {
    int sf = pt.sentenceFrom(sentence);
    int se = pt.sentenceTo(sentence);
    for (int k = sf + 1; k < se; k++) {
      if (!pt.tok(k).in(WordClass.QUOTED) || pt.claimed[k] || pt.inQuote[k]) {
        continue;
      }
      int as = k + 1;
      while (as < se && as - k <= MAX_SPEAKER && !pt.tok(as).is("as") && !pt.inQuote[as]) {
        as++;
      }
      if (as + 1 >= se || !pt.tok(as).is("as") || !SAYING.contains(pt.tok(as + 1).lower())) {
        continue;
      }
      boolean passive = as == k + 1;
      int cueStart = passive && PASSIVE_AUX.contains(pt.tok(k - 1).lower()) ? k - 1 : k;
      TokenSpan speaker = passive ? Phrases.subjectBefore(pt, cueStart, sf) : new TokenSpan(k + 1, as);
      if (speaker.isEmpty() || passive && cueStart == k
          || !passive && !Phrases.looksNominal(pt, speaker.from(), speaker.to())) {
        continue;
      }
      int from = as + 2;
      if (from < se && pt.tok(from).is("that")) {
        from++;
      }
      int end = Content.end(pt, from, se);
      if (end - from >= 2) {
        return Optional.of(found(pt, from, end, speaker, cueStart, as + 2, passive ? speaker.from() : cueStart, end));
      }
      // the formula ends the sentence: what was said comes before it, up to its comma
      int subject = passive ? speaker.from() : Phrases.subjectBefore(pt, k, sf).from();
      int comma = subject - 1;
      if (comma <= sf || !pt.tok(comma).isPunct(',') && !pt.isQuoteMark(comma)) {
        continue;
      }
      int contentEnd = pt.isQuoteMark(comma) ? comma + 1 : comma;
      if (contentEnd - sf < 3) {
        continue;
      }
      return Optional.of(found(pt, sf, contentEnd, speaker, cueStart, as + 2, sf, se));
    }
    return Optional.empty();
  }

  private static Found found(ParagraphText pt, int from, int to, TokenSpan speaker, int cueFrom,
      int cueTo, int claimFrom, int claimTo) {
    StatementKind kind = TrailingAttributionClauseRule.hasQuote(pt, from, to)
        ? StatementKind.MIXED : StatementKind.INDIRECT;
    return new Found(kind, pt.text(from, to), Optional.of(speaker), Optional.of(pt.text(cueFrom, cueTo)),
        Optional.empty(), List.of(), false, Optional.of(new TokenSpan(claimFrom, claimTo)));
  }
}
