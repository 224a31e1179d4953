package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Frame;
import org.wiretext.model.StatementKind;

/**
 * {@code According to X, CLAUSE.} and {@code CLAUSE, according to X.}: the source phrase
 * names the speaker, the rest of the sentence is what was said.
 */
final class AccordingToRule implements ClauseRule {

  /** {@inheritDoc} A cue of a source, "according to", opens what it reads. */
  @Override
  public int needs() {
    return SOURCE_CUE;
  }

  @Override
  public Optional<Found> tryMatch(ParagraphText pt, int sentence) {
    int sf = pt.sentenceFrom(sentence);
    int se = pt.sentenceTo(sentence);
    int firstReport = -1;
    for (int i = sf; i < se; i++) {
      if (pt.claimed[i] || pt.inQuote[i]) {
        continue;
      }
      Optional<SpeechLexicon.Match<SpeechLexicon.Cue>> c = pt.cueAt(i);
      if (c.isEmpty() || c.get().value().frame() != Frame.SOURCE) {
        continue;
      }
      int to = c.get().to();
      TokenSpan speaker = sourcePhrase(pt, to, se);
      if (speaker.isEmpty()) {
        continue;
      }
      boolean leading = onlyConjunctionsBefore(pt, sf, i);
      if (leading && speaker.to() < se && pt.tok(speaker.to()).isPunct(',')) {
        int from = speaker.to() + 1;
        int end = Content.end(pt, from, se);
        if (end - from >= 3) {
          return Optional.of(found(pt, from, end, speaker, i, to, sf, se));
        }
      }
      boolean setOff = i > sf && (pt.tok(i - 1).isPunct(',') || Phrases.isDash(pt.tok(i - 1)));
      if (!setOff) {
        continue;
      }
      int from = sf;
      while (from < i && !pt.tok(from).word() && !pt.inQuote[from]) {
        from++;
      }
      int after = speaker.to();
      if (firstReport < 0) {
        firstReport = firstReportCue(pt, sf, se); // once per call: linear in the sentence
      }
      boolean reportBefore = firstReport < i;
      boolean middle = !reportBefore && after + 1 < se && pt.tok(after).isPunct(',')
          && goesOn(pt.tok(after + 1));
      if (middle && i - 1 > from) {
        // "The pier, according to officials, will cost more": the sentence is what was said
        int end = se;
        while (end > from && !pt.tok(end - 1).word() && !pt.inQuote[end - 1] && !pt.isQuoteMark(end - 1)) {
          end--;
        }
        return Optional.of(found(pt, from, end, speaker, i, to, sf, se));
      }
      boolean trailing = restIsPunct(pt, after, se) || !reportBefore && pt.tok(after).isPunct(',');
      int end = i - 1;
      while (end > from && !pt.tok(end - 1).word() && !pt.inQuote[end - 1] && !pt.isQuoteMark(end - 1)) {
        end--; // the rest of a dash: "wrong -- according to X"
      }
      if (trailing && end - from >= 3) {
        // "CLAUSE, according to X." and "CLAUSE, according to X, more than twice ..."
        return Optional.of(found(pt, from, end, speaker, i, to, sf, se));
      }
    }
    return Optional.empty();
  }

  /** A source phrase holds at most this many tokens ("a 52-count complaint filed by ..."). */
  private static final int MAX_SOURCE = 30;

  /**
   * The source after "according to": everything up to the next comma, the sentence's end or a
   * quotation, whatever its words ("federal statistics", "a new report by the Ledger");
   * empty when it holds no word or runs on too long.
   */
  private static TokenSpan sourcePhrase(ParagraphText pt, int from, int se) {
    int e = from;
    while (e < se && e - from <= MAX_SOURCE && !pt.tok(e).isPunct(',') && !pt.inQuote[e]
        && !pt.isQuoteMark(e) && !pt.tok(e).isPunct(';') && !pt.tok(e).isPunct(':')) {
      e++;
    }
    if (e - from > MAX_SOURCE) {
      return new TokenSpan(from, from);
    }
    int end = e;
    while (end > from && !pt.tok(end - 1).word()) {
      end--; // the sentence's full stop
    }
    boolean closes = e >= se || pt.tok(e).isPunct(',') || pt.tok(e).isPunct(';') || pt.tok(e).isPunct(':');
    return end > from && closes ? new TokenSpan(from, end) : new TokenSpan(from, from);
  }

  private static Found found(ParagraphText pt, int from, int end, TokenSpan speaker, int cue,
      int cueTo, int sf, int se) {
    return new Found(StatementKind.INDIRECT, pt.text(from, end), Optional.of(speaker),
        Optional.of(pt.text(cue, cueTo)), Optional.empty(), List.of(), false,
        Optional.of(new TokenSpan(sf, se)));
  }

  /** Whether the words after ", according to X," carry the sentence on: a verb or "and". */
  private static boolean goesOn(Token t) {
    return t.word() && !t.capitalised() && (Content.FINITE_AUX.contains(t.lower()) || t.is("and") || t.is("but")
        || t.lower().endsWith("ed"));
  }

  private static boolean onlyConjunctionsBefore(ParagraphText pt, int sf, int i) {
    for (int k = sf; k < i; k++) {
      Token t = pt.tok(k);
      if (t.word() && !isConjunction(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first cue of reported speech in the sentence ({@code se} when none): a source after
   * it ("X said that A, but, according to him, B") goes on with X's report, which the other
   * rules take whole.
   */
  private static int firstReportCue(ParagraphText pt, int sf, int se) {
    for (int k = sf; k < se; k++) {
      if (!pt.inQuote[k] && pt.cueAt(k)
          .filter(c -> c.value().frame() != Frame.SOURCE).isPresent()) {
        return k;
      }
    }
    return se;
  }

  private static boolean isConjunction(Token t) {
    return t.is("but") || t.is("and") || t.is("yet") || t.is("so") || t.is("however");
  }

  private static boolean restIsPunct(ParagraphText pt, int from, int se) {
    for (int k = from; k < se; k++) {
      if (pt.tok(k).word()) {
        return false;
      }
    }
    return true;
  }
}
