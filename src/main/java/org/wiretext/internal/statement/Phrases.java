package org.wiretext.internal.statement;

import java.util.Optional;
import java.util.Set;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Cue;
import org.wiretext.internal.statement.SpeechLexicon.Match;

/**
 * Finds the phrases around a cue: the cue as written (with its auxiliaries), the speaker
 * before it ({@code X said}) or after it ({@code said X}), and time adjuncts to step over.
 * The word classes here are closed grammatical classes of English (conjunctions,
 * prepositions, weekdays and months), not a lexicon of names.
 */
final class Phrases {

  private Phrases() {}

  /** Words that start a new clause: a subject never reaches back over them. */
  static final Set<String> CLAUSE_WORDS = Set.of(
      "that", "and", "but", "or", "because", "while", "when", "if", "as", "who", "which",
      "where", "after", "before", "since", "though", "although", "so", "whether", "than",
      "until", "unless", "whom", "whose", "what", "how", "why", "nor", "yet");

  /** Prepositions that open an adjunct ("in a letter", "during this week"). */
  static final Set<String> PREPOSITIONS = Set.of(
      "in", "on", "at", "during", "through", "via", "with", "to", "from", "by", "for", "after",
      "before", "over", "under", "about", "into", "across", "amid", "following", "despite",
      "throughout", "within", "without", "upon", "outside", "inside", "near", "like", "among",
      "between");

  /** Words of a time adjunct ("on Monday", "last week", "earlier this month"). */
  static final Set<String> TIME_WORDS = Set.of(
      "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "last", "this", "next",
      "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "then",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
      "dec.", "ago", "days", "weeks", "months", "years", "recently", "now", "in");

  /** Sentence adverbs and connectives set off by a comma ("However, the mayor said"). */
  static final Set<String> CONNECTIVES = Set.of(
      "however", "meanwhile", "still", "instead", "moreover", "indeed", "even", "once", "also",
      "furthermore", "nevertheless", "nonetheless", "separately", "again", "overall", "finally",
      "initially", "ultimately", "similarly", "likewise", "besides", "otherwise", "thus",
      "hence", "therefore", "accordingly", "previously", "currently", "well", "yes", "no",
      "consequently", "additionally", "importantly", "notably", "clearly", "perhaps");

  /** Personal pronouns that can be a speaker. */
  static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

  /** Endings of a pronoun's contraction with an auxiliary: "he's", "they're", "I've". */
  private static final java.util.List<String> CONTRACTIONS =
      java.util.List.of("'s", "'re", "'ve", "'d", "'ll", "'m");

  /**
   * The subject pronoun that {@code lower} is or begins as a contraction ("he", "he's",
   * "they're", "i've" give "he", "he", "they", "i"); null for any other word.
   */
  static String subjectPronoun(String lower) {
    if (SUBJECT_PRONOUNS.contains(lower)) {
      return lower;
    }
    int apostrophe = lower.indexOf('\'');
    if (apostrophe > 0 && CONTRACTIONS.contains(lower.substring(apostrophe))) {
      String p = lower.substring(0, apostrophe);
      return SUBJECT_PRONOUNS.contains(p) ? p : null;
    }
    return null;
  }

  /**
   * Every word {@link #subjectPronoun} gives a pronoun for: the pronouns and their
   * contractions, for {@link WordClass#SUBJECT_PRONOUN_FORM}.
   */
  static Set<String> subjectPronounForms() {
    Set<String> out = new java.util.HashSet<>(SUBJECT_PRONOUNS);
    for (String p : SUBJECT_PRONOUNS) {
      for (String c : CONTRACTIONS) {
        out.add(p + c);
      }
    }
    return Set.copyOf(out);
  }

  static boolean isSubjectPronoun(String lower) {
    return subjectPronoun(lower) != null;
  }

  /**
   * Lower-case words that may stand in a title before a name: the modifiers of
   * {@code title-modifiers.txt} and the words of the title heads of {@code titles.tsv}.
   */
  private static final Set<String> TITLE_WORDS = titleWords();

  private static Set<String> titleWords() {
    Set<String> out = new java.util.HashSet<>(
        org.wiretext.internal.lexicon.LexiconFile.lines("title-modifiers.txt"));
    for (String[] row : org.wiretext.internal.lexicon.LexiconFile.rows("titles.tsv")) {
      out.addAll(java.util.Arrays.asList(row[0].trim().split(" ")));
    }
    out.removeAll(PREPOSITIONS);
    return Set.copyOf(out);
  }

  /** The words of {@link #isTitleWord}, for {@link WordClass#TITLE_WORD}. */
  static Set<String> titleWordSet() {
    return TITLE_WORDS;
  }

  /** Whether {@code lower} is a word of a title ("commissioner", "senior", "deputy"). */
  static boolean isTitleWord(String lower) {
    return TITLE_WORDS.contains(lower);
  }

  /** Tokens a main clause's subject may run over before its name ends. */
  private static final int MAX_MAIN_SUBJECT = 10;

  /**
   * The subject that opens the main clause of sentence tokens {@code [sf, limit)}, for a
   * participle cue after it ("Rival Jane Roe had mocked the claim, saying ..."): after a
   * leading adjunct set off by a comma, a subject pronoun, or a name with the determiner,
   * titles and title modifiers before it. Empty when the clause opens with anything else.
   */
  static TokenSpan mainClauseSubject(ParagraphText pt, int sf, int limit) {
    int s = sf;
    if (s < limit && (pt.tok(s).in(WordClass.PREPOSITION) || pt.tok(s).in(WordClass.CONNECTIVE)
        || pt.tok(s).in(WordClass.TIME_WORD) || pt.tok(s).in(WordClass.CLAUSE_WORD))) {
      int c = s + 1;
      while (c < limit && c - s < 16 && !pt.tok(c).isPunct(',')) {
        c++;
      }
      if (c >= limit || !pt.tok(c).isPunct(',')) {
        return new TokenSpan(limit, limit);
      }
      s = c + 1;
    }
    if (s >= limit) {
      return new TokenSpan(limit, limit);
    }
    if (pt.tok(s).in(WordClass.SUBJECT_PRONOUN_FORM)) {
      return new TokenSpan(s, s + 1);
    }
    int lastName = -1;
    for (int i = s; i < limit && i - s < MAX_MAIN_SUBJECT; i++) {
      Token t = pt.tok(i);
      int tag = PartyTag.end(pt, i, limit);
      if (tag > i && lastName == i - 1) {
        i = tag - 1;
        continue;
      }
      if (!t.word()) {
        boolean abbreviationDot = t.isPunct('.') && i > s
            && org.wiretext.internal.text.SentenceSplitter.isAbbreviation(pt.tok(i - 1).lower());
        if (abbreviationDot || t.lower().equals("'")) {
          continue;
        }
        break;
      }
      if (pt.inQuote[i] || t.in(WordClass.AUX) || pt.cueAt(i).isPresent()) {
        break;
      }
      if (t.capitalised() && !t.in(WordClass.TIME_WORD)) {
        lastName = i;
      } else if (!(i == s && t.in(WordClass.DETERMINER) || t.is("of") && lastName == i - 1
          || t.in(WordClass.TITLE_WORD) || t.in(WordClass.SPEAKER_WORD))) {
        break;
      }
    }
    return lastName >= 0 ? new TokenSpan(s, appositiveEnd(pt, lastName + 1, limit)) : new TokenSpan(limit, limit);
  }

  /**
   * The end of an appositive set off by commas right after a name ending at {@code e} ("Jane
   * Roe[, her Republican opponent,] bemoaned"): the token before its closing comma, or
   * {@code e} when there is none, or it holds a cue, an auxiliary or a quotation.
   */
  private static int appositiveEnd(ParagraphText pt, int e, int limit) {
    if (e + 1 >= limit || !pt.tok(e).isPunct(',')) {
      return e;
    }
    Token opener = pt.tok(e + 1);
    if (!(isDescriptionStart(opener) || opener.capitalised() && opener.lower().endsWith("'s"))
        || opener.is("which")) {
      return e;
    }
    for (int k = e + 1; k < limit && k - e < MAX_APPOSITIVE; k++) {
      Token t = pt.tok(k);
      if (t.isPunct(',')) {
        return k > e + 1 ? k : e;
      }
      if (pt.isQuoteMark(k) || pt.inQuote[k] || t.isPunct('.') && !abbreviationDot(pt, k)
          || t.isPunct(';') || t.isPunct(':') || pt.cueAt(k).isPresent()
          || t.in(WordClass.AUX) && !t.is("who")) {
        return e;
      }
    }
    return e;
  }

  /** Object pronouns that can be an addressee. */
  static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you");

  /**
   * Whether tokens {@code [from, to)} hold no cue and no clause word: the adjunct between a
   * cue and the colon or quotation it introduces ("told reporters:", "said on Twitter:").
   */
  static boolean noVerbBetween(ParagraphText pt, int from, int to) {
    for (int i = from; i < to; i++) {
      if (pt.cueAt(i).isPresent() || pt.tok(i).in(WordClass.CLAUSE_WORD)) {
        return false;
      }
    }
    return true;
  }

  /** The first token of the cue as written: auxiliaries and adverbs just before it. */
  static int cueStart(ParagraphText pt, int cue, int lo) {
    int i = cue;
    while (i - 1 >= lo && pt.tok(i - 1).word() && pt.tok(i - 1).in(WordClass.AUX)) {
      i--;
    }
    return i;
  }

  /** Steps left over a time adjunct and commas ("Vuiqi, on February 28 said"). */
  static int skipTimeLeft(ParagraphText pt, int end, int lo) {
    while (end - 1 >= lo && pt.tok(end - 1).word() && pt.tok(end - 1).lower().endsWith("n't")) {
      end--; // "his aides haven't said": the negation is no part of the subject
    }
    int i = end;
    int steps = 0;
    while (i - 1 >= lo && steps < 6) {
      Token t = pt.tok(i - 1);
      if (t.word() && (t.in(WordClass.TIME_WORD) || Character.isDigit(t.lower().charAt(0)))) {
        i--;
        steps++;
      } else {
        break;
      }
    }
    // keep the adjunct only if it began with "on"/"last"/"earlier"/a weekday; else undo
    if (i < end && !(pt.tok(i).in(WordClass.TIME_WORD))) {
      return end;
    }
    if (i < end && i - 1 >= lo && pt.tok(i - 1).word() && Character.isUpperCase(
        pt.source.original().charAt(pt.tok(i - 1).start())) && !isDayOrMonth(pt.tok(i).lower())) {
      return end; // "Osmani then" would lose the name otherwise: only full adjuncts
    }
    while (i - 1 >= lo && pt.tok(i - 1).isPunct(',')) {
      i--;
    }
    return i;
  }

  /**
   * Where the subject phrase before a cue ends, given the end {@code subjEnd} that
   * {@link #skipTimeLeft} found: at the cue itself when only commas lie between, so that
   * "NAME, a DESCRIPTION, told" reads the appositive as one with the name before it.
   */
  static int phraseEnd(ParagraphText pt, int subjEnd, int cueStart) {
    for (int i = subjEnd; i < cueStart; i++) {
      if (!pt.tok(i).isPunct(',')) {
        return subjEnd;
      }
    }
    return cueStart;
  }

  private static boolean isDayOrMonth(String w) {
    return TIME_WORDS.contains(w) && w.length() > 4 || w.equals("on") || w.equals("last")
        || w.equals("may") || w.equals("june") || w.equals("july");
  }

  /**
   * The speaker phrase that ends just before token {@code end} (exclusive), not reaching before
   * {@code lo}: a noun phrase, with an appositive set off by commas ("Brian Fallon, the
   * campaign's press secretary,"). Empty when there is none.
   */
  static TokenSpan subjectBefore(ParagraphText pt, int end, int lo) {
    TokenSpan dashed = dashedAppositive(pt, end, lo);
    if (!dashed.isEmpty()) {
      return dashed;
    }
    int e = end;
    while (e - 1 >= lo && pt.tok(e - 1).isPunct(',')) {
      e--;
    }
    int tag = PartyTag.startBefore(pt, e, lo);
    if (tag > lo && pt.tok(tag).isPunct(',')) {
      // "Sen. John Roe, R-Ky., said": the phrase is the name before its tag, and the tag
      TokenSpan name = subjectBefore(pt, tag, lo);
      return name.isEmpty() ? name : new TokenSpan(name.from(), e);
    }
    int formula = e < end ? ageAndPlaceStart(pt, e, lo) : -1;
    if (formula >= 0) {
      return new TokenSpan(formula, e); // "Jane Roe, 59, of Ashton, Md., said"
    }
    if (e < end) {
      // "NAME, a description that may hold clause words, said"; "NAME, the mayor of X, close
      // to the border, said"; "NAME, with the X Institution, said"
      int c = e - 1;
      while (c > lo && e - c < MAX_APPOSITIVE && !pt.tok(c).isPunct(',')) {
        Token t = pt.tok(c);
        if (t.isPunct('.') && !abbreviationDot(pt, c) || t.isPunct(';') || t.isPunct(':')
            || pt.isQuoteMark(c)) {
          c = lo;
          break;
        }
        c--;
      }
      int named = -1;
      for (int round = 0; round < 3 && c > lo && pt.tok(c).isPunct(','); round++) {
        Token opener = pt.tok(c + 1);
        boolean participle = opener.word() && !opener.capitalised() && opener.lower().endsWith("ing")
            && pt.cueAt(c + 1).isEmpty(); // "NAME, appearing after X, said"
        boolean possessive = opener.capitalised() && opener.lower().endsWith("'s"); // "China, Pyongyang's ally,"
        boolean afterName = pt.tok(c - 1).capitalised() || pt.tok(c - 1).isPunct('.') && abbreviationDot(pt, c - 1);
        if (!afterName || !(isDescriptionStart(opener) || participle || possessive
            || AFFILIATION_PREPOSITIONS.contains(opener.lower()))) {
          break;
        }
        int f = ageAndPlaceStart(pt, c, lo);
        int s = f >= 0 ? f : nounPhraseStart(pt, c, lo);
        if (s >= c || !hasCapital(pt, s, c)) {
          break;
        }
        named = s;
        c = s - 1; // another appositive before this one?
      }
      if (named >= 0) {
        return new TokenSpan(named, e);
      }
    }
    int s = nounPhraseStart(pt, e, lo);
    if (s == e) {
      return new TokenSpan(end, end);
    }
    if (s - 1 > lo && !pt.tok(s).capitalised() && !pt.tok(s).in(WordClass.DETERMINER)
        && !pt.tok(s).in(WordClass.SUBJECT_PRONOUN_FORM) && !pt.tok(s).in(WordClass.SOURCE_NOUN)
        && (pt.tok(s - 1).is("who") || pt.tok(s - 1).is("which")) && pt.tok(s - 2).word()) {
      // "mandarins who take decisions ... added": a restrictive relative clause is not the
      // subject of the cue after it
      return new TokenSpan(end, end);
    }
    // an appositive: "NAME, DESCRIPTION," or "DESCRIPTION, NAME,"; a pronoun takes none
    // ("Farmers, she said, ...": the pronoun is the whole subject)
    boolean pronoun = e - s == 1 && pt.tok(s).in(WordClass.SUBJECT_PRONOUN_FORM);
    for (int round = 0; !pronoun && round < 2 && s - 1 > lo && pt.tok(s - 1).isPunct(','); round++) {
      int s2 = nounPhraseStart(pt, s - 1, lo);
      if (s2 == s - 1 || !looksNominal(pt, s2, s - 1) || s2 > lo && pt.tok(s2 - 1).word()
          || pt.tok(s2).in(WordClass.PREPOSITION) || pt.tok(s2).is("of") && pt.tok(s2).capitalised()
          || pt.tok(s2).in(WordClass.CLAUSE_WORD)
          || pt.tok(s2).in(WordClass.TIME_WORD) || pt.tok(s2).in(WordClass.CONNECTIVE)
          || pt.tok(s2).in(WordClass.SUBJECT_PRONOUN_FORM) || hasAux(pt, s2, s - 1)) {
        break; // "In May, state lawyers said", "Of those asked, 55% said": no appositive
      }
      boolean nameOnOneSide = pt.tok(s2).capitalised() || pt.tok(s).capitalised();
      boolean bareName = pt.tok(s2).capitalised() && !pt.tok(s2).in(WordClass.TITLE_WORD);
      if (!nameOnOneSide || bareName && closesLeadingAdjunct(pt, s2 - 1)) {
        break; // "In her 2003 book, Harbour Lights, Nora Vik noted": the title is the book's
      }
      s = s2;
    }
    if (!pronoun && s - 2 >= lo && pt.tok(s - 1).is("and")) {
      // "Senators Ada Moe and Lin Park said", "The nominee and his aides said": a coordinated
      // subject that opens the sentence is one phrase
      int s0 = nounPhraseStart(pt, s - 1, lo);
      if (s0 == lo && s0 < s - 1 && looksNominal(pt, s0, s - 1) && !hasAux(pt, s0, s - 1)
          && noVerbBetween(pt, s0, s - 1) && !pt.tok(s0).in(WordClass.SUBJECT_PRONOUN_FORM)) {
        s = s0;
      }
    }
    return new TokenSpan(s, e);
  }

  private static final int MAX_APPOSITIVE = 30;

  /** Words of a place name in "NAME, 59, of Ashton Falls, Md.," and of the name before it. */
  private static final int MAX_FORMULA_WORDS = 4;

  /**
   * The start of the news formula "NAME, AGE, of PLACE, STATE" ending just before {@code e}
   * (each part after the name optional, at least one present): "Jane Roe, 59, of Ashton,
   * Md.", "Jane Roe, 41, of Dayton", "Jane Roe of Ashton, Md."; -1 when there is none.
   */
  private static int ageAndPlaceStart(ParagraphText pt, int e, int lo) {
    int k = e;
    boolean part = false;
    boolean state = false;
    if (k - 3 >= lo && pt.tok(k - 1).isPunct('.') && pt.tok(k - 2).capitalised()
        && PartyTag.isStateAbbreviation(pt.tok(k - 2).lower()) && pt.tok(k - 3).isPunct(',')) {
      k -= 3; // ", Md."
      state = true;
    }
    int p = k;
    while (p - 1 > lo && k - p < MAX_FORMULA_WORDS && pt.tok(p - 1).word() && pt.tok(p - 1).capitalised()) {
      p--;
    }
    if (p < k && p - 1 > lo && pt.tok(p - 1).is("of")) {
      k = p - 1; // "of Ashton"
      part = true;
      if (k - 1 > lo && pt.tok(k - 1).isPunct(',')) {
        k--;
      } else if (!state) {
        return -1; // "a professor at the School of Law": no place of residence
      }
    } else if (state) {
      return -1; // a state with no place before it
    }
    if (k - 2 > lo && pt.tok(k - 1).word() && isAge(pt.tok(k - 1).lower()) && pt.tok(k - 2).isPunct(',')) {
      k -= 2; // ", 59"
      part = true;
    }
    if (!part) {
      return -1;
    }
    int s = k;
    while (s - 1 >= lo && k - s < MAX_FORMULA_WORDS + 1 && (pt.tok(s - 1).word() && pt.tok(s - 1).capitalised()
        || pt.tok(s - 1).isPunct('.') && abbreviationDot(pt, s - 1))) {
      s--;
    }
    return s < k && pt.tok(s).capitalised() ? s : -1;
  }

  /** One to three digits: an age. */
  private static boolean isAge(String w) {
    if (w.isEmpty() || w.length() > 3) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the comma at {@code comma} closes the prepositional adjunct that opens its
   * sentence ("In her 2003 book,"): what follows is an appositive of the adjunct's noun or
   * the subject, not an appositive of the subject.
   */
  private static boolean closesLeadingAdjunct(ParagraphText pt, int comma) {
    if (comma <= 0 || !pt.tok(comma).isPunct(',')) {
      return false;
    }
    int sf = pt.sentenceStart(comma);
    if (!pt.tok(sf).in(WordClass.PREPOSITION)) {
      return false;
    }
    if (comma - sf > MAX_LEADING_ADJUNCT) {
      return false;
    }
    for (int i = sf + 1; i < comma; i++) {
      if (!pt.tok(i).word() && !pt.tok(i).lower().equals("'")) {
        return false;
      }
    }
    return true;
  }

  /** Tokens of a leading prepositional adjunct ("In her 2009 memoir"); bounds the look-back. */
  private static final int MAX_LEADING_ADJUNCT = 12;

  /** Prepositions that open an affiliation after a name: "Jane Roe, of the Hudson Institute,". */
  private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("with", "of", "from", "at");

  static boolean isDash(Token t) {
    return t.isPunct('-') || t.isPunct('\u2014') || t.isPunct('\u2013') || t.isPunct('\u2015');
  }

  /**
   * "NAME -- a description -- said": a name with a description set off by dashes that end
   * just before {@code end}; empty when there is none.
   */
  private static TokenSpan dashedAppositive(ParagraphText pt, int end, int lo) {
    int d = end;
    while (d - 1 >= lo && isDash(pt.tok(d - 1))) {
      d--;
    }
    if (d == end || d - 1 < lo) {
      return new TokenSpan(end, end);
    }
    int k = d - 1;
    while (k > lo && d - k < MAX_APPOSITIVE && !isDash(pt.tok(k)) && !pt.tok(k).isPunct('.')
        && !pt.isQuoteMark(k)) {
      k--;
    }
    if (k <= lo || !isDash(pt.tok(k)) || k + 1 >= d) {
      return new TokenSpan(end, end);
    }
    int open = k;
    while (open - 1 >= lo && isDash(pt.tok(open - 1))) {
      open--;
    }
    if (open - 1 < lo || !pt.tok(open - 1).capitalised()) {
      return new TokenSpan(end, end);
    }
    int s = nounPhraseStart(pt, open, lo);
    return s < open && hasCapital(pt, s, open) ? new TokenSpan(s, end) : new TokenSpan(end, end);
  }

  /** A full stop after an abbreviation or initialism ("U.S.", "Sen."), not a sentence's end. */
  private static boolean abbreviationDot(ParagraphText pt, int dot) {
    if (dot == 0 || !pt.tok(dot - 1).word()) {
      return false;
    }
    String w = pt.tok(dot - 1).lower();
    return w.indexOf('.') > 0 || org.wiretext.internal.text.SentenceSplitter.isAbbreviation(w)
        || pt.tok(dot - 1).capitalised() && PartyTag.isStateAbbreviation(w); // "of Ashton, Md.,"
  }

  private static boolean hasAux(ParagraphText pt, int from, int to) {
    for (int i = from; i < to; i++) {
      if (pt.tok(i).in(WordClass.AUX)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCapital(ParagraphText pt, int from, int to) {
    for (int i = from; i < to; i++) {
      if (pt.tok(i).capitalised()) {
        return true;
      }
    }
    return false;
  }

  /** The first word of an appositive description: "a former aide", "the head of", "president of". */
  static boolean isDescriptionStart(Token t) {
    return t.word() && (t.in(WordClass.DETERMINER) || t.is("who") || t.is("whose") || t.is("which")
        || !t.capitalised() && !t.in(WordClass.CLAUSE_WORD)
        && !t.in(WordClass.PREPOSITION) && !t.lower().endsWith("ing"));
  }

  /** Where the noun phrase ending at {@code e} starts (== e when there is none). */
  /** Brackets hold at most this many tokens to count as part of a noun phrase. */
  private static final int MAX_BRACKET = 10;

  /** The index of the "(" that the ")" at {@code close} closes, within a few tokens; else -1. */
  private static int bracketOpen(ParagraphText pt, int close, int lo) {
    for (int i = close - 1; i >= lo && close - i <= MAX_BRACKET; i--) {
      String w = pt.tok(i).lower();
      if (w.equals("(")) {
        return i;
      }
      if (w.equals(")") || w.equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  private static int nounPhraseStart(ParagraphText pt, int e, int lo) {
    int s = e;
    int words = 0;
    while (s - 1 >= lo && words < 12 && e - s < 24) {
      Token t = pt.tok(s - 1);
      if (!t.word()) {
        int open = t.lower().equals(")") ? bracketOpen(pt, s - 1, lo) : -1;
        if (open >= 0) {
          s = open; // a bracketed party and state, "(D-Ore.)", belongs to the name before it
          continue;
        }
        if (t.lower().equals("'") || t.lower().equals("(") || t.lower().equals(")")
            || t.lower().equals("%") && s - 2 >= lo && Character.isDigit(pt.tok(s - 2).lower().charAt(0))
            || t.lower().equals(".") && s - 2 >= lo && pt.tok(s - 2).word()
            && pt.tok(s - 2).lower().length() <= 3) {
          s--; // possessive mark, bracketed party "(R-S.C.)", "Mr." dot, "55%"
          continue;
        }
        break;
      }
      if (t.in(WordClass.CLAUSE_WORD) || pt.cueAt(s - 1).isPresent()
          && !t.capitalised()) {
        break;
      }
      s--;
      words++;
    }
    // a leading preposition phrase is not part of the subject: "In June the senator"
    while (s < e && !pt.tok(s).word()) {
      s++;
    }
    if (s < e && pt.tok(s).in(WordClass.PREPOSITION)) {
      // the subject starts at the last determiner or pronoun: "On his page the mayor"
      int k = e - 1;
      while (k > s && !pt.tok(k).in(WordClass.DETERMINER) && !pt.tok(k).in(WordClass.SUBJECT_PRONOUN)) {
        k--;
      }
      if (k > s) {
        return k;
      }
      // no determiner: the name after the last preposition ("by Nora Vik")
      int p = e - 1;
      while (p > s && !pt.tok(p).in(WordClass.PREPOSITION)) {
        p--;
      }
      int n = p + 1;
      while (n + 1 < e && pt.tok(n).in(WordClass.TIME_WORD)) {
        n++; // "In May Berg said", "For months Berg said": the time is the phrase's, not the name's
      }
      return n < e && pt.tok(n).capitalised() ? n : e;
    }
    return s;
  }

  /** Determiners, possessives and numbers that open a noun phrase ("the", "his", "two"). */
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "two", "three",
      "several", "some", "many", "one", "his", "her", "their", "its", "our", "other", "my",
      "your");

  static boolean isDeterminer(String w) {
    return DETERMINERS.contains(w);
  }

  /** Whether tokens {@code [s, e)} can be a speaker: a name, pronoun, source or description. */
  static boolean looksNominal(ParagraphText pt, int s, int e) {
    if (s >= e) {
      return false;
    }
    Token first = pt.tok(s);
    if (e - s == 1 && first.in(WordClass.SUBJECT_PRONOUN_FORM)) {
      return true;
    }
    if (first.in(WordClass.PREPOSITION) && !first.capitalised()) {
      return false;
    }
    for (int i = s; i < e; i++) {
      Token t = pt.tok(i);
      if (t.capitalised() || t.in(WordClass.SOURCE_NOUN)) {
        return true;
      }
    }
    return first.in(WordClass.DETERMINER) && e - s <= 6 || isShare(pt, s, e);
  }

  /** A share of those polled standing alone as a subject: "63 percent", "40 per cent", "55%". */
  private static boolean isShare(ParagraphText pt, int s, int e) {
    if (e - s > 3 || !Character.isDigit(pt.tok(s).lower().charAt(0))) {
      return false;
    }
    String last = pt.tok(e - 1).lower();
    return last.equals("percent") || last.equals("%") || last.equals("cent") && pt.tok(e - 2).is("per");
  }

  /**
   * The speaker phrase after a cue ({@code said X}): up to a comma, a full stop, a quotation
   * mark, a preposition or a clause word.
   */
  static TokenSpan subjectAfter(ParagraphText pt, int from, int hi) {
    return subjectAfter(pt, from, hi, true);
  }

  /** As {@link #subjectAfter(ParagraphText, int, int)}; {@code appositive} takes ", a ..." too. */
  static TokenSpan subjectAfter(ParagraphText pt, int from, int hi, boolean appositive) {
    int e = from;
    boolean afterTag = false;
    while (e < hi && e - from < 12) {
      Token t = pt.tok(e);
      int tag = e > from ? PartyTag.end(pt, e, hi) : e;
      if (tag > e) {
        e = tag; // "said Rep. Jane Doe (D-Ore.)"
        afterTag = true;
        continue;
      }
      if (!t.word()) {
        if (t.isPunct('.') && e > from && pt.tok(e - 1).lower().length() <= 3
            && e + 1 < hi && pt.tok(e + 1).capitalised()) {
          e++; // "Mr. Smith"
          continue;
        }
        if (t.lower().equals("'") && e + 1 < hi && pt.tok(e + 1).is("s")) {
          e++;
          continue;
        }
        break;
      }
      if (e > from && (t.in(WordClass.CLAUSE_WORD) || t.in(WordClass.PREPOSITION)
          && !(t.is("of") || t.is("for")) && !(e > from && pt.tok(e - 1).in(WordClass.SOURCE_NOUN)
          && t.is("in")) || t.in(WordClass.TIME_WORD) && !t.capitalised())) {
        break;
      }
      if (e == from && (t.in(WordClass.CLAUSE_WORD) || t.in(WordClass.PREPOSITION))) {
        break;
      }
      e++;
    }
    if (!looksNominal(pt, from, e)) {
      return new TokenSpan(from, from);
    }
    if (!appositive || e + 1 >= hi || !pt.tok(e).isPunct(',') || !(pt.tok(e - 1).capitalised() || afterTag)
        || pt.cueAt(e + 1).isPresent()) {
      return new TokenSpan(from, e);
    }
    // "said Alan Reed, an economist at the institute, who ...": the appositives and relative
    // clauses that run to the end of the sentence belong to the speaker's phrase
    int whole = appositivesToSentenceEnd(pt, e, hi);
    if (whole > e) {
      return new TokenSpan(from, whole);
    }
    // "said Alan Reed, an economist at the institute."
    if (isDescriptionStart(pt.tok(e + 1))) {
      int k = e + 1;
      while (k < hi && k - e < MAX_APPOSITIVE && !pt.tok(k).isPunct(',') && !pt.tok(k).isPunct('.')
          && !pt.isQuoteMark(k)) {
        k++;
      }
      if (k - e < MAX_APPOSITIVE) {
        return new TokenSpan(from, k);
      }
    }
    return new TokenSpan(from, e);
  }

  /** Tokens of a chain of appositives and relative clauses after a speaker's name. */
  private static final int MAX_APPOSITIVE_CHAIN = 45;

  /**
   * The end of the appositives after the speaker's name at the comma {@code comma} when they
   * run to the end of the sentence with no cue, quotation, clause word or auxiliary outside a
   * relative clause: "said Alan Reed, House editor of the Ledger." and "said Ada Kim, a
   * lawyer at Poole & Co., who represents the city in the case."; else {@code comma}.
   */
  private static int appositivesToSentenceEnd(ParagraphText pt, int comma, int hi) {
    Token first = pt.tok(comma + 1);
    if (!first.word() || !(isDescriptionStart(first) || first.capitalised()
        && !first.in(WordClass.CLAUSE_WORD) && !first.in(WordClass.PREPOSITION))) {
      return comma;
    }
    // a longer tail is no appositive (and the bound keeps the scan linear)
    int end = Math.min(hi, comma + 1 + MAX_APPOSITIVE_CHAIN);
    boolean relative = false;
    int words = 0;
    for (int k = comma + 1; k < end; k++) {
      Token t = pt.tok(k);
      if (t.isPunct('.') && !abbreviationDot(pt, k) || t.isPunct('!') || t.isPunct('?')) {
        return words >= 2 ? k : comma;
      }
      if (pt.isQuoteMark(k) || t.isPunct(';') || t.isPunct(':') || t.isPunct('(') && !relative) {
        return comma;
      }
      if (t.isPunct(',')) {
        Token next = k + 1 < hi ? pt.tok(k + 1) : null;
        if (next != null && next.word() && next.lower().endsWith("ing") && !next.capitalised()
            && !next.in(WordClass.PREPOSITION) && !next.is("including")) {
          return comma; // "said Ada Kim, a lawyer, adding that ..."
        }
        continue;
      }
      if (!t.word()) {
        continue;
      }
      words++;
      if (t.is("who") || t.is("whose") || t.is("which") || t.is("whom")) {
        relative = true;
        continue;
      }
      if (pt.cueAt(k).isPresent() && !relative
          || !relative && (t.in(WordClass.AUX) || t.in(WordClass.CLAUSE_WORD))) {
        return comma; // "said Ada Kim, and she added", "said Kim, as she left"
      }
      Optional<Match<Cue>> cue = relative ? pt.cueAt(k) : Optional.empty();
      if (cue.isPresent() && cue.get().to() < end && opensContent(pt, cue.get().to())) {
        return comma; // "said Ada Kim, who added that ...": a statement of its own
      }
    }
    return end == hi && words >= 2 ? hi : comma;
  }

  /** "that", a colon, a quotation mark or a subject pronoun: what was said starts here. */
  private static boolean opensContent(ParagraphText pt, int i) {
    Token t = pt.tok(i);
    return t.is("that") || t.isPunct(':') || pt.isQuoteMark(i) || t.in(WordClass.SUBJECT_PRONOUN_FORM);
  }
}
