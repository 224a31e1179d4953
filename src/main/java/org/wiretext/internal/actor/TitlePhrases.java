package org.wiretext.internal.actor;

import java.util.List;
import java.util.Set;

/**
 * Reads titles around a name: "US Ambassador to NATO Julianne Smith", "the President of
 * Turkey, Recep Tayyip Erdogan", "Jane Doe, the Treasury Secretary,". A title is
 * {@code modifier* head+ (preposition the? complement+)?}: modifiers are capitalised words,
 * state and organisation names, demonyms and the words of {@code title-modifiers.txt}; heads
 * are in {@code titles.tsv}; the complement is capitalised words and names ("of the United
 * States", "to NATO", "from Texas"). Every check looks at a bounded window of tokens.
 */
final class TitlePhrases {

  private static final Set<String> PREPOSITIONS = Set.of("of", "to", "for", "from", "at", "in", "on");
  static final Set<String> DETERMINERS = Set.of("the", "The", "a", "A", "an", "An",
      "his", "His", "her", "Her", "their", "Their", "its", "Its", "our", "Our", "my", "My",
      "your", "Your");
  private static final Set<String> CLAUSE_PUNCT = Set.of(",", ";", ":", "\"", "(", "-");
  static final int WINDOW = 12;

  private TitlePhrases() {}

  static boolean determiner(Scan scan, int i) {
    return i >= 0 && i < scan.size() && scan.token(i).is(Lexicons.DETERMINERS);
  }

  /** Whether tokens {@code [a, b)} are exactly one title. */
  static boolean isTitle(Scan scan, int a, int b, Lexicons lex) {
    if (a < 0 || b > scan.size() || a >= b) {
      return false;
    }
    int k = a;
    boolean sawHead = false;
    while (k < b) {
      Token t = scan.token(k);
      if (!t.word() || scan.isPerson(k)) {
        return false;
      }
      int head = scan.titleHeadEnd(k, lex);
      if (head >= 0 && head <= b && headOk(scan, k)) {
        sawHead = true;
        k = head;
        continue;
      }
      if (sawHead) {
        break;
      }
      if (possessive(scan, k + 1) && k + 3 <= b) {
        // "the country's leader", "Obama's spokesman"
        k += 3;
        continue;
      }
      Scan.Claim c = scan.claimAt(k);
      if (c != null && c.ref().form() != EntityRef.Form.CONTEXT) {
        k = Math.min(c.to(), b);
        continue;
      }
      if (t.capitalized() && !lex.functionWord(t)) {
        k++;
        continue;
      }
      if (lex.titleModifier(t) && !t.capitalized()) {
        k++;
        continue;
      }
      return false;
    }
    if (!sawHead) {
      return false;
    }
    if (k == b) {
      return true;
    }
    if (!PREPOSITIONS.contains(scan.token(k).text())) {
      return false;
    }
    k++;
    if (k < b && scan.is(k, "the")) {
      k++;
    }
    boolean lastOk = false;
    while (k < b) {
      Token t = scan.token(k);
      Scan.Claim c = scan.claimAt(k);
      if (scan.isPerson(k)) {
        return false;
      }
      if (lastOk && possessive(scan, k) && k + 2 < b) {
        // "of Bosnia's tripartite presidency": after a possessive, the words of a noun phrase
        k += 2;
        for (; k < b; k++) {
          if (!scan.token(k).word() || scan.token(k).capitalized() && lex.functionWord(scan.token(k))) {
            return false;
          }
        }
        return true;
      }
      if (c != null && c.ref().form() != EntityRef.Form.CONTEXT) {
        k = c.to();
        lastOk = true;
      } else if (t.capitalized() && !lex.functionWord(t)) {
        k++;
        lastOk = true;
      } else if (lastOk && (t.is("of") || t.is("and") || t.is("for") || t.is("the"))) {
        k++;
        lastOk = false;
      } else {
        return false;
      }
    }
    return lastOk && k == b;
  }

  /**
   * Whether a title can start at token {@code a} for some end: what {@link #isTitle} asks of
   * its first token, without the bounds that depend on the end. When this is false, every
   * {@code isTitle(scan, a, b, lex)} is false.
   */
  static boolean mayStart(Scan scan, int a, Lexicons lex) {
    if (a < 0 || a >= scan.size()) {
      return false;
    }
    Token t = scan.token(a);
    if (!t.word() || scan.isPerson(a)) {
      return false;
    }
    Scan.Claim c = scan.claimAt(a);
    return scan.titleHeadEnd(a, lex) >= 0 && headOk(scan, a) || possessive(scan, a + 1)
        || c != null && c.ref().form() != EntityRef.Form.CONTEXT
        || t.capitalized() && !lex.functionWord(t)
        || lex.titleModifier(t) && !t.capitalized();
  }

  /**
   * Whether a title head ({@code titles.tsv}) starts at a word in {@code [from, to)} and ends
   * by {@code to}: every title holds one, so when none does, no {@code isTitle(scan, a, b, lex)}
   * with {@code from <= a} and {@code b <= to} is true, and the caller need not try each.
   */
  static boolean headWithin(Scan scan, int from, int to, Lexicons lex) {
    for (int k = Math.max(0, from); k < to && k < scan.size(); k++) {
      int head = scan.titleHeadEnd(k, lex);
      if (head >= 0 && head <= to && headOk(scan, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code k, k+1} are the possessive "'s". */
  static boolean possessive(Scan scan, int k) {
    return k > 0 && scan.is(k, "'") && k + 1 < scan.size() && (scan.is(k + 1, "s") || scan.is(k + 1, "S"))
        && scan.token(k).start() == scan.token(k - 1).end();
  }

  /** A capitalised head inside a sentence is a title; a lower-case one too ("spokesman"). */
  private static boolean headOk(Scan scan, int k) {
    return scan.token(k).word();
  }

  /**
   * The title right before the name at {@code name}, without a comma ("US Ambassador to NATO
   * Julianne Smith", "board chairman John Tower"): the longest one within the sentence.
   * Returns {@code [from, to)} or null.
   */
  static int[] before(Scan scan, int name, Lexicons lex) {
    int lo = Math.max(0, name - WINDOW);
    for (int s = name - 1; s > lo; s--) {
      if (scan.token(s).sentenceStart()) {
        lo = s;
        break;
      }
    }
    if (!headWithin(scan, lo, name, lex)) {
      return null; // most names: no title head before them, so no title
    }
    for (int a = lo; a < name; a++) {
      if (isTitle(scan, a, name, lex)) {
        return new int[] {a, name};
      }
    }
    return null;
  }

  /**
   * The title of a comma apposition ending right before {@code end} (the comma's index):
   * "the President of Turkey, ..." Returns {@code [from, to)} or null. The title must open
   * the clause or follow a determiner.
   */
  static int[] beforeComma(Scan scan, int end, Lexicons lex) {
    int lo = Math.max(0, end - WINDOW);
    for (int s = end - 1; s >= lo; s--) {
      if (!scan.token(s).word() && !scan.is(s, "'") && !scan.is(s, ".")) {
        lo = s + 1;
        break;
      }
    }
    if (!headWithin(scan, lo, end, lex)) {
      return null;
    }
    for (int a = lo; a < end; a++) {
      // the clause's punctuation is never a word: a word's text is not cut for it
      boolean opens = a == 0 || determiner(scan, a - 1)
          || !scan.token(a - 1).word() && CLAUSE_PUNCT.contains(scan.token(a - 1).text())
          || scan.token(a).sentenceStart();
      if (opens && isTitle(scan, a, end, lex)) {
        return new int[] {a, end};
      }
    }
    return null;
  }

  /** The end of a comma apposition starting at {@code from}: the index of its closing punctuation, or -1. */
  static int appositionEnd(Scan scan, int from) {
    for (int k = from; k < scan.size() && k < from + WINDOW + 4; k++) {
      Token t = scan.token(k);
      if (!t.word() && (t.is(",") || t.is(".") || t.is(";") || t.is(")") || t.is("\""))) {
        return k;
      }
    }
    return scan.size() <= from + WINDOW + 4 ? scan.size() : -1;
  }

  /** The party word exactly at {@code [a, b)}, or null. */
  static String party(Scan scan, int a, int b, Lexicons lex) {
    if (a < 0 || b > scan.size() || a >= b) {
      return null;
    }
    List<String> p = lex.partyWords.exactly(scan.tokens, a, b, Token::textId);
    return p.isEmpty() ? null : p.get(0);
  }

  /** The party word ending at {@code b} (the last word of "a New York Republican"), or null. */
  static String partyAtEnd(Scan scan, int a, int b, Lexicons lex) {
    for (int s = Math.max(a, b - 2); s < b; s++) {
      String p = party(scan, s, b, lex);
      if (p != null) {
        return p;
      }
    }
    return null;
  }
}
