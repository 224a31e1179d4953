package org.wiretext.internal.actor;

import java.util.Locale;
import java.util.Objects;
import org.wiretext.internal.text.Chars;
import org.wiretext.internal.text.TextRange;

/**
 * One token of a paragraph or headline: a word (letters and digits, with inner hyphens,
 * apostrophes and the dots of "U.S." or an initial "W.") or a single punctuation character.
 * Equal when its components are; it keeps its lower- and upper-case forms once computed.
 *
 * <p>The text of a word that no lexicon holds is cut from the paragraph only when a rule asks
 * for it ({@link #text()}): most rules only compare a token ({@link #is(String)},
 * {@link #length()}, {@link #charAt(int)}), and a word of the lexicons has its shared string.
 *
 * <p>The tokenizer reuses the tokens of one paragraph for the next ({@link #set}), as an
 * article has some thousand tokens and each lives only while the rules read its paragraph: a
 * rule keeps indices, ranges and strings, never a token.
 */
final class Token {
  private int start;
  private int end;
  /** The string the token is cut from, at {@code [start, end)}. */
  private String source;
  /** Its text, or null until first asked for (see {@link #text()}). */
  private String text;
  private boolean word;
  private boolean sentenceStart;
  /** The {@link Vocabulary} id of the text as written, or -1 when no lexicon writes it so. */
  private int textId;
  /** The {@link Vocabulary} id of the text in lower case, or -1. */
  private int lowerId;
  /** The {@link Vocabulary} id of the text in upper case, or -1. */
  private int upperId;
  /** The bits of the word classes of {@link Lexicons} that hold it (see {@link #is(long)}). */
  private long classes;
  private String lower;
  private String upper;
  /**
   * Its case as the tokenizer saw it while scanning an ASCII word ({@link #CASE_KNOWN} with
   * {@link #CAPITALIZED} and {@link #ALL_CAPS}), or 0 to read its characters when asked.
   */
  private byte caseBits;
  private static final byte CASE_KNOWN = 1;
  private static final byte CAPITALIZED = 2;
  private static final byte ALL_CAPS = 4;

  /** A blank token ("" at 0), to {@link #set} before use. */
  Token() {
    set(0, 0, "", "", null, false, false, -1, -1, -1, 0);
  }

  /**
   * Makes this token {@code source[start, end)}, forgetting what it was (for reuse).
   *
   * @param text the token's text, a shared string, or null to cut it from {@code source} when
   *     first asked for
   * @param lower its lower-case form (root locale), or null to compute it when first asked for
   * @param sentenceStart whether the token opens a sentence or a quotation, where a capital
   *     letter says nothing about a name
   * @param textId the {@link Vocabulary} id of its text as written, -1 when no lexicon writes
   *     it so; {@code lowerId} and {@code upperId} the same of its lower- and upper-case form
   * @param classes the bits of its word classes ({@link Vocabulary#classes(int, int, int)})
   */
  Token set(int start, int end, String source, String text, String lower, boolean word,
      boolean sentenceStart, int textId, int lowerId, int upperId, long classes) {
    this.start = start;
    this.end = end;
    this.source = Objects.requireNonNull(source, "source");
    this.text = text;
    this.lower = lower;
    this.upper = null;
    this.word = word;
    this.sentenceStart = sentenceStart;
    this.textId = textId;
    this.lowerId = lowerId;
    this.upperId = upperId;
    this.classes = classes;
    this.caseBits = 0;
    return this;
  }

  /**
   * Records what {@link #capitalized()} and {@link #allCaps()} answer, as the tokenizer found
   * it while scanning the word, so that they need not read its characters again.
   */
  Token withCase(boolean capitalized, boolean allCaps) {
    caseBits = (byte) (CASE_KNOWN | (capitalized ? CAPITALIZED : 0) | (allCaps ? ALL_CAPS : 0));
    return this;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** The folded text of the token (quotes folded), cut once when first asked for. */
  String text() {
    String t = text;
    if (t == null) {
      t = Chars.slice(source, start, end);
      text = t;
    }
    return t;
  }

  /** The length of its text, without cutting it. */
  int length() {
    return end - start;
  }

  /** The {@code k}-th character of its text, without cutting it. */
  char charAt(int k) {
    return source.charAt(start + k);
  }

  /** Whether its text ends with {@code c}, without cutting it. */
  boolean endsWith(char c) {
    return end > start && source.charAt(end - 1) == c;
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

  /** The bits of the word classes that hold the token ({@link #is(long)} tests them). */
  long classes() {
    return classes;
  }

  /** The text in lower case (root locale), computed once. */
  String lower() {
    String l = lower;
    if (l == null) {
      l = text().toLowerCase(Locale.ROOT);
      lower = l;
    }
    return l;
  }

  /** The text in upper case (root locale), computed once. */
  String upper() {
    String u = upper;
    if (u == null) {
      u = text().toUpperCase(Locale.ROOT);
      upper = u;
    }
    return u;
  }

  TextRange range() {
    return new TextRange(start, end);
  }

  /** Whether the token starts with an upper-case letter. */
  boolean capitalized() {
    if (caseBits != 0) {
      return word && (caseBits & CAPITALIZED) != 0;
    }
    return word && Character.isUpperCase(source.codePointAt(start));
  }

  /** Whether every letter is upper case and there are at least two ("NATO", "U.S."). */
  boolean allCaps() {
    if (caseBits != 0) {
      return (caseBits & ALL_CAPS) != 0;
    }
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Whether its text is {@code s}, without cutting it. */
  boolean is(String s) {
    return s.length() == end - start && source.startsWith(s, start);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.start == start && t.end == end && t.text().equals(text())
        && t.word == word && t.sentenceStart == sentenceStart;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, text(), word, sentenceStart);
  }

  @Override
  public String toString() {
    return "Token[start=" + start + ", end=" + end + ", text=" + text() + ", word=" + word
        + ", sentenceStart=" + sentenceStart + "]";
  }
}
