package org.wiretext.internal.statement;

import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Cue;
import org.wiretext.internal.statement.SpeechLexicon.Frame;
import org.wiretext.internal.statement.SpeechLexicon.Match;
import org.wiretext.internal.text.TextRange;

/**
 * An attribution that ends its paragraph with a colon and so introduces the paragraph after
 * it: {@code The minister told reporters:} above a quotation paragraph, or above a block
 * quotation set without quotation marks. The next paragraph's opening quotation (or the
 * whole block) is then that speaker's statement, with that cue.
 */
final class ColonIntroduction {

  /** How many tokens the cue can be from the colon ("said in a statement on Monday:"). */
  private static final int MAX_CUE_TO_COLON = 8;

  /** The speaker phrase and the cue as written. */
  record Intro(TokenSpan subject, TextRange cue, Optional<String> channel) {}

  private ColonIntroduction() {}

  /** The introduction that ends {@code pt}, if its last sentence is one. */
  static Optional<Intro> at(ParagraphText pt) {
    int colon = pt.size() - 1;
    if (colon < 2 || !pt.tok(colon).isPunct(':') || pt.inQuote[colon - 1]) {
      return Optional.empty();
    }
    int lo = pt.sentenceStart(colon);
    for (int k = colon - 1; k >= lo && k >= colon - MAX_CUE_TO_COLON; k--) {
      Optional<Match<Cue>> c = pt.cueAt(k);
      if (c.isEmpty()) {
        continue;
      }
      Cue cue = c.get().value();
      int cueEnd = c.get().to();
      if (cue.frame() == Frame.SOURCE || Naming.isNaming(cue.lemma()) || cueEnd > colon
          || !Phrases.noVerbBetween(pt, cueEnd, colon)) {
        return Optional.empty();
      }
      int cueStart = Phrases.cueStart(pt, k, lo);
      TokenSpan subject = Phrases.subjectBefore(pt,
          Phrases.phraseEnd(pt, Phrases.skipTimeLeft(pt, cueStart, lo), cueStart), lo);
      if (subject.isEmpty() && cueStart > lo && pt.tok(cueStart - 1).isPunct(',')
          && pt.tok(k).lower().endsWith("ing")) {
        // "The senator rejected the plan, adding:": the main clause's subject
        subject = Phrases.mainClauseSubject(pt, lo, cueStart - 1);
      }
      if (subject.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Intro(subject, pt.text(cueStart, cueEnd), Adjuncts.channel(pt, lo, colon)));
    }
    return Optional.empty();
  }
}
