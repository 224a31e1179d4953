package org.wiretext.internal.statement;

import java.util.Set;

/**
 * "X called Y a Z": naming someone or something is a statement when the object is followed
 * by what it was called, an indefinite noun phrase or quoted words ("called the plan a hoax",
 * "called the ruling "a huge win""). Without one, "called" is a telephone call or a summons
 * ("called the minister on Tuesday", "called delegates to the stage").
 */
final class Naming {

  /** Words that end the object with an adjunct, not a complement. */
  private static final Set<String> ADJUNCT_WORDS = Set.of("to", "at", "from", "after", "before",
      "about", "into", "back", "up", "off", "out");

  /** The object before the complement holds at most this many tokens. */
  private static final int MAX_OBJECT = 12;

  private Naming() {}

  /** Whether content tokens {@code [from, end)} are an object followed by its complement. */
  static boolean hasComplement(ParagraphText pt, int from, int end) {
    for (int i = from; i < end && i - from <= MAX_OBJECT; i++) {
      Token t = pt.tok(i);
      boolean complement = pt.inQuote[i] || pt.isQuoteMark(i) || t.is("a") || t.is("an");
      if (complement) {
        return i > from;
      }
      if (ADJUNCT_WORDS.contains(t.lower()) || Phrases.TIME_WORDS.contains(t.lower())
          && !t.is("in") && !t.is("this")) {
        return false;
      }
    }
    return false;
  }
}
