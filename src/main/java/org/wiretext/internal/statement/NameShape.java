package org.wiretext.internal.statement;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.wiretext.internal.lexicon.LexiconFile;
import org.wiretext.internal.statement.Found.TokenSpan;

/**
 * Reads a name out of a speaker phrase the actor stage did not mark: the run of capitalised
 * words at the end of a comma-separated part of the phrase, without the titles written
 * before it ({@code speaker-words.tsv}). "EU Ambassador to Chile Ana Lind" gives
 * "Ana Lind"; "Congressman Ruiz" gives "Ruiz"; "The Government of Chile" gives
 * "Government of Chile", which reads as an organisation.
 */
final class NameShape {

  private static final Set<String> TITLES = new HashSet<>();
  private static final Set<String> ORG_WORDS = new HashSet<>();

  /** Honorifics ({@code honorifics.txt}), lower case: the word after one is a surname. */
  private static final Set<String> HONORIFICS = new HashSet<>();

  static {
    for (String[] row : LexiconFile.rows("honorifics.txt")) {
      HONORIFICS.add(stripDot(row[0].trim().toLowerCase(Locale.ROOT)));
    }
    for (String[] row : LexiconFile.rows("speaker-words.tsv")) {
      (row[1].trim().equals("ORG") ? ORG_WORDS : TITLES).add(row[0].trim());
    }
    for (String line : LexiconFile.lines("org-heads.txt")) {
      ORG_WORDS.add(line.toLowerCase(Locale.ROOT)); // "Progressive Caucus", "Brookings Institution"
    }
  }

  /**
   * Prepositions after which a capitalised run names a place, not the speaker; all of them
   * are {@link WordClass#PREPOSITION}s, so a word without that bit is looked up no further.
   */
  static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "in", "at", "near");
  /** Words that stand for people without naming anyone, capitalised only at a sentence start. */
  static final Set<String> QUANTIFIERS = Set.of("those", "these", "others", "most",
      "both", "few", "all", "each", "everyone", "someone", "nobody", "none", "anyone", "this", "that");

  private NameShape() {}

  /** Whether {@code lower} stands for people without naming anyone ("those", "others"). */
  static boolean isQuantifier(String lower) {
    return QUANTIFIERS.contains(lower);
  }

  /** The name in {@code span}, or null when no part of it is a capitalised name. */
  static String name(ParagraphText pt, TokenSpan span) {
    int segStart = span.from();
    String best = null;
    int bestRank = -1;
    for (int i = span.from(); i <= span.to(); i++) {
      if (i == span.to() || pt.tok(i).isPunct(',') || pt.tok(i).isPunct('(')) {
        String n = nameIn(pt, segStart, i);
        int r = n == null ? -1 : rank(n);
        if (r > bestRank) { // ranks are 0 to 2: the first name of the best rank wins
          best = n;
          bestRank = r;
        }
        if (i < span.to() && pt.tok(i).isPunct('(')) {
          break;
        }
        segStart = i + 1;
      }
    }
    return best;
  }

  /** A person's full name ranks over a single name, which ranks over an organisation. */
  private static int rank(String name) {
    if (looksLikeOrganisation(name)) {
      return 0;
    }
    return name.indexOf(' ') > 0 ? 2 : 1;
  }

  private static String nameIn(ParagraphText pt, int from, int to) {
    int e = to;
    while (e > from && !pt.tok(e - 1).word()) {
      e--;
    }
    if (e <= from || !pt.tok(e - 1).capitalised()) {
      return null;
    }
    int s = e;
    while (s - 1 >= from) {
      Token t = pt.tok(s - 1);
      boolean connector = (t.is("of") || t.is("the") || t.is("de") || t.is("al") || t.is("bin")
          || t.is("van") || t.is("von") || t.is("for")) && s - 2 >= from && pt.tok(s - 2).capitalised();
      boolean dot = t.isPunct('.') && s - 2 >= from && pt.tok(s - 2).capitalised();
      if (t.capitalised() || connector || dot) {
        s--;
      } else {
        break;
      }
    }
    String org = orgName(pt, s, e);
    if (org != null) {
      return org;
    }
    // an honorific makes what follows a surname, even a word that can be a title ("Mr. King")
    int h = s;
    while (h < e && isTitle(pt.tok(h))) {
      h++;
    }
    if (h > s && HONORIFICS.contains(stripDot(pt.tok(h - 1).lower()))) {
      int n = h < e && pt.tok(h).isPunct('.') ? h + 1 : h;
      if (n < e && pt.tok(n).capitalised() && pt.tok(e - 1).capitalised()) {
        return pt.slice(n, e);
      }
    }
    // drop leading titles, acronyms of states and initials' dots: "US Ambassador Smith"
    while (s < e && (isTitle(pt.tok(s)) || !pt.tok(s).word() || pt.tok(s).is("of")
        || pt.tok(s).lower().endsWith("'s")
        || pt.tok(s).is("the") || pt.tok(s).is("for") || (e - s > 1 && isAcronym(pt, s)))) {
      s++;
    }
    if (s >= e || isTitle(pt.tok(e - 1))) {
      return null;
    }
    if (s - 1 >= from && pt.tok(s - 1).in(WordClass.PREPOSITION)
        && PLACE_PREPOSITIONS.contains(pt.tok(s - 1).lower())) {
      return null; // "a senator from Ohio", "officials in Lagos": a place, not the speaker
    }
    if (e - s == 1 && pt.tok(s).in(WordClass.DETERMINER | WordClass.QUANTIFIER)) {
      return null; // "Some said", "Those close to him": a capital at the start of a sentence
    }
    return pt.slice(s, e);
  }

  private static String orgName(ParagraphText pt, int s, int e) {
    boolean org = false;
    for (int i = s; i < e && !org; i++) {
      // an organisation word is a speaker word: the token's class bit spares most lookups
      org = pt.tok(i).in(WordClass.SPEAKER_WORD) && ORG_WORDS.contains(pt.tok(i).lower());
    }
    if (e - s == 1 && isAcronym(pt, s) && pt.tok(s).lower().length() >= 3) {
      org = true;
    }
    if (!org) {
      return null;
    }
    int from = s;
    if (pt.tok(from).is("the")) {
      from++;
    }
    return from < e ? pt.slice(from, e) : null;
  }

  private static String stripDot(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** The titles and organisation words of speaker phrases, for {@link WordClass#SPEAKER_WORD}. */
  static Set<String> speakerWords() {
    Set<String> out = new HashSet<>(TITLES);
    out.addAll(ORG_WORDS);
    return Set.copyOf(out);
  }

  /** Whether a lower-case word is an organisation word ("ministry", "committee"). */
  static boolean isOrganisationWord(String lower) {
    return ORG_WORDS.contains(lower);
  }

  /** Whether a lower-case word is a title or an organisation word of speaker phrases. */
  static boolean isSpeakerWord(String lower) {
    return TITLES.contains(lower) || ORG_WORDS.contains(lower);
  }

  /**
   * Whether {@code t} is a title word, with or without a final dot ("Gen."). A title is a
   * speaker word, so a token without the dot is looked up only when its class bit says so.
   */
  private static boolean isTitle(Token t) {
    String w = t.lower();
    if (!t.word()) {
      return false;
    }
    if (!w.endsWith(".")) {
      return t.in(WordClass.SPEAKER_WORD) && TITLES.contains(w);
    }
    return TITLES.contains(w.substring(0, w.length() - 1));
  }

  private static boolean isAcronym(ParagraphText pt, int i) {
    Token t = pt.tok(i);
    String original = pt.source.original();
    if (t.end() - t.start() < 2 || !Character.isLetter(original.charAt(t.start()))) {
      return false;
    }
    // read in place: an ASCII word is its upper case exactly when it has no small letter
    for (int k = t.start(); k < t.end(); k++) {
      char c = original.charAt(k);
      if (c >= 0x80) {
        String s = pt.source.slice(t.range()); // upper-casing may change its length: as written
        return s.equals(s.toUpperCase(Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code name} reads as an organisation ("NATO", "Government of X"): one of its
   * words, lower-cased, is an organisation word, or it is one word of three or more
   * characters in capitals. The words are what a space or a dot separates ("U.S. Army"),
   * read in place: no organisation word holds either, so the pieces between them are
   * looked up as they come, without a regular expression's matcher and array of pieces.
   */
  static boolean looksLikeOrganisation(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int from = 0;
    for (int i = 0; i <= lower.length(); i++) {
      if (i == lower.length() || lower.charAt(i) == ' ' || lower.charAt(i) == '.') {
        if (i > from && ORG_WORDS.contains(from == 0 && i == lower.length() ? lower
            : lower.substring(from, i))) {
          return true;
        }
        from = i + 1;
      }
    }
    return name.length() >= 3 && name.indexOf(' ') < 0 && name.equals(name.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code lower} is dotted initials without the last dot: "g.k", "j.r.r". */
  static boolean isInitials(String lower) {
    if (lower.length() < 3) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      boolean letter = Character.isLetter(lower.charAt(i));
      if (i % 2 == 0 ? !letter : lower.charAt(i) != '.') {
        return false;
      }
    }
    return lower.length() % 2 == 1;
  }
}
