package org.wiretext.internal.statement;

import java.util.List;
import java.util.Set;

/**
 * "X called Y a Z": naming someone or something is a statement when the object is followed
 * by what it was called, an indefinite noun phrase, quoted words or an evaluative adjective
 * ("called the plan a hoax", "called the ruling "a huge win"", "called the charges
 * unfounded"). Without one, "called" is a telephone call or a summons ("called the minister
 * on Tuesday", "called delegates to the stage"), "branded" a label on goods. The verbs of
 * naming are {@link #NAMING_LEMMAS}.
 */
final class Naming {

  /** Words that end the object with an adjunct, not a complement. */
  private static final Set<String> ADJUNCT_WORDS = Set.of("to", "at", "from", "after", "before",
      "about", "into", "back", "up", "off", "out");

  /** The lemmas of the verbs of naming in {@code speech-cues.tsv}. */
  private static final Set<String> NAMING_LEMMAS = Set.of("call", "brand", "dub", "label");

  /** Suffixes of evaluative adjectives that can stand as the complement ("unfounded", "dangerous"). */
  private static final List<String> ADJECTIVE_SUFFIXES = List.of("ous", "ful", "less", "ible", "able",
      "ive", "ic", "ical");

  /** Whether {@code lemma} is a verb of naming, whose quotation is the name given. */
  static boolean isNaming(String lemma) {
    return NAMING_LEMMAS.contains(lemma);
  }

  /** The object before the complement holds at most this many tokens. */
  private static final int MAX_OBJECT = 12;

  private Naming() {}

  /** Whether content tokens {@code [from, end)} are an object followed by its complement. */
  static boolean hasComplement(ParagraphText pt, int from, int end) {
    boolean adjunct = false;
    for (int i = from; i < end && i - from <= MAX_OBJECT; i++) {
      Token t = pt.tok(i);
      boolean complement = pt.inQuote[i] || pt.isQuoteMark(i) || t.is("a") || t.is("an")
          || i > from + 1 && !adjunct && isEvaluative(t);
      if (complement) {
        return i > from;
      }
      if (ADJUNCT_WORDS.contains(t.lower()) || t.isPunct(',')) {
        return false;
      }
      if (t.in(WordClass.TIME_WORD) && !t.is("in") && !t.is("this")) {
        adjunct = true; // "called the plan on Monday "a hoax"": a time adjunct may come first
      }
    }
    return false;
  }

  /** "unfounded", "dangerous", "irresponsible": an adjective that judges. */
  private static boolean isEvaluative(Token t) {
    String w = t.lower();
    if (!t.word() || t.capitalised() || w.length() < 6) {
      return false;
    }
    if (w.startsWith("un") && (w.endsWith("ed") || w.endsWith("able") || w.endsWith("ible"))) {
      return true;
    }
    for (String suffix : ADJECTIVE_SUFFIXES) {
      if (w.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
