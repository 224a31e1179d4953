package org.wiretext.internal.actor;

import java.util.Locale;
import java.util.Objects;
import org.wiretext.internal.text.TextRange;

/**
 * One token of a paragraph or headline: a word (letters and digits, with inner hyphens,
 * apostrophes and the dots of "U.S." or an initial "W.") or a single punctuation character.
 * A value class (equal when its components are) that keeps its lower- and upper-case forms
 * once computed: the lexicon tries look each token up many times.
 */
final class Token {
  private final int start;
  private final int end;
  private final String text;
  private final boolean word;
  private final boolean sentenceStart;
  /** The {@link Vocabulary} id of the text as written, or -1 when no lexicon writes it so. */
  private final int textId;
  /** The {@link Vocabulary} id of the text in lower case, or -1. */
  private final int lowerId;
  /** The {@link Vocabulary} id of the text in upper case, or -1. */
  private final int upperId;
  /** The bits of the word classes of {@link Lexicons} that hold it (see {@link #is(long)}). */
  private final long classes;
  private String lower;
  private String upper;

  /**
   * @param text the folded text of the token (quotes folded), for matching
   * @param sentenceStart whether the token opens a sentence or a quotation, where a capital
   *     letter says nothing about a name
   */
  Token(int start, int end, String text, boolean word, boolean sentenceStart) {
    this(start, end, text, null, word, sentenceStart);
  }

  /** A token whose lower-case form is known already ({@code lower}), or null to compute it. */
  Token(int start, int end, String text, String lower, boolean word, boolean sentenceStart) {
    this(start, end, text, lower, word, sentenceStart, -1, -1, -1, 0);
  }

  /**
   * A token that the tokenizer looked up in the {@link Vocabulary}: the ids of its text as
   * written, in lower and in upper case, each -1 when no lexicon writes it so, and the bits of
   * its word classes ({@link Vocabulary#classes(int, int, int)}).
   */
  Token(int start, int end, String text, String lower, boolean word, boolean sentenceStart,
      int textId, int lowerId, int upperId, long classes) {
    this.start = start;
    this.end = end;
    this.text = Objects.requireNonNull(text, "text");
    this.lower = lower;
    this.word = word;
    this.sentenceStart = sentenceStart;
    this.textId = textId;
    this.lowerId = lowerId;
    this.upperId = upperId;
    this.classes = classes;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    return text;
  }

  boolean word() {
    return word;
  }

  boolean sentenceStart() {
    return sentenceStart;
  }

  /**
   * Whether no actor lexicon holds this token in any case: every lookup of its text, its
   * lower- or its upper-case form in a lexicon of {@link Lexicons} fails.
   */
  boolean unknown() {
    return textId < 0 && lowerId < 0 && upperId < 0;
  }

  /** The {@link Vocabulary} id of the text as written, or -1 when no lexicon writes it so. */
  int textId() {
    return textId;
  }

  /** The {@link Vocabulary} id of the text in lower case (root locale), or -1. */
  int lowerId() {
    return lowerId;
  }

  /** The {@link Vocabulary} id of the text in upper case (root locale), or -1. */
  int upperId() {
    return upperId;
  }

  /**
   * Whether a word class of {@code wordClasses} (bits of {@link Lexicons}: "a name particle",
   * "starts a title") holds the token, read from the form the class asks (its text, or its
   * lower- or upper-case form); no string is looked up.
   */
  boolean is(long wordClasses) {
    return (classes & wordClasses) != 0;
  }

  /** The text in lower case (root locale), computed once. */
  String lower() {
    String l = lower;
    if (l == null) {
      l = text.toLowerCase(Locale.ROOT);
      lower = l;
    }
    return l;
  }

  /** The text in upper case (root locale), computed once. */
  String upper() {
    String u = upper;
    if (u == null) {
      u = text.toUpperCase(Locale.ROOT);
      upper = u;
    }
    return u;
  }

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

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.start == start && t.end == end && t.text.equals(text)
        && t.word == word && t.sentenceStart == sentenceStart;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, text, word, sentenceStart);
  }

  @Override
  public String toString() {
    return "Token[start=" + start + ", end=" + end + ", text=" + text + ", word=" + word
        + ", sentenceStart=" + sentenceStart + "]";
  }
}
