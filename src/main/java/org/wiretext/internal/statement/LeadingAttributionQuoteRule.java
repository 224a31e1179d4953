package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Cue;
import org.wiretext.internal.statement.SpeechLexicon.Frame;
import org.wiretext.internal.statement.SpeechLexicon.Match;
import org.wiretext.model.StatementKind;

/**
 * A quotation introduced by its attribution: {@code X said: "..."}, {@code X said, "..."},
 * {@code X told reporters: "..."}, {@code X said "..."} when the quotation runs to the end of
 * the sentence (a shorter fragment inside a clause is mixed speech, left to the clause rules).
 */
final class LeadingAttributionQuoteRule implements QuoteRule {

  @Override
  public Optional<Found> tryAttribute(ParagraphText pt, ParagraphText.QuoteTokens q, List<Found> earlier) {
    if (!q.opensHere() || q.openToken() == 0) {
      return Optional.empty();
    }
    int j = q.openToken();
    boolean punct = false;
    while (j - 1 >= 0 && (pt.tok(j - 1).isPunct(':') || pt.tok(j - 1).isPunct(','))) {
      j--;
      punct = true;
    }
    int lo = Math.max(pt.sentenceStart(Math.max(0, j - 1)), lowBound(pt, q));
    for (int k = j - 1; k >= lo && k >= j - 8; k--) {
      Optional<Match<Cue>> c = pt.cueAt(k);
      if (c.isEmpty() || pt.claimed[k] || pt.inQuote[k]) {
        continue;
      }
      Cue cue = c.get().value();
      if (Naming.isNaming(cue.lemma())) {
        continue; // "what it calls "a hoax"": the quotation is the name given, not a report
      }
      int cueEnd = c.get().to();
      while (cueEnd < j && pt.tok(cueEnd).in(WordClass.TIME_WORD)) {
        cueEnd++;
      }
      boolean colon = j < q.openToken() && pt.tok(j).isPunct(':');
      // "said:", "said on Monday:", and a prepositional adjunct before a comma: "said in a
      // statement, "..."", "says of the mayor, "...""
      boolean adjunct = j - cueEnd <= 6 && Phrases.noVerbBetween(pt, cueEnd, j);
      int after = c.get().to();
      boolean prepositional = after < j && (pt.tok(after).in(WordClass.PREPOSITION)
          || pt.tok(after).is("of")) && pt.tok(j).isPunct(',');
      boolean adjacent = cueEnd == j || adjunct && (colon || prepositional);
      List<TokenSpan> addressees = List.of();
      if (!adjacent && cue.frame() == Frame.ADDRESSEE) {
        TokenSpan a = Phrases.subjectAfter(pt, c.get().to(), j);
        adjacent = a.to() == j;
        addressees = a.isEmpty() ? List.of() : List.of(a);
      }
      if (!adjacent || !punct && !runsToSentenceEnd(pt, q) && !SpeechLexicon.quotedOnly(cue)) {
        return Optional.empty();
      }
      int cueStart = Phrases.cueStart(pt, k, lo);
      if (k > lo && pt.tok(k - 1).is("to") || cueStart > lo && pt.tok(cueStart - 1).is("to")) {
        return Optional.empty(); // "have come to believe "..."": an infinitive reports nothing
      }
      // ", adding: "..."", also after a quotation that ends with its comma: "said 'no,' adding:"
      boolean participle = cueStart > 0 && (pt.tok(cueStart - 1).isPunct(',')
          || cueStart > 1 && pt.isQuoteMark(cueStart - 1) && pt.tok(cueStart - 2).isPunct(','))
          && pt.tok(k).lower().endsWith("ing");
      TokenSpan subject = Phrases.subjectBefore(pt,
          Phrases.phraseEnd(pt, Phrases.skipTimeLeft(pt, cueStart, lo), cueStart), lo);
      if (participle) {
        int end = q.closesHere() ? Math.max(q.afterToken(), q.openToken() + 1) : pt.size();
        // "Jane Roe attacked the plan, saying, "...": the main clause's subject, else the
        // previous speaker
        TokenSpan main = Phrases.mainClauseSubject(pt, pt.sentenceStart(cueStart - 1), cueStart - 1);
        return Optional.of(new Found(StatementKind.DIRECT, q.quote().inner(),
            main.isEmpty() ? Optional.empty() : Optional.of(main),
            Optional.of(pt.text(cueStart, c.get().to())), Optional.empty(), List.of(), main.isEmpty(),
            Optional.of(new TokenSpan(k, end))));
      }
      if (subject.isEmpty() && cueStart == pt.sentenceStart(k) && cue.frame() != Frame.SOURCE) {
        subject = Phrases.subjectAfter(pt, c.get().to(), j); // "Said Ellis: "...""
      }
      if (subject.isEmpty() && cue.frame() != Frame.SOURCE) {
        return Optional.empty();
      }
      if (cue.frame() == Frame.SOURCE) {
        subject = Phrases.subjectAfter(pt, c.get().to(), j);
      }
      Optional<String> channel = Adjuncts.channel(pt, lo, k);
      int end = q.closesHere() ? Math.max(q.afterToken(), q.openToken() + 1) : pt.size();
      return Optional.of(new Found(StatementKind.DIRECT, q.quote().inner(), Optional.of(subject),
          Optional.of(pt.text(cueStart, c.get().to())), channel, addressees, false,
          Optional.of(new TokenSpan(subject.isEmpty() ? k : Math.min(subject.from(), k), end))));
    }
    return Optional.empty();
  }

  private static int lowBound(ParagraphText pt, ParagraphText.QuoteTokens q) {
    // quotations do not overlap: the one before this one is the last to close before it
    int lo = Math.max(0, q.openToken() - 40);
    int i = q.openToken() - 1;
    while (i >= lo && !pt.isQuoteMark(i)) {
      i--;
    }
    return Math.max(0, i + 1);
  }

  private static boolean runsToSentenceEnd(ParagraphText pt, ParagraphText.QuoteTokens q) {
    if (!q.closesHere()) {
      return true;
    }
    int a = q.afterToken();
    if (a + 1 < pt.size() && pt.tok(a).isPunct(',') && pt.cueAt(a + 1).isPresent()) {
      return true; // said 'no,' adding ...
    }
    return a >= pt.size() || pt.tok(a).isPunct('.') || pt.sentenceOf[a] != pt.sentenceOf[q.openToken()];
  }
}
