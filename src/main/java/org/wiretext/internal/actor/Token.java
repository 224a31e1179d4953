package org.wiretext.internal.actor;

import org.wiretext.internal.text.TextRange;

/**
 * One token of a paragraph or headline: a word (letters and digits, with inner hyphens,
 * apostrophes and the dots of "U.S." or an initial "W.") or a single punctuation character.
 *
 * @param text the folded text of the token (quotes folded), for matching
 * @param sentenceStart whether the token opens a sentence or a quotation, where a capital
 *     letter says nothing about a name
 */
record Token(int start, int end, String text, boolean word, boolean sentenceStart) {

  TextRange range() {
    return new TextRange(start, end);
  }

  /** Whether the token starts with an upper-case letter. */
  boolean capitalized() {
    return word && Character.isUpperCase(text.codePointAt(0));
  }

  /** Whether every letter is upper case and there are at least two ("NATO", "U.S."). */
  boolean allCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  boolean is(String s) {
    return text.equals(s);
  }
}
