package org.wiretext.internal.statement;

import java.util.Set;

/**
 * Where reported content ends: at the end of its sentence without the final full stop, or
 * before a trailing adjunct that is not part of what was said (", while speaking alongside
 * ...", ", adding ...", ", the news agency reports", "through a letter sent to ...") or a
 * concession (", though ..."), at a
 * semicolon, and before a second report joined by "and" or "but" ("and added ...").
 */
final class Content {

  private Content() {}

  /** Words that, after a comma, open an adjunct of the report rather than its content. */
  static final Set<String> ADJUNCT_AFTER_COMMA = Set.of(
      "while", "during", "speaking", "adding", "saying", "writing", "noting", "citing",
      "referring", "reminding", "stressing", "explaining", "arguing", "insisting", "warning",
      "referencing", "pointing", "gesturing", "laughing", "smiling", "sighing", "nodding",
      "shrugging", "recalling", "quoting", "echoing", "responding", "replying", "answering",
      "acknowledging", "conceding", "calling", "describing", "labeling", "labelling", "branding");

  /**
   * Conjunctions that, after a comma, open a concession of the writer's: "he said the plan
   * would work, though he gave no date" reports only the plan.
   */
  static final Set<String> CONCESSIVE = Set.of("though", "although");

  /** Subject pronouns of persons, which after ", but" go on about the speaker. */
  private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she");

  /**
   * Words that open a clause or phrase of time or circumstance after a comma ("..., officials
   * said Friday, as they met", "she said, after the vote"): an adjunct of the saying.
   */
  static final Set<String> TIME_CLAUSE_OPENERS = Set.of(
      "as", "while", "when", "after", "before", "amid", "during");

  /** Whether {@code lower} opens an adjunct of the report after a comma ("adding", "while"). */
  static boolean isAdjunctWord(String lower) {
    return ADJUNCT_AFTER_COMMA.contains(lower);
  }

  /** The end (exclusive token index) of content starting at {@code from} in its sentence. */
  static int end(ParagraphText pt, int from, int sentenceEnd) {
    int e = sentenceEnd;
    for (int i = from + 1; i < sentenceEnd; i++) {
      if (pt.claimed[i] && !pt.inQuote[i]) {
        e = i;
        break;
      }
      Token t = pt.tok(i);
      if (pt.inQuote[i]) {
        continue;
      }
      // a comma, or a quotation that ends with one: "... to serve," while 73 percent said
      boolean closing = pt.isQuoteMark(i) && i > from && pt.tok(i - 1).isPunct(',');
      if ((t.isPunct(',') || closing) && i + 1 < sentenceEnd) {
        Token n = pt.tok(i + 1);
        int cut = closing ? i + 1 : i; // the quotation keeps its closing mark
        if (n.in(WordClass.ADJUNCT_AFTER_COMMA | WordClass.CONCESSIVE)) {
          e = cut;
          break;
        }
        if (relativeReport(pt, i + 1, sentenceEnd)) {
          e = cut; // "..., which he said were ...": a report of its own
          break;
        }
        if (sentenceEnd - i <= 12 && isTrailingReport(pt, i + 1, sentenceEnd)) {
          e = cut;
          break;
        }
        if (n.is("but") && i + 2 < sentenceEnd && PERSONAL_SUBJECTS.contains(pt.tok(i + 2).lower())
            && !(i + 4 < sentenceEnd && pt.tok(i + 4).is("that"))) {
          // "X said A, but he refused to say more": the writer goes on about the speaker; "A,
          // but she knows that B" is still what was said
          e = cut;
          break;
        }
      }
      boolean conjunction = t.is("and") || t.is("but");
      if (t.isPunct(';') || conjunction && coordinatedReport(pt, i + 1, sentenceEnd,
          pt.tok(i - 1).isPunct(','))) {
        e = i; // "X said A; B" and "X said A and added B": the content is A
        break;
      }
      if ((t.is("through") || t.is("via")) && i + 2 < sentenceEnd
          && pt.channelAt(i + 2).isPresent()) {
        e = i;
        break;
      }
    }
    while (e > from && isTrailingPunct(pt.tok(e - 1))) {
      e--;
    }
    return e;
  }

  /** Words that, after a comma, open a clause of their own after an object. */
  private static final Set<String> CLAUSE_AFTER_OBJECT = Set.of(
      "which", "although", "though", "while", "whereas", "but", "because", "even", "as");

  /** Conjunctions that open an adverbial clause when a subject follows them. */
  static final Set<String> SUBORDINATORS = Set.of(
      "after", "before", "since", "when", "until", "because", "although", "though", "while");

  /**
   * Where the object of an object cue ends ("praised [the plan], which ...", "is promising
   * [lower taxes] but he has also ...", "warned officials [to act] after hackers struck"): at a
   * comma before a clause of its own, or at a conjunction followed by a subject. Never past
   * {@code end}, the end {@link #end} found.
   */
  static int objectEnd(ParagraphText pt, int from, int end) {
    for (int i = from + 1; i < end; i++) {
      if (pt.inQuote[i]) {
        continue;
      }
      Token t = pt.tok(i);
      if (t.isPunct(',') && i + 1 < end && CLAUSE_AFTER_OBJECT.contains(pt.tok(i + 1).lower())) {
        return trim(pt, from, i);
      }
      boolean conjunction = t.is("but") || t.in(WordClass.SUBORDINATOR);
      if (conjunction && i + 1 < end && startsSubject(pt.tok(i + 1))) {
        return trim(pt, from, i);
      }
    }
    return end;
  }

  private static boolean startsSubject(Token t) {
    return t.in(WordClass.SUBJECT_PRONOUN_FORM) || t.in(WordClass.DETERMINER)
        || t.capitalised() && t.word();
  }

  private static int trim(ParagraphText pt, int from, int e) {
    while (e > from && isTrailingPunct(pt.tok(e - 1))) {
      e--;
    }
    return e;
  }

  /** Words that open a relative clause of reporting: "what X says", "how experts say". */
  static final Set<String> WH_WORDS = Set.of("what", "how", "why", "whether");

  /**
   * Where the content of a report inside a relative clause ends ("what X says [the levy would
   * raise], and what it really raises"): at the first comma, semicolon or coordinating
   * conjunction outside quotation marks, never past {@code end}.
   */
  /**
   * Where the content of a report in a non-restrictive relative clause ends ("the study --
   * which notes [that A] -- should ...", "Jane Roe, who said [A], was ..."): at the dash that
   * closes the clause, or at a comma before a finite verb of the sentence; never past
   * {@code end}.
   */
  static int nonRestrictiveEnd(ParagraphText pt, int from, int end, boolean dashed) {
    for (int i = from + 1; i < end; i++) {
      Token t = pt.tok(i);
      if (pt.inQuote[i]) {
        continue;
      }
      if (dashed && Phrases.isDash(t)
          || t.isPunct(',') && i + 1 < end && FINITE_AUX.contains(pt.tok(i + 1).lower())) {
        return trim(pt, from, i);
      }
    }
    return end;
  }

  static int relativeEnd(ParagraphText pt, int from, int end) {
    boolean finite = false;
    for (int i = from + 1; i < end; i++) {
      Token t = pt.tok(i);
      if (pt.inQuote[i]) {
        continue;
      }
      if (t.isPunct(',') || t.isPunct(';') || t.is("and") || t.is("but") || t.is("or")) {
        return trim(pt, from, i);
      }
      if (FINITE_AUX.contains(t.lower())) {
        if (finite && pt.tok(i - 1).word() && !FINITE_AUX.contains(pt.tok(i - 1).lower())) {
          // "how analysts say [it would work] has widened": the sentence's own verb
          return trim(pt, from, i);
        }
        finite = true;
      }
    }
    return end;
  }

  /**
   * Where the content of a report inside a leading subordinate clause ends ("After Reed said
   * [the levy was fair and the fees low], growers ..."): at the first comma or semicolon
   * outside quotation marks, never past {@code end}.
   */
  static int subordinateEnd(ParagraphText pt, int from, int end) {
    for (int i = from + 1; i < end; i++) {
      if (!pt.inQuote[i] && (pt.tok(i).isPunct(',') || pt.tok(i).isPunct(';'))) {
        return trim(pt, from, i);
      }
    }
    return end;
  }

  /** Finite auxiliaries: a second one after a noun starts the clause around a relative one. */
  static final Set<String> FINITE_AUX = Set.of("is", "are", "was", "were", "has", "have",
      "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did");

  /** Words a coordinated report may open with before its cue ("and he also said"). */
  private static final int MAX_SECOND_SUBJECT = 4;

  /**
   * Whether a second report starts at {@code from}: a cue at once ("and added"), or after a
   * short subject of pronouns, names or determiners ("but the mayor said", "and she noted").
   */
  private static boolean coordinatedReport(ParagraphText pt, int from, int sentenceEnd, boolean afterComma) {
    for (int i = from; i < sentenceEnd && i - from <= MAX_SECOND_SUBJECT; i++) {
      Token t = pt.tok(i);
      if (pt.inQuote[i] || !t.word()) {
        return false;
      }
      if (pt.cueAt(i).isPresent()) {
        return !t.lower().endsWith("ing");
      }
      boolean subjectWord = t.capitalised() || t.in(WordClass.SUBJECT_PRONOUN_FORM)
          || i == from && WH_WORDS.contains(t.lower()) // "and how experts say ..."
          || t.in(WordClass.DETERMINER) || t.in(WordClass.AUX)
          || t.in(WordClass.SOURCE_NOUN)
          // ", and rights groups warned": after a comma, a common-noun subject of a new clause
          || afterComma && !t.in(WordClass.CLAUSE_WORD) && !t.in(WordClass.PREPOSITION);
      if (!subjectWord) {
        return false;
      }
    }
    return false;
  }

  private static boolean isTrailingPunct(Token t) {
    return !t.word() && (t.isPunct('.') || t.isPunct(',') || t.isPunct(';') || t.isPunct(':')
        || t.isPunct('-') || t.lower().equals("\u2014"));
  }

  /** ", the news agency reports." / ", he said." at the end of the sentence. */
  /** Words between a relative word and the cue of its report ("which the mayor said"). */
  private static final int MAX_RELATIVE_SUBJECT = 4;

  /**
   * Whether a non-restrictive relative clause at {@code from} is a report of its own, its
   * subject and cue right after the relative word and a finite verb after the cue: "which he
   * said were", "which state media claimed now allows".
   */
  private static boolean relativeReport(ParagraphText pt, int from, int sentenceEnd) {
    if (from >= sentenceEnd || !(pt.tok(from).is("which") || pt.tok(from).is("who"))) {
      return false;
    }
    for (int i = from + 2; i < sentenceEnd && i - from <= MAX_RELATIVE_SUBJECT + 1; i++) {
      if (!pt.tok(i).word() || pt.inQuote[i]) {
        return false;
      }
      java.util.Optional<SpeechLexicon.Match<SpeechLexicon.Cue>> c = pt.cueAt(i);
      if (c.isPresent()) {
        int after = c.get().to();
        while (after < sentenceEnd && pt.tok(after).word() && pt.tok(after).lower().endsWith("ly")) {
          after++; // "now", "reportedly": an adverb before the verb
        }
        return after < sentenceEnd && (FINITE_AUX.contains(pt.tok(after).lower())
            || pt.tok(after).in(WordClass.TIME_WORD));
      }
    }
    return false;
  }

  private static boolean isTrailingReport(ParagraphText pt, int from, int sentenceEnd) {
    int last = sentenceEnd;
    while (last > from && !pt.tok(last - 1).word()) {
      last--;
    }
    if (last - from > 8 || last <= from) {
      return false;
    }
    for (int i = from; i < last; i++) {
      if (pt.cueAt(i).isPresent()) {
        return i == last - 1 || i == from;
      }
    }
    return false;
  }
}
