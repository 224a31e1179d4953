package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Cue;
import org.wiretext.internal.statement.SpeechLexicon.Frame;
import org.wiretext.internal.statement.SpeechLexicon.Match;
import org.wiretext.internal.text.SentenceSplitter;
import org.wiretext.model.StatementKind;

/**
 * A quotation followed by its attribution: {@code "...," X said}, {@code "...," said X},
 * {@code "..." -- X said}, {@code "...," according to X}, and {@code "...," the letter reads}
 * (a document speaks for its author: the most recent speaker, see the attributor).
 */
final class TrailingAttributionQuoteRule implements QuoteRule {

  private static final int MAX_SUBJECT = 14;

  @Override
  public Optional<Found> tryAttribute(ParagraphText pt, ParagraphText.QuoteTokens q, List<Found> earlier) {
    if (q.afterToken() < 0) {
      return Optional.empty();
    }
    int limit = limit(pt, q);
    int w = q.afterToken();
    Optional<Found> dash = dashName(pt, q, w, limit);
    if (dash.isPresent()) {
      return dash;
    }
    if (endsWithFullStop(pt, q)) {
      return Optional.empty(); // "... alone." On his page the mayor wrote: the next sentence
    }
    while (w < limit && !pt.tok(w).word() && !pt.tok(w).isPunct('.')) {
      w++; // ",", "--", a dash
    }
    if (w >= limit) {
      return Optional.empty();
    }
    // cue first: said X, according to X, added X
    int j = w;
    while (j < limit && pt.tok(j).in(WordClass.AUX) && !pt.tok(j).is("then")) {
      j++;
    }
    Optional<Match<Cue>> cue = j < limit ? pt.cueAt(j) : Optional.empty();
    if (cue.isPresent() && cue.get().value().frame() != Frame.READS
        && cue.get().value().frame() != Frame.OBJECT) {
      TokenSpan speaker = Phrases.subjectAfter(pt, cue.get().to(), limit);
      if (!speaker.isEmpty()) {
        return Optional.of(found(pt, q, w, cue.get().to(), speaker, false, limit));
      }
    }
    // subject first: X said, the letter reads
    for (int k = w; k < limit && k - w <= MAX_SUBJECT; k++) {
      int tag = PartyTag.end(pt, k, limit);
      if (tag > k) {
        k = tag - 1; // "Rep. Jane Doe (D-Ore.) said"
        continue;
      }
      if (pt.tok(k).isPunct('.') && !(k > 0 && pt.tok(k - 1).lower().length() <= 3)) {
        break;
      }
      Optional<Match<Cue>> c = pt.cueAt(k);
      if (c.isEmpty() || k == w) {
        continue;
      }
      int cueStart = Phrases.cueStart(pt, k, w);
      int subjEnd = Phrases.skipTimeLeft(pt, cueStart, w);
      if (subjEnd <= w || !Phrases.looksNominal(pt, w, subjEnd) || hasClauseWord(pt, w, subjEnd)) {
        continue;
      }
      boolean document = c.get().value().frame() == Frame.READS
          || pt.channelAt(subjEnd - 1).isPresent() && !pt.tok(subjEnd - 1).capitalised();
      Found f = found(pt, q, cueStart, c.get().to(), new TokenSpan(w, subjEnd), document, limit);
      if (document) {
        // "the letter reads": the cue is the whole phrase, the speaker is the letter's author
        Optional<String> ch = pt.channelAt(subjEnd - 1).map(Match::value);
        Optional<TokenSpan> owner = owner(pt, pt.tok(subjEnd - 1).lower(), q.opensHere() ? q.openToken() : 0);
        f = new Found(f.kind(), f.text(), owner, Optional.of(pt.text(w, c.get().to())),
            ch.or(f::channel), f.addressees(), owner.isEmpty(), f.claimed());
      }
      return Optional.of(f);
    }
    return Optional.empty();
  }

  /** Tokens looked back over for the document's mention: a bound keeps the rule linear. */
  private static final int MAX_OWNER_LOOK_BACK = 60;

  /** Tokens between a possessive owner and the document noun ("Powell's resignation letter"). */
  private static final int MAX_OWNER_GAP = 3;

  /**
   * The owner named in the paragraph's last mention of the document before the quotation:
   * "Powell's resignation letter ... "...," the letter reads" gives "Powell's". Empty when the
   * document has no possessive owner there (the most recent speaker then speaks for it).
   */
  private static Optional<TokenSpan> owner(ParagraphText pt, String noun, int before) {
    for (int i = before - 1; i >= 0 && before - i <= MAX_OWNER_LOOK_BACK; i--) {
      if (!pt.tok(i).is(noun)) {
        continue;
      }
      for (int k = i - 1; k >= 0 && i - k <= MAX_OWNER_GAP; k--) {
        Token t = pt.tok(k);
        if (t.word() && t.capitalised() && t.lower().endsWith("'s")) {
          return Optional.of(new TokenSpan(k, k + 1));
        }
        if (!t.word()) {
          break;
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** {@code "..." -- Jane Doe}: a dash and a name closing the paragraph or sentence. */
  private static Optional<Found> dashName(ParagraphText pt, ParagraphText.QuoteTokens q, int w, int limit) {
    if (w >= limit || !isDash(pt.tok(w))) {
      return Optional.empty();
    }
    int d = w;
    while (d < limit && isDash(pt.tok(d))) {
      d++;
    }
    if (d >= limit || !pt.tok(d).capitalised()) {
      return Optional.empty();
    }
    TokenSpan name = Phrases.subjectAfter(pt, d, limit);
    if (name.isEmpty() || pt.cueAt(name.to() < limit ? name.to() : d).isPresent()
        && name.to() < limit) {
      return Optional.empty();
    }
    int from = q.opensHere() ? q.openToken() : 0;
    return Optional.of(new Found(StatementKind.DIRECT, q.quote().inner(), Optional.of(name),
        Optional.of(pt.text(w, d)), Optional.empty(), List.of(), false,
        Optional.of(new TokenSpan(from, name.to()))));
  }

  private static boolean isDash(Token t) {
    return t.isPunct('-') || t.lower().equals("\u2014") || t.lower().equals("\u2013")
        || t.lower().equals("\u2015");
  }

  private static boolean endsWithFullStop(ParagraphText pt, ParagraphText.QuoteTokens q) {
    org.wiretext.internal.text.TextRange in = q.quote().inner();
    return !in.isEmpty() && pt.source.at(in.end() - 1) == '.';
  }

  private static boolean hasClauseWord(ParagraphText pt, int from, int to) {
    for (int i = from; i < to; i++) {
      if (pt.tok(i).in(WordClass.CLAUSE_WORD) && !pt.tok(i).capitalised()) {
        return true;
      }
    }
    return false;
  }

  /** The attribution ends at the sentence's end or the next quotation. */
  static int limit(ParagraphText pt, ParagraphText.QuoteTokens q) {
    int i = q.afterToken();
    while (i < pt.size()) {
      int tag = PartyTag.end(pt, i, pt.size());
      if (tag > i) {
        i = tag; // "(D-Ore.)": its full stop ends no sentence
        continue;
      }
      Token t = pt.tok(i);
      if ((t.isPunct('.') || t.isPunct('!') || t.isPunct('?'))
          && !(t.isPunct('.') && i > 0 && pt.tok(i - 1).word() && pt.tok(i - 1).capitalised()
          && (pt.tok(i - 1).lower().length() <= 2 || NameShape.isInitials(pt.tok(i - 1).lower())
          || SentenceSplitter.isAbbreviation(pt.tok(i - 1).lower())))) {
        break;
      }
      if (pt.isQuoteMark(i) && (i + 1 >= pt.size() || pt.inQuote[i + 1] || !pt.tok(i).is("'"))) {
        break;
      }
      i++;
    }
    return i;
  }

  private static Found found(ParagraphText pt, ParagraphText.QuoteTokens q, int cueFrom, int cueTo,
      TokenSpan speaker, boolean previous, int limit) {
    int end = Math.max(cueTo, speaker.to());
    Optional<String> channel = Adjuncts.channel(pt, end, limit);
    List<TokenSpan> addressees = Adjuncts.letterAddressees(pt, end, limit);
    int from = q.opensHere() ? q.openToken() : 0;
    return new Found(StatementKind.DIRECT, q.quote().inner(), previous ? Optional.empty() : Optional.of(speaker),
        Optional.of(pt.text(cueFrom, cueTo)), channel, addressees, previous,
        Optional.of(new TokenSpan(from, end)));
  }
}
