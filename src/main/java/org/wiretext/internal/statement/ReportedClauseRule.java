package org.wiretext.internal.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Cue;
import org.wiretext.internal.statement.SpeechLexicon.Frame;
import org.wiretext.internal.statement.SpeechLexicon.Match;
import org.wiretext.model.StatementKind;

/**
 * Reported speech with the speaker first: {@code X said (that) CLAUSE}, {@code X told Y
 * that CLAUSE}, {@code X has asked Y for ...}, {@code X urged Y to ...}, {@code X called
 * for ...}, {@code X denied ...}. The content runs to the end of the sentence, without
 * "that" and without trailing adjuncts (see {@link Content}). Of several cues in a sentence,
 * the first one followed by "that" wins, else the first with a speaker.
 */
final class ReportedClauseRule implements ClauseRule {

  /** Cues looked at per sentence: each costs a pass over the rest of the sentence. */
  private static final int MAX_CANDIDATES = 6;
  /** Adverbs between a form of "be" and a participle ("was not too worried"). */
  static final java.util.Set<String> ADVERBS_BEFORE_PARTICIPLE = java.util.Set.of(
      "not", "too", "very", "so", "also", "deeply", "increasingly", "widely", "clearly", "never");

  static final java.util.Set<String> PASSIVE =
      java.util.Set.of("was", "were", "is", "are", "been", "being", "be", "get", "got");

  /** Reported content does not open with these: the cue was a noun ("member states and"). */

  /** Cues of carrying on speaking, which report speech only before "that" or a colon. */
  private static final java.util.Set<String> CARRY_ON = java.util.Set.of("continue", "go on");

  /** Prepositions before a gerund cue whose subject is the clause's: "by saying", "after saying". */
  static final java.util.Set<String> GERUND_PREPOSITIONS = java.util.Set.of(
      "by", "for", "from", "after", "before", "while", "without", "since", "in", "when");

  /** Objects a relative clause follows without "that": "tell the public anything it knows". */
  private static final java.util.Set<String> THING_WORDS = java.util.Set.of(
      "anything", "something", "nothing", "everything", "what", "all", "things", "much");

  /** Words that do not open the content of a report: conjunctions, prepositions, auxiliaries. */
  static final java.util.Set<String> NOT_CONTENT_START = java.util.Set.of(
      "and", "or", "nor", "but", "of", "in", "on", "at", "by", "with", "from", "as", "than",
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "'s", "which", "who");

  /** {@inheritDoc} A report is read from its cue. */
  @Override
  public int needs() {
    return CUE;
  }

  @Override
  public Optional<Found> tryMatch(ParagraphText pt, int sentence) {
    int sf = pt.sentenceFrom(sentence);
    int se = pt.sentenceTo(sentence);
    // Of the candidates only the first and the first after "that" decide: once both are
    // known, or no "that" is left for a later cue to follow (a candidate's content starts
    // after its cue), no later cue changes the result, and at() is pure: it is not tried.
    List<Found> candidates = new ArrayList<>();
    Found withThat = null;
    Frame firstFrame = null;
    int lastThat = Integer.MIN_VALUE; // found when first needed
    for (int k = sf; k < se && candidates.size() < MAX_CANDIDATES; k++) {
      if (!candidates.isEmpty()) {
        if (lastThat == Integer.MIN_VALUE) {
          lastThat = lastThat(pt, sf, se);
        }
        if (withThat != null || lastThat < k) {
          break; // the choice is made: see below
        }
      }
      if (pt.claimed[k] || pt.inQuote[k]) {
        continue;
      }
      Optional<Match<Cue>> c = pt.cueAt(k);
      if (c.isEmpty() || c.get().value().frame() == Frame.SOURCE
          || c.get().value().frame() == Frame.READS || pt.tok(k).capitalised() && k > sf) {
        continue;
      }
      Optional<Found> f = at(pt, sf, se, k, c.get());
      if (f.isPresent()) {
        if (candidates.isEmpty()) {
          firstFrame = c.get().value().frame();
        }
        candidates.add(f.get());
        int to = c.get().to();
        if (withThat == null && afterThat(pt, f.get())) {
          withThat = f.get();
        }
        k = Math.max(k, to - 1);
      }
    }
    boolean nested = withThat != null && candidates.get(0) != withThat && firstFrame == Frame.CLAUSE
        && holds(candidates.get(0), withThat);
    if (withThat != null && !nested) {
      return Optional.of(withThat);
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }

  /** The index of the last "that" in {@code [sf, se)}, or {@code sf - 1} when there is none. */
  private static int lastThat(ParagraphText pt, int sf, int se) {
    for (int i = se - 1; i >= sf; i--) {
      if (pt.tok(i).is("that")) {
        return i;
      }
    }
    return sf - 1;
  }

  /**
   * Whether {@code inner}'s cue lies in what {@code outer} reports: "She says [it underscores
   * that ...]" is her report, and the cue with "that" inside it is part of what she said.
   */
  private static boolean holds(Found outer, Found inner) {
    return inner.cue().isPresent() && outer.text().start() <= inner.cue().get().start()
        && inner.cue().get().end() <= outer.text().end();
  }

  private static boolean afterThat(ParagraphText pt, Found f) {
    int i = pt.tokenAtOrAfter(f.text().start());
    return i > 0 && pt.tok(i - 1).is("that");
  }

  private Optional<Found> at(ParagraphText pt, int sf, int se, int k, Match<Cue> c) {
    int lo = sf;
    int cueStart = Phrases.cueStart(pt, k, lo);
    if (cueStart > lo && (pt.tok(cueStart - 1).is("to") || pt.tok(cueStart - 1).is("be"))) {
      return Optional.empty(); // "expected to announce", not a report
    }
    int b = k - 1;
    while (b > lo && pt.tok(b).in(WordClass.ADVERB_BEFORE_PARTICIPLE)) {
      b--; // "were not too worried about"
    }
    if (b >= lo && pt.tok(b).in(WordClass.PASSIVE) && !pt.tok(k).lower().endsWith("ing")) {
      return Optional.empty(); // "was welcomed by": the subject did not say it
    }
    if (modifiesNounInLeadingAdjunct(pt, sf, se, cueStart, k)) {
      return Optional.empty(); // "In a blog entry posted Monday, X said": the participle is the noun's
    }
    boolean gerund = cueStart > lo && pt.tok(cueStart - 1).in(WordClass.GERUND_PREPOSITION)
        && pt.tok(k).lower().endsWith("ing"); // "began by saying ...", "after saying ..."
    boolean participle = cueStart > lo && (pt.tok(cueStart - 1).isPunct(',') || gerund)
        && pt.tok(k).lower().endsWith("ing");
    if (participle && c.value().frame() == Frame.OBJECT) {
      return Optional.empty(); // ", citing the request": a reason, not reported speech
    }
    int subjEnd = Phrases.skipTimeLeft(pt, cueStart, lo);
    int phraseEnd = Phrases.phraseEnd(pt, subjEnd, cueStart);
    TokenSpan subject = participle ? new TokenSpan(k, k) : Phrases.subjectBefore(pt, phraseEnd, lo);
    boolean mainSubject = false;
    if (participle) {
      // "Rival Jane Roe had mocked the claim, saying ...": the main clause's subject says it
      TokenSpan main = Phrases.mainClauseSubject(pt, sf, gerund && cueStart - 1 == sf ? se : cueStart - 1);
      if (!main.isEmpty()) {
        subject = main;
        participle = false;
        mainSubject = true; // the claim starts at the cue: the main clause keeps its own cues
      }
    }
    boolean shared = false;
    if (subject.isEmpty() && subjEnd - 1 >= lo
        && (pt.tok(subjEnd - 1).is("and") || pt.tok(subjEnd - 1).is("but"))) {
      subject = relativeSubject(pt, sf, subjEnd - 1);
      if (subject.isEmpty()) {
        subject = earlierReportSubject(pt, sf, subjEnd - 1);
      }
      if (subject.isEmpty()) {
        subject = Phrases.mainClauseSubject(pt, sf, subjEnd); // "Mr. Roe, in particular, ... and said"
      }
      if (subject.isEmpty()) {
        subject = sentenceSubject(pt, sf, subjEnd);
      }
      shared = true;
    }
    if (!participle && subject.isEmpty() && subjEnd - 1 >= lo
        && (pt.tok(subjEnd - 1).is("who") || pt.tok(subjEnd - 1).is("which"))) {
      subject = new TokenSpan(subjEnd - 1, subjEnd); // "Jane Roe, who said ...", "the study, which notes"
    }
    boolean who = isRelativePronoun(pt, subject);
    if (!participle && !shared && !who
        && (subject.isEmpty() || !Phrases.looksNominal(pt, subject.from(), subject.to()))) {
      subject = wholeSubject(pt, sf, cueStart, subjEnd);
    }
    if (!subject.isEmpty() && pt.tok(subject.from()).is("of")) {
      return Optional.empty(); // "Of the growers asked, 55% said": a partitive, not a speaker
    }
    boolean relative = isRelativePronoun(pt, subject);
    if (!participle && !relative
        && (subject.isEmpty() || !Phrases.looksNominal(pt, subject.from(), subject.to()))) {
      return Optional.empty();
    }
    int from = c.to();
    if (anonymity(pt, from, se)) {
      return Optional.empty();
    }
    List<TokenSpan> addressees = new ArrayList<>();
    Cue cue = c.value();
    if (cue.frame() == Frame.ADDRESSEE && !cue.form().contains(" ")) {
      int stop = from;
      while (stop < se && stop - from < 12 && !pt.tok(stop).is("that") && !pt.tok(stop).is("to")
          && !pt.tok(stop).is("for") && !pt.tok(stop).isPunct(':') && !pt.inQuote[stop]
          && !pt.isQuoteMark(stop) && !pt.tok(stop).is("about") && !pt.tok(stop).is("how")
          && !pt.tok(stop).is("on")
          && !(stop > from && pt.tok(stop).in(WordClass.SUBJECT_PRONOUN_FORM)
              && !THING_WORDS.contains(pt.tok(stop - 1).lower()))) { // "told reporters he would"
        stop++;
      }
      if (stop > from && stop < se && Phrases.looksNominal(pt, from, stop)
          || stop > from && stop < se && pt.tok(from).in(WordClass.OBJECT_PRONOUN)
          || stop > from && stop < se && stop - from <= 4 && pt.tok(stop).is("that")) {
        // "told growers that ...": the few words before "that" are whom it was told
        int aEnd = stop;
        while (aEnd > from && pt.tok(aEnd - 1).isPunct(',')) {
          aEnd--;
        }
        addressees.addAll(Adjuncts.names(pt, from, aEnd));
        if (addressees.isEmpty()) {
          addressees.add(new TokenSpan(from, aEnd));
        }
        from = stop;
      } else if (stop > from && stop >= se) {
        TokenSpan a = Phrases.subjectAfter(pt, from, se);
        if (!a.isEmpty() && a.to() < se) {
          addressees.add(a);
          from = a.to();
        }
      }
    }
    // step over an adjunct before "that": "said in an interview with X that ..."
    int that = -1;
    // "warned Pyongyang to refrain from acts that ...": an infinitive after the addressee is
    // the content, and a "that" in it opens no report
    boolean infinitive = !addressees.isEmpty() && from < se && pt.tok(from).is("to");
    for (int i = from; i < se && i - from < 14 && !infinitive; i++) {
      if (pt.tok(i).is("that")) {
        that = i;
        break;
      }
      if (pt.inQuote[i] || pt.isQuoteMark(i) || pt.cueAt(i).isPresent()
          || i == from && !(pt.tok(i).in(WordClass.PREPOSITION | WordClass.TIME_WORD) || pt.tok(i).isPunct(','))) {
        break;
      }
    }
    Optional<String> channel = Adjuncts.channel(pt, sf, that >= 0 ? that : from);
    if (that >= 0) {
      from = that + 1;
    }
    boolean afterThat = that >= 0;
    if (!afterThat) {
      from = afterTimeAdjunct(pt, from, se); // "said Monday the port would close"
      int adjunct = from;
      from = afterChannelAdjunct(pt, from, se); // "said in a statement it had concerns"
      if (channel.isEmpty() && from > adjunct) {
        channel = Adjuncts.channel(pt, adjunct, from);
      }
    }
    while (from < se && (pt.tok(from).isPunct(',') || pt.tok(from).isPunct(':'))) {
      from++; // "say that, in addition to X, he would ..."
    }
    int end = Content.end(pt, from, se);
    if (cue.frame() == Frame.OBJECT || cue.frame() == Frame.ADDRESSEE && !afterThat) {
      end = Content.objectEnd(pt, from, end);
    }
    if (!participle && subject.from() == sf + 1 && LEADING_SUBORDINATORS.contains(pt.tok(sf).lower())) {
      end = Content.relativeEnd(pt, from, end); // "After Reed said [the levy was fair], growers ..."
    }
    if (!participle && !afterThat && subject.from() > sf && relativeClause(pt, sf, subject.from() - 1)) {
      end = Content.relativeEnd(pt, from, end); // "what X says [his plan would do], and ..."
    }
    if (relative && subject.from() > sf
        && (pt.tok(subject.from() - 1).isPunct(',') || Phrases.isDash(pt.tok(subject.from() - 1)))) {
      end = Content.nonRestrictiveEnd(pt, from, end, Phrases.isDash(pt.tok(subject.from() - 1)));
    }
    if (SpeechLexicon.quotedOnly(cue)) {
      return Optional.empty(); // "sang the anthem": chants and songs are quoted or nothing
    }
    if (CARRY_ON.contains(cue.lemma()) && !afterThat && !(from > 0 && pt.tok(from - 1).isPunct(':'))) {
      return Optional.empty(); // "continued to plot", "went on to win": not "went on: ..."
    }
    if (Naming.isNaming(cue.lemma()) && !Naming.hasComplement(pt, from, end)) {
      return Optional.empty(); // "called Merkel on Tuesday", "called delegates to the stage"
    }
    // "donations, which he said were ...", "what the auditors said was ...": the relative
    // word is the subject of the reported clause, which starts with its verb
    boolean gapped = !afterThat && subject.from() > sf && !participle && !shared
        && GAPPED_RELATIVES.contains(pt.tok(subject.from() - 1).lower()) && startsWithVerb(pt, from, se);
    if (gapped && subject.from() - 2 >= sf && (pt.tok(subject.from() - 2).isPunct(',')
        || Phrases.isDash(pt.tok(subject.from() - 2)))) {
      end = clauseEnd(pt, from, end); // "the ban, which she said was overdue, took effect"
    }
    if (end - from < 2 || from < se && pt.tok(from).in(WordClass.NOT_CONTENT_START)
        && !afterThat && !gapped) {
      return Optional.empty();
    }
    if (channel.isEmpty()) {
      channel = Adjuncts.channel(pt, end, se);
    }
    if (addressees.isEmpty()) {
      addressees.addAll(Adjuncts.letterAddressees(pt, sf, subject.from()));
      addressees.addAll(Adjuncts.letterAddressees(pt, end, se));
    }
    StatementKind kind = TrailingAttributionClauseRule.hasQuote(pt, from, end)
        ? StatementKind.MIXED : StatementKind.INDIRECT;
    return Optional.of(new Found(kind, pt.text(from, end),
        participle ? Optional.empty() : Optional.of(subject),
        Optional.of(pt.text(cueStart, c.to())), channel, addressees, participle,
        Optional.of(new TokenSpan(shared || mainSubject ? cueStart : Math.min(subject.from(), cueStart), end))));
  }

  /**
   * Whether the wh-word at {@code wh} opens a relative clause that is a noun phrase of the
   * sentence ("the gap between what X says ...", "What X says is ..."), not the object of a
   * verb before it ("then explained how she believes ...", whose content runs on).
   */
  private static boolean relativeClause(ParagraphText pt, int sf, int wh) {
    if (!Content.WH_WORDS.contains(pt.tok(wh).lower())) {
      return false;
    }
    if (wh == sf) {
      return true;
    }
    Token before = pt.tok(wh - 1);
    return before.in(WordClass.PREPOSITION) || before.is("and") || before.is("or")
        || before.isPunct(',');
  }

  /**
   * Whether the participle cue at {@code k} follows a common noun inside the prepositional
   * adjunct that opens the sentence ("In a blog entry posted Monday, ...", "In a statement
   * announcing the pick, ..."): it describes the noun, and the sentence's subject comes after
   * the adjunct's comma.
   */
  private static boolean modifiesNounInLeadingAdjunct(ParagraphText pt, int sf, int se, int cueStart, int k) {
    String w = pt.tok(k).lower();
    if (cueStart != k || k == sf || !(w.endsWith("ed") || w.endsWith("ing"))
        || !pt.tok(sf).in(WordClass.PREPOSITION)) {
      return false;
    }
    Token before = pt.tok(k - 1);
    if (!before.word() || before.capitalised() || before.in(WordClass.SUBJECT_PRONOUN_FORM)
        || before.in(WordClass.AUX)) {
      return false;
    }
    for (int i = sf + 1; i < k; i++) {
      if (!pt.tok(i).word() || pt.tok(i).in(WordClass.CLAUSE_WORD)) {
        return false; // the adjunct has ended, or a clause of its own has begun
      }
    }
    for (int i = k + 1; i < se; i++) {
      if (pt.tok(i).isPunct(',')) {
        return true; // the adjunct's comma comes after the participle
      }
    }
    return false;
  }

  /** Conjunctions that open a subordinate clause before the main one ("After X said A, B"). */
  private static final java.util.Set<String> LEADING_SUBORDINATORS = java.util.Set.of("after",
      "when", "before", "since", "although", "though", "while", "because", "if", "once", "until",
      "unless", "whereas");

  /** Words that open a time adjunct but are not its head ("on", "last", "this"). */
  private static final java.util.Set<String> TIME_OPENERS = java.util.Set.of(
      "on", "in", "this", "last", "next", "then", "now", "later", "earlier");
  /** Tokens a time adjunct between a cue and its content holds at most. */
  private static final int MAX_TIME_ADJUNCT = 5;

  /**
   * The content's first token after a time adjunct that opens {@code [from, se)} ("Monday",
   * "last week", "on Tuesday", "earlier this month"), or {@code from} when there is none or
   * what follows cannot open a clause ("said today's ruling", "said now is the time").
   */
  private static int afterTimeAdjunct(ParagraphText pt, int from, int se) {
    int i = from;
    while (i < se && i - from < MAX_TIME_ADJUNCT && pt.tok(i).word()
        && (pt.tok(i).in(WordClass.TIME_WORD) || Character.isDigit(pt.tok(i).lower().charAt(0)))) {
      i++;
    }
    if (i == from || TIME_OPENERS.contains(pt.tok(i - 1).lower())) {
      return from;
    }
    boolean comma = false;
    while (i < se && pt.tok(i).isPunct(',')) {
      i++;
      comma = true;
    }
    if (comma && i < se && (pt.tok(i).in(WordClass.NOT_CONTENT_START)
        || Content.TIME_CLAUSE_OPENERS.contains(pt.tok(i).lower()))) {
      return se; // "said Friday, as they met": the time ends the report, and nothing is reported
    }
    if (i >= se || !pt.tok(i).word() || pt.tok(i).in(WordClass.NOT_CONTENT_START)
        || pt.tok(i).in(WordClass.AUX)) {
      return from;
    }
    return i;
  }

  /** Words before a channel in an adjunct of the saying ("in a statement", "on its website"). */
  private static final java.util.Set<String> CHANNEL_PREPOSITIONS = java.util.Set.of("in", "on", "during", "via", "through");

  /**
   * The start of what was said after an adjunct naming the channel, when a subject pronoun
   * opens it without "that" ("said in a statement it had concerns", "said in an interview
   * he would run"); {@code from} when there is no such adjunct. Looks at a few tokens only.
   */
  private static int afterChannelAdjunct(ParagraphText pt, int from, int se) {
    if (from + 2 >= se || !CHANNEL_PREPOSITIONS.contains(pt.tok(from).lower())) {
      return from;
    }
    for (int j = from + 1; j < se && j - from <= 3; j++) {
      Optional<Match<String>> ch = pt.channelAt(j);
      if (ch.isPresent()) {
        int k = ch.get().to();
        while (k < se && k - j < 8 && (pt.tok(k).isPunct(',') || pt.tok(k).in(WordClass.TIME_WORD))) {
          k++; // "in an interview on Monday, she ..."
        }
        return k < se && pt.tok(k).in(WordClass.SUBJECT_PRONOUN_FORM) ? k : from;
      }
      if (!pt.tok(j).word() || pt.inQuote[j]) {
        return from;
      }
    }
    return from;
  }

  /**
   * The newsroom formula of an unnamed source, "asked not to be identified", "requested
   * anonymity", "asked for anonymity": the source's request, not what it reported.
   */
  private static boolean anonymity(ParagraphText pt, int from, int se) {
    if (from + 2 < se && pt.tok(from).is("not") && pt.tok(from + 1).is("to") && pt.tok(from + 2).is("be")) {
      return true;
    }
    int i = from < se && pt.tok(from).is("for") ? from + 1 : from;
    return i < se && pt.tok(i).is("anonymity");
  }

  /** Tokens of a subject that runs from the sentence start to its cue. */
  private static final int MAX_WHOLE_SUBJECT = 14;

  /**
   * The subject when the nearest noun phrase is none: a description ending in a time phrase
   * ("Jane Roe, who served there until earlier this year, said"), else the whole stretch
   * from the sentence start when it reads as one noun phrase with a coordination in it
   * ("Experts on trade and tariffs said", "Observers in Ohio and around the country say").
   */
  private static TokenSpan wholeSubject(ParagraphText pt, int sf, int cueStart, int subjEnd) {
    if (subjEnd < cueStart) {
      TokenSpan s = Phrases.subjectBefore(pt, cueStart, sf);
      if (!s.isEmpty() && Phrases.looksNominal(pt, s.from(), s.to())) {
        return s;
      }
    }
    if (cueStart - sf < 2 || cueStart - sf > MAX_WHOLE_SUBJECT) {
      return new TokenSpan(cueStart, cueStart);
    }
    Token first = pt.tok(sf);
    boolean head = first.capitalised() && !first.in(WordClass.PREPOSITION)
        && !first.in(WordClass.CLAUSE_WORD);
    if (!head) {
      return new TokenSpan(cueStart, cueStart);
    }
    for (int i = sf; i < cueStart; i++) {
      Token t = pt.tok(i);
      if (!t.word() || pt.inQuote[i] || t.in(WordClass.AUX)
          || pt.cueAt(i).isPresent()
          || t.in(WordClass.CLAUSE_WORD) && !t.is("and") && !t.is("or")) {
        return new TokenSpan(cueStart, cueStart);
      }
    }
    return Phrases.looksNominal(pt, sf, cueStart) ? new TokenSpan(sf, cueStart)
        : new TokenSpan(cueStart, cueStart);
  }

  /**
   * The subject of an earlier verb of saying in the sentence, for a second report that shares
   * it: "A senior official said the plan was ready but added the details ...". Empty when no
   * earlier cue in {@code [sf, limit)} has a nominal subject.
   */
  private static TokenSpan earlierReportSubject(ParagraphText pt, int sf, int limit) {
    for (int i = sf; i < limit; i++) {
      if (pt.inQuote[i] || pt.cueAt(i).isEmpty()) {
        continue;
      }
      int cs = Phrases.cueStart(pt, i, sf);
      TokenSpan s = Phrases.subjectBefore(pt, Phrases.phraseEnd(pt, Phrases.skipTimeLeft(pt, cs, sf), cs), sf);
      if (!s.isEmpty() && Phrases.looksNominal(pt, s.from(), s.to())) {
        return s;
      }
    }
    return new TokenSpan(limit, limit);
  }

  private static boolean isRelativePronoun(ParagraphText pt, TokenSpan subject) {
    return subject.to() - subject.from() == 1
        && (pt.tok(subject.from()).is("who") || pt.tok(subject.from()).is("which"));
  }

  /**
   * Whether the clause at {@code from} starts with its verb: a finite auxiliary ("were
   * accompanied"), or a verb in -s or -ed after an adverb ("now allows").
   */
  private static boolean startsWithVerb(ParagraphText pt, int from, int se) {
    int i = from;
    while (i < se && i - from < 2 && pt.tok(i).word()
        && (pt.tok(i).in(WordClass.TIME_WORD) || pt.tok(i).lower().endsWith("ly"))) {
      i++;
    }
    if (i >= se || !pt.tok(i).word() || pt.tok(i).capitalised()) {
      return false;
    }
    String w = pt.tok(i).lower();
    return Content.FINITE_AUX.contains(w) || i > from && (w.endsWith("s") || w.endsWith("ed"));
  }

  /** The first comma or dash after {@code from} outside quotation marks, or {@code end}. */
  private static int clauseEnd(ParagraphText pt, int from, int end) {
    for (int i = from + 1; i < end; i++) {
      if (!pt.inQuote[i] && (pt.tok(i).isPunct(',') || Phrases.isDash(pt.tok(i)))) {
        return i;
      }
    }
    return end;
  }

  /** Relative words that can be the subject of the reported clause after "X said". */
  private static final java.util.Set<String> GAPPED_RELATIVES =
      java.util.Set.of("which", "what", "who", "whom", "that");

  /** Tokens between "who" and the "and" of a second verb it is the subject of. */
  private static final int MAX_RELATIVE_VERB_PHRASE = 15;

  /**
   * The relative pronoun "who" that is the subject of the verb phrase before the "and" at
   * {@code and} ("fishermen, who marched along the quays and called for ..."), when no comma,
   * quotation or other cue comes between; else an empty span.
   */
  private static TokenSpan relativeSubject(ParagraphText pt, int sf, int and) {
    for (int i = and - 1; i >= sf && and - i <= MAX_RELATIVE_VERB_PHRASE; i--) {
      Token t = pt.tok(i);
      if (t.is("who") && i + 1 < and && !pt.inQuote[i]) {
        return new TokenSpan(i, i + 1);
      }
      if (!t.word() || pt.inQuote[i] || pt.cueAt(i).isPresent()
          || t.in(WordClass.CLAUSE_WORD)) {
        break;
      }
    }
    return new TokenSpan(and, and);
  }

  /** The subject of the sentence's first verb, for "X mentioned ... and said that ...". */
  private static TokenSpan sentenceSubject(ParagraphText pt, int sf, int limit) {
    while (sf < limit && pt.tok(sf).in(WordClass.CLAUSE_WORD)) {
      sf++; // "Though she called ... and called for ...": the subject follows the conjunction
    }
    int e = sf;
    while (e < limit && (pt.tok(e).capitalised() || pt.tok(e).in(WordClass.DETERMINER)
        || pt.tok(e).is("of")) && e - sf < 8) {
      e++;
    }
    if (e == sf && e < limit && pt.tok(e).in(WordClass.SUBJECT_PRONOUN_FORM)) {
      e++;
    }
    return new TokenSpan(sf, e);
  }
}
