package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Cue;
import org.wiretext.internal.statement.SpeechLexicon.Frame;
import org.wiretext.internal.statement.SpeechLexicon.Match;
import org.wiretext.model.StatementKind;

/**
 * Reported speech with the attribution after it: {@code CLAUSE, X said.},
 * {@code CLAUSE, said X.}, {@code CLAUSE, X said on Monday in a statement.}; and the
 * attribution set in the middle, {@code CLAUSE, X noted, that CLAUSE.}, where the
 * whole sentence is what was said.
 */
final class TrailingAttributionClauseRule implements ClauseRule {

  private static final int MAX_SUBJECT = 10;
  /** The attribution comes at the end: only the last few commas are looked at (linear). */
  private static final int MAX_COMMAS = 4;

  /** {@inheritDoc} The attribution follows a free comma, dash or closing mark and holds a cue. */
  @Override
  public int needs() {
    return MARK_BEFORE_CUE;
  }

  @Override
  public Optional<Found> tryMatch(ParagraphText pt, int sentence) {
    int sf = pt.sentenceFrom(sentence);
    int se = pt.sentenceTo(sentence);
    int from = contentStart(pt, sf, se);
    int tried = 0;
    int lowest = se;
    for (int k = se - 1; k > sf && tried < MAX_COMMAS; k--) {
      if (pt.tok(k).word()) {
        continue; // a comma, a dash or a closing quotation mark is never a word
      }
      boolean closing = closesWithComma(pt, k); // "... are "far from enough," says X"
      if (!pt.tok(k).isPunct(',') && !isDash(pt.tok(k)) && !closing || pt.claimed[k] || pt.inQuote[k]) {
        continue;
      }
      tried++;
      lowest = k;
      Optional<Found> f = attributionAfter(pt, from, sf, se, k);
      if (f.isPresent()) {
        return f;
      }
    }
    // an attribution in the middle comes early in a long sentence: "A, she said, are B, C, D"
    tried = 0;
    for (int k = sf + 1; k < lowest && tried < MAX_EARLY_COMMAS; k++) {
      if (!pt.tok(k).isPunct(',') || pt.claimed[k] || pt.inQuote[k]) {
        continue;
      }
      tried++;
      Optional<Found> f = attributionAfter(pt, from, sf, se, k);
      if (f.isPresent() && f.get().text().end() > pt.tok(k).end()) {
        return f; // only as the middle of what was said
      }
    }
    return Optional.empty();
  }

  /** The first few commas of a sentence are looked at for an attribution in its middle. */
  private static final int MAX_EARLY_COMMAS = 2;

  /**
   * Whether token {@code k} is the closing mark of a quotation that ends with a comma and
   * does not open its sentence: the writer's clause carries a quoted fragment on
   * ("The answers are "far from enough," says X").
   */
  private static boolean closesWithComma(ParagraphText pt, int k) {
    if (!pt.isQuoteMark(k) || k < 2 || !pt.tok(k - 1).isPunct(',') || !pt.inQuote[k - 1]) {
      return false;
    }
    for (ParagraphText.QuoteTokens q : pt.quotes) {
      if (q.closeToken() == k) {
        return q.opensHere() && q.openToken() > pt.sentenceStart(k);
      }
    }
    return false;
  }

  private static boolean isDash(Token t) {
    return t.isPunct('-') || t.isPunct('\u2014') || t.isPunct('\u2013');
  }

  private Optional<Found> attributionAfter(ParagraphText pt, int from, int sf, int se, int comma) {
    if (comma - from < 1) {
      return Optional.empty();
    }
    int w = comma + 1;
    int j = w;
    while (j < se && pt.tok(j).in(WordClass.AUX) && !pt.tok(j).is("then")) {
      j++;
    }
    Optional<Match<Cue>> first = j < se ? pt.cueAt(j) : Optional.empty();
    TokenSpan speaker = null;
    int cueFrom = -1;
    int cueTo = -1;
    if (first.isPresent() && j == w && first.get().value().frame() == Frame.CLAUSE) {
      TokenSpan s = Phrases.subjectAfter(pt, first.get().to(), se);
      if (!s.isEmpty() && !hasAux(pt, s) && !nameThenVerb(pt, s)) {
        speaker = s;
        cueFrom = w;
        cueTo = first.get().to();
      }
    }
    if (speaker == null) {
      for (int k = w + 1; k < se && k - w <= MAX_SUBJECT; k++) {
        Optional<Match<Cue>> c = pt.cueAt(k);
        if (c.isEmpty() || c.get().value().frame() == Frame.SOURCE || pt.claimed[k]) {
          if (pt.tok(k).isPunct(',') && k > w && !Phrases.looksNominal(pt, w, k)) {
            break;
          }
          continue;
        }
        int cs = Phrases.cueStart(pt, k, w);
        if (passive(pt, cs, k)) {
          break; // "they have often been criticized": what others said of them
        }
        int subjEnd = Phrases.skipTimeLeft(pt, cs, w);
        TokenSpan s = Phrases.subjectBefore(pt, subjEnd, w);
        if (s.from() == w && !s.isEmpty() && !participle(pt.tok(w))) {
          speaker = s;
          cueFrom = cs;
          cueTo = c.get().to();
        }
        break;
      }
    }
    if (speaker == null || isAppositiveSubject(pt, from, comma)) {
      return Optional.empty(); // "Jane Roe, a spokeswoman for X, said ...": the part before is the subject
    }
    int rest = afterAdjunct(pt, Math.max(cueTo, speaker.to()), se);
    int contentEnd = pt.isQuoteMark(comma) ? comma + 1 : comma; // a closing mark stays with its words
    boolean middle = isMiddle(pt, rest, se);
    int tail = rest;
    Optional<Match<Cue>> cueHere = pt.cueAt(cueTo - 1 >= 0 ? cueTo - 1 : 0);
    if (!middle && tail == Math.max(cueTo, speaker.to()) && tail < se && pt.tok(tail).word()
        && cueHere.isPresent() && cueHere.get().value().frame() == Frame.ADDRESSEE) {
      TokenSpan addressee = Phrases.subjectAfter(pt, tail, se, false);
      tail = addressee.isEmpty() ? tail : addressee.to(); // "X told the Ledger on Thursday."
    }
    if (!middle && (comma - from < 3 || !isAdjunctOnly(pt, tail, se))) {
      return Optional.empty(); // a trailing attribution needs a clause before it
    }
    int claimFrom = sf;
    if (middle && comma - 1 > from && JOINING.contains(pt.tok(comma - 1).lower())) {
      // "X said that A but, she said, B": B is what this attribution reports; the words before
      // the conjunction are left to the rules that read them ("X said that A")
      claimFrom = comma - 1;
      from = rest + 1;
      contentEnd = Content.end(pt, from, se);
    } else if (middle && leadingAdjunct(pt, from, comma)) {
      // "During the war, she said, the town was empty": what was said follows the attribution
      from = rest + 1;
      contentEnd = Content.end(pt, from, se);
    } else if (middle) {
      contentEnd = Content.end(pt, from, se);
    } else if (leadingAdjunct(pt, from, comma)) {
      return Optional.empty(); // "In a column last week, two writers urged ...": no content
    } else {
      while (contentEnd > from && !pt.tok(contentEnd - 1).word() && !pt.inQuote[contentEnd - 1]
          && !pt.isQuoteMark(contentEnd - 1)) {
        contentEnd--;
      }
    }
    StatementKind kind = hasQuote(pt, from, contentEnd) ? StatementKind.MIXED : StatementKind.INDIRECT;
    return Optional.of(new Found(kind, pt.text(from, contentEnd), Optional.of(speaker),
        Optional.of(pt.text(cueFrom, cueTo)), Adjuncts.channel(pt, rest, se), List.of(), false,
        Optional.of(new TokenSpan(claimFrom, se))));
  }

  /** Conjunctions before a middle attribution: what was said follows it ("but, she said, B"). */
  private static final java.util.Set<String> JOINING = java.util.Set.of("but", "and", "yet", "so");

  /** Tokens an adjunct of the saying may hold between the cue and the comma after it. */
  private static final int MAX_ADJUNCT = 6;

  /**
   * The comma that ends a short adjunct of the saying right after the cue ("he told me on
   * Friday, ...", "she said in May, ..."), or {@code from} when none does.
   */
  private static int afterAdjunct(ParagraphText pt, int from, int se) {
    for (int i = from; i < se && i - from <= MAX_ADJUNCT; i++) {
      Token t = pt.tok(i);
      if (t.isPunct(',')) {
        return i;
      }
      boolean inPhrase = i > from && pt.tok(from).in(WordClass.PREPOSITION);
      boolean adjunct = t.word() && (t.in(WordClass.OBJECT_PRONOUN)
          || t.in(WordClass.TIME_WORD) || t.in(WordClass.PREPOSITION)
          || t.in(WordClass.DETERMINER) || Character.isDigit(t.lower().charAt(0))
          || t.is("reporters") || inPhrase && !t.in(WordClass.AUX)
          && !t.in(WordClass.CLAUSE_WORD) && pt.cueAt(i).isEmpty());
      if (!adjunct || pt.inQuote[i]) {
        return from;
      }
    }
    return from;
  }

  /**
   * {@code [from, comma)} is one prepositional phrase (not an infinitive: "To see it, ...")
   * with no comma, clause word, auxiliary or quotation in it.
   */
  private static boolean leadingAdjunct(ParagraphText pt, int from, int comma) {
    if (from >= comma || !pt.tok(from).in(WordClass.PREPOSITION) || pt.tok(from).is("to")) {
      return false;
    }
    for (int i = from + 1; i < comma; i++) {
      Token t = pt.tok(i);
      boolean preposition = (t.is("before") || t.is("after") || t.is("since") || t.is("until"))
          && i + 1 < comma && (pt.tok(i + 1).in(WordClass.DETERMINER)
          || Character.isDigit(pt.tok(i + 1).lower().charAt(0))); // "in the week before the vote"
      boolean asRole = t.is("as") && i + 1 < comma && pt.tok(i + 1).word() && !pt.tok(i + 1).capitalised()
          && !pt.tok(i + 1).in(WordClass.DETERMINER) && !pt.tok(i + 1).in(WordClass.SUBJECT_PRONOUN_FORM);
      if (preposition || asRole) {
        continue; // "During her years as mayor,"
      }
      boolean coordination = (t.is("and") || t.is("or")) && i + 1 < comma
          && !pt.tok(i + 1).in(WordClass.SUBJECT_PRONOUN_FORM); // "In Paris and Rome,"
      boolean adverb = t.lower().endsWith("ly"); // "In a widely shared essay,"
      if (t.isPunct(',') || pt.inQuote[i] || pt.isQuoteMark(i)
          || t.in(WordClass.CLAUSE_WORD) && !coordination
          || t.in(WordClass.AUX) && !adverb) {
        return false;
      }
    }
    return true;
  }

  /** "Jane Roe, a spokeswoman for X" before the comma: a subject with its appositive. */
  private static boolean isAppositiveSubject(ParagraphText pt, int from, int comma) {
    if (Phrases.isDash(pt.tok(comma))) {
      // "NAME -- a description -- said ...": the part before is the subject
      TokenSpan dashed = Phrases.subjectBefore(pt, comma + 1, from);
      if (dashed.from() == from && dashed.to() == comma + 1) {
        return true;
      }
    }
    TokenSpan np = Phrases.subjectBefore(pt, comma, from);
    if (np.isEmpty() || np.from() > from) {
      return false;
    }
    for (int i = np.from(); i < np.to(); i++) {
      if (pt.tok(i).isPunct(',')) {
        return true;
      }
    }
    return false;
  }

  /**
   * "said Clinton reached out to him": a name and then a lower-case word that is neither a
   * title nor a source noun is the subject and verb of reported content, not a speaker.
   */
  private static boolean nameThenVerb(ParagraphText pt, TokenSpan s) {
    int to = s.from();
    while (to < s.to() && !pt.tok(to).isPunct(',')) {
      to++; // the name before an appositive
    }
    s = new TokenSpan(s.from(), to);
    if (s.isEmpty()) {
      return false;
    }
    Token last = pt.tok(s.to() - 1);
    if (!last.word() || last.capitalised() || last.in(WordClass.SOURCE_NOUN)
        || last.in(WordClass.SPEAKER_WORD)) {
      return false;
    }
    for (int i = s.from(); i < s.to() - 1; i++) {
      if (pt.tok(i).capitalised() && !pt.tok(i + 1).capitalised() && pt.tok(i + 1).word()
          && !pt.tok(i + 1).is("of") && !pt.tok(i + 1).is("for") && !pt.tok(i + 1).is("and")
          && !pt.tok(i + 1).in(WordClass.SOURCE_NOUN)
          && !pt.tok(i + 1).in(WordClass.SPEAKER_WORD)) {
        return true;
      }
    }
    return false;
  }

  /** Forms of "be" before a participle cue: a passive. */
  private static final java.util.Set<String> BE = java.util.Set.of("be", "been", "being", "is", "are",
      "was", "were");

  /** Whether the cue at {@code k} is a passive participle ("been criticized", "was told"). */
  private static boolean passive(ParagraphText pt, int cueStart, int k) {
    if (!pt.tok(k).lower().endsWith("ed") && !pt.tok(k).is("told")) {
      return false;
    }
    for (int i = cueStart; i < k; i++) {
      if (BE.contains(pt.tok(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "..., gasping for air, had said": a participle opens an adjunct, not a subject. */
  private static boolean participle(Token t) {
    return t.word() && !t.capitalised() && t.lower().endsWith("ing");
  }

  /** "said the money would be wasted": a verb after the cue makes it content, not a speaker. */
  private static boolean hasAux(ParagraphText pt, TokenSpan s) {
    for (int i = s.from(); i < s.to(); i++) {
      if (pt.tok(i).in(WordClass.AUX)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasQuote(ParagraphText pt, int from, int to) {
    for (int i = from; i < to; i++) {
      if (pt.inQuote[i]) {
        return true;
      }
    }
    return false;
  }

  private static int contentStart(ParagraphText pt, int sf, int se) {
    int from = sf;
    while (from < se && !pt.tok(from).word() && !pt.isQuoteMark(from)) {
      from++;
    }
    return from;
  }

  /** After the attribution: nothing, a time or place adjunct, or ", adding ...". */
  private static boolean isAdjunctOnly(ParagraphText pt, int from, int se) {
    int words = 0;
    for (int i = from; i < se; i++) {
      Token t = pt.tok(i);
      if ((t.is("that") || t.isPunct(':')) && !pt.inQuote[i]) {
        return false; // "X said that ...", "X said:": what was said comes after the cue
      }
      if (t.isPunct(',') && i + 1 < se && (pt.tok(i + 1).lower().endsWith("ing")
          || pt.tok(i + 1).in(WordClass.CONCESSIVE)
          || Content.TIME_CLAUSE_OPENERS.contains(pt.tok(i + 1).lower()))) {
        return true; // ", adding ...", ", though ...", ", as they ...": an adjunct, not what was said
      }
      if (t.word()) {
        words++;
      }
    }
    if (words == 0) {
      return true;
    }
    Token first = pt.tok(from);
    if (first.is("to") && from + 1 < se && pt.tok(from + 1).word() && !pt.tok(from + 1).capitalised()
        && !pt.tok(from + 1).in(WordClass.DETERMINER)) {
      return false; // "urged the council to stop": an infinitive is what was said
    }
    return words <= 12 && (first.in(WordClass.PREPOSITION)
        || first.in(WordClass.TIME_WORD) || first.isPunct(','));
  }

  /**
   * Words after ", X said," that carry the reported sentence on ("..., he said, until it
   * failed", "..., she said, and ..."), where other clause words open an adjunct of the
   * saying (", he said, when asked").
   */
  private static final java.util.Set<String> CONTENT_GOES_ON = java.util.Set.of(
      "and", "but", "until", "because", "so", "since", "unless", "or");

  /** ", X noted, that ..." : the content goes on after the attribution. */
  private static boolean isMiddle(ParagraphText pt, int from, int se) {
    if (from >= se || !pt.tok(from).isPunct(',')) {
      return false;
    }
    int words = 0;
    for (int i = from + 1; i < se; i++) {
      if (pt.tok(i).word()) {
        words++;
      }
    }
    if (words < 4 || from + 1 >= se) {
      return false;
    }
    String next = pt.tok(from + 1).lower();
    boolean goesOn = CONTENT_GOES_ON.contains(next)
        || next.endsWith("ing") && !Content.isAdjunctWord(next);
    return words >= 4 && !next.endsWith("ing")
        && !Phrases.PREPOSITIONS.contains(next)
        && !Phrases.CLAUSE_WORDS.contains(next)
        || words >= 4 && (next.equals("that") || goesOn);
  }
}
