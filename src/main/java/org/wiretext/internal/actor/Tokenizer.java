package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretext.internal.text.Chars;
import org.wiretext.internal.text.CommonWords;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * Splits a range of the folded text into {@link Token}s in one left-to-right pass. Lexicon
 * entries are split by the same code, so a phrase matches token by token.
 */
final class Tokenizer {

  private final Set<String> abbreviations;
  /** The lexicons' words, or null (for splitting the lexicon phrases themselves). */
  private final Vocabulary vocabulary;

  Tokenizer(Set<String> abbreviations) {
    this(abbreviations, null);
  }

  /**
   * A tokenizer that looks each word up in {@code vocabulary} (which must hold the
   * abbreviations), to share its strings and to mark the words no lexicon holds.
   */
  Tokenizer(Set<String> abbreviations, Vocabulary vocabulary) {
    this.abbreviations = abbreviations;
    this.vocabulary = vocabulary;
  }

  /** The tokens of {@code range} of {@code source}. */
  List<Token> tokenize(SourceText source, TextRange range) {
    return tokenize(source.folded(), range.start(), range.end());
  }

  /** The tokens of {@code text[from, to)}; offsets index into {@code text}. */
  List<Token> tokenize(String text, int from, int to) {
    return tokenize(text, from, to, new ArrayList<>());
  }

  /** The tokens of {@code text[from, to)} in {@code out}, which is cleared first (a buffer to reuse). */
  List<Token> tokenize(String text, int from, int to, List<Token> out) {
    return tokenize(text, from, to, out, null);
  }

  /**
   * The tokens of {@code text[from, to)} in {@code out}, which is cleared first, made of the
   * tokens of {@code spare} (the k-th token is its k-th, overwritten), which grows with each
   * new one: the paragraphs of an article reuse the same tokens. Null for new tokens.
   */
  List<Token> tokenize(String text, int from, int to, List<Token> out, List<Token> spare) {
    out.clear();
    WordKey key = new WordKey();
    boolean sentenceStart = true;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Chars.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Chars.isLetterOrDigit(c)) {
        Token word = word(next(out, spare), text, i, to, sentenceStart, key);
        out.add(word);
        sentenceStart = false;
        i = word.end();
        continue;
      }
      int next = Chars.after(text, i, to);
      out.add(mark(next(out, spare), text, i, next));
      if (c == '.' || c == '!' || c == '?') {
        sentenceStart = !afterAbbreviation(out);
      } else if (c == ':' || c == ';') {
        sentenceStart = true;
      } else if (c == '"') {
        // an opening quotation mark (after a space or at the start) opens a quoted sentence
        sentenceStart = sentenceStart || i == from || Character.isWhitespace(text.charAt(i - 1))
            || text.charAt(i - 1) == '(';
      } else if (c != '(' && c != '\'') {
        sentenceStart = false;
      }
      i = next;
    }
    return out;
  }

  /**
   * The word token that starts at {@code text[from]} (a letter or digit) and ends at {@code
   * limit} at the latest, with its vocabulary ids and shared strings when the vocabulary has it;
   * {@code key} is set once the word is scanned.
   *
   * <p>The scan and the lookup are one method on purpose, which is too big for C2 to inline into
   * {@link #tokenize}'s loop: when they were two, the JIT's shape depended on which method it
   * compiled first (the scan inlined into the loop, or the lookup), and the tokenizer was ~20 %
   * slower in the JVMs that inlined the lookup. The rare cases of the scan are small methods of
   * their own ({@link #joins}, {@link #keepsFinalDot}).
   */
  private Token word(Token t, String text, int from, int limit, boolean sentenceStart, WordKey key) {
    // the key's parts are locals while the characters are scanned, stored once after: kept in
    // the object's fields, each character's update waited for the one before through memory
    long packed = 0;
    int flags = 0;
    int to = from;
    do {
      char c = text.charAt(to);
      if (!Chars.isLetterOrDigit(c) && !joins(text, from, to, limit)) {
        break;
      }
      flags = WordKey.flags(flags, to - from, c);
      packed = WordKey.packed(packed, to - from, c);
      to++;
    } while (to < limit);
    if (to < limit && text.charAt(to) == '.' && keepsFinalDot(text, from, to)) {
      flags = WordKey.flags(flags, to - from, '.');
      packed = WordKey.packed(packed, to - from, '.');
      to++;
    }
    key.set(packed, to - from, flags);
    if (vocabulary == null) {
      return t.set(from, to, text, null, null, true, sentenceStart, -1, -1, -1, 0);
    }
    int found = key.nonAscii() ? Vocabulary.NOT_ASCII
        : key.length <= Vocabulary.MAX_PACKED ? vocabulary.findPacked(key.packed, key.caps())
        : vocabulary.find(text, from, to);
    if (found >= 0) {
      int lowerId = vocabulary.lowerId(found);
      int shape = key.shape();
      int id = vocabulary.textId(found, shape, text, from, to);
      return t.set(from, to, text, id >= 0 ? vocabulary.word(id) : null,
          vocabulary.word(lowerId), true, sentenceStart, id, lowerId, vocabulary.upperId(found),
          vocabulary.tokenClasses(found, shape, id)).withCase(key.startsWithCapital(), key.allCaps());
    }
    if (found == Vocabulary.ABSENT) {
      // its text is cut only if a rule asks for it
      return t.set(from, to, text, null, null, true, sentenceStart, -1, -1, -1, 0)
          .withCase(key.startsWithCapital(), key.allCaps());
    }
    // outside ASCII: looked up by its strings
    String lower = CommonWords.lower(text, from, to);
    String word = lower != null && lower.regionMatches(0, text, from, to - from) ? lower : Chars.slice(text, from, to);
    if (lower == null) {
      lower = word.toLowerCase(Locale.ROOT);
    }
    return set(t, text, from, to, word, lower, true, sentenceStart, word.toUpperCase(Locale.ROOT));
  }

  /** Sets {@code t} to the token {@code token} at {@code source[from, to)}, its forms looked up by their strings. */
  private Token set(Token t, String source, int from, int to, String token, String lower,
      boolean word, boolean sentenceStart, String upper) {
    int id = vocabulary.id(token);
    int lowerId = vocabulary.id(lower);
    int upperId = vocabulary.id(upper);
    return t.set(from, to, source, token, lower, word, sentenceStart, id, lowerId, upperId,
        vocabulary.classes(id, lowerId, upperId));
  }

  /** The token to fill next: {@code spare}'s at the index of the next one in {@code out}, or a new one. */
  private static Token next(List<Token> out, List<Token> spare) {
    if (spare == null) {
      return new Token();
    }
    int n = out.size();
    if (n < spare.size()) {
      return spare.get(n);
    }
    Token t = new Token();
    spare.add(t);
    return t;
  }

  /** The punctuation token {@code text[from, to)}, with its vocabulary ids ("&amp;" may be in a name). */
  private Token mark(Token t, String text, int from, int to) {
    String mark = Chars.slice(text, from, to);
    if (vocabulary == null) {
      return t.set(from, to, text, mark, null, false, false, -1, -1, -1, 0);
    }
    if (to - from == 1 && text.charAt(from) < 0x80) {
      // no case: its lower- and upper-case forms are itself
      int id = vocabulary.id(text.charAt(from));
      return t.set(from, to, text, mark, mark, false, false, id, id, id, vocabulary.classes(id, id, id));
    }
    return set(t, text, from, to, mark, mark.toLowerCase(Locale.ROOT), false, false, mark.toUpperCase(Locale.ROOT));
  }

  private boolean afterAbbreviation(List<Token> out) {
    if (out.size() < 2) {
      return false;
    }
    Token prev = out.get(out.size() - 2);
    return prev.word() && (abbreviation(prev)
        || (prev.length() == 1 && Character.isUpperCase(prev.charAt(0))));
  }

  private boolean abbreviation(Token t) {
    return vocabulary == null ? abbreviations.contains(t.text()) : t.is(Lexicons.ABBREVIATIONS);
  }

  /**
   * The {@link Vocabulary} key of the word being scanned, computed in the same pass: its
   * characters packed ({@link Vocabulary#key}; it is the key when the word has at most {@link
   * Vocabulary#MAX_PACKED} characters, all ASCII, as every ASCII character of a word has a
   * code), whether it has capitals, whether it has a character outside ASCII (then it is not
   * looked up), and its shape ("Minister", "NATO"), which names the form it is written in
   * without comparing strings.
   */
  private static final class WordKey {
    /** {@link #flags}: the word has an upper-case ASCII letter. */
    private static final int CAPS = 1;
    /** {@link #flags}: it has two upper-case ASCII letters or more. */
    private static final int TWO_CAPS = 2;
    /** {@link #flags}: its first character is an upper-case ASCII letter. */
    private static final int FIRST_CAPITAL = 4;
    /** {@link #flags}: an upper-case ASCII letter comes after its first character. */
    private static final int LATER_CAPITAL = 8;
    /** {@link #flags}: it has a lower-case ASCII letter. */
    private static final int LOWER = 16;
    /** {@link #flags}: it has a character outside ASCII. */
    private static final int NON_ASCII = 32;

    long packed;
    int length;
    /**
     * What the scan saw, as bits ({@link #CAPS} and the others): few fields, which the
     * compiled scan loop keeps in few registers.
     */
    private int flags;

    /**
     * Makes this the key of a word of {@code length} characters, scanned into {@code packed}
     * and {@code flags} ({@link #packed(long, int, char)}, {@link #flags(int, int, char)}).
     */
    void set(long packed, int length, int flags) {
      this.packed = packed;
      this.length = length;
      this.flags = flags;
    }

    /** {@code flags} of a word's first {@code length} characters, with the next one, {@code c}. */
    static int flags(int flags, int length, char c) {
      if (c >= 'A' && c <= 'Z') {
        return flags | CAPS | (flags & CAPS) << 1 | (length == 0 ? FIRST_CAPITAL : LATER_CAPITAL);
      } else if (c >= 'a' && c <= 'z') {
        return flags | LOWER;
      } else if (c >= 0x80) {
        return flags | NON_ASCII;
      }
      return flags;
    }

    /** {@code packed} of a word's first {@code length} characters, with the next one, {@code c}. */
    static long packed(long packed, int length, char c) {
      // a capital has its small letter's code
      return length < Vocabulary.MAX_PACKED ? packed << 6 | Vocabulary.KEYS.code(c) : packed;
    }

    /** Whether it has an upper-case ASCII letter. */
    boolean caps() {
      return (flags & CAPS) != 0;
    }

    /** Whether it has a character outside ASCII (then it is not looked up). */
    boolean nonAscii() {
      return (flags & NON_ASCII) != 0;
    }

    /** How the word is written: {@link Vocabulary#LOWER_CASE} and the others. */
    int shape() {
      if (!caps()) {
        return Vocabulary.LOWER_CASE;
      }
      if (capitalized()) {
        return Vocabulary.CAPITALIZED;
      }
      return upperCase() ? Vocabulary.UPPER_CASE : Vocabulary.MIXED_CASE;
    }

    /** Whether only the first character is a capital ("Minister", "A"). */
    boolean capitalized() {
      return (flags & (FIRST_CAPITAL | LATER_CAPITAL)) == FIRST_CAPITAL;
    }

    /** Whether it has capitals and no lower-case letter ("NATO", "U.S."). */
    boolean upperCase() {
      return (flags & (CAPS | LOWER)) == CAPS;
    }

    /** {@link Token#capitalized()} of the ASCII word: its first character is a capital. */
    boolean startsWithCapital() {
      return (flags & FIRST_CAPITAL) != 0;
    }

    /**
     * {@link Token#allCaps()} of the ASCII word: no lower-case letter, and two letters or more
     * (which are then capitals).
     */
    boolean allCaps() {
      return (flags & (TWO_CAPS | LOWER)) == TWO_CAPS;
    }
  }

  /**
   * Whether {@code text[i]}, which is not a letter or digit, belongs to the word that starts at
   * {@code start}: a combining mark, a hyphen or an apostrophe before a letter ("al-Assad",
   * "O'Brien", but not the possessive "'s"), or a dot after a single letter before a letter
   * ("U.S").
   */
  private static boolean joins(String text, int start, int i, int to) {
    char c = text.charAt(i);
    if (c >= 0x80) {
      return Character.getType(c) == Character.NON_SPACING_MARK;
    }
    if (c != '-' && c != '\'' && c != '.') {
      return false;
    }
    if (i + 1 >= to || !Chars.isLetterOrDigit(text.charAt(i + 1))) {
      return false;
    }
    return c == '-' || (c == '\'' ? !possessive(text, i, to) : singleLetterSegment(text, start, i));
  }

  /**
   * Whether the dot at {@code dot} ends the word {@code text[start, dot)}: "U.S." (a word with
   * dots, which only {@link #joins} lets in) and an initial "W." keep their final dot.
   */
  private static boolean keepsFinalDot(String text, int start, int dot) {
    if (dot - start == 1) {
      return Character.isUpperCase(text.charAt(start));
    }
    for (int k = start + 1; k < dot; k++) {
      if (text.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Whether the letters since the last dot (or the start) are a single letter: "U" in "U.S". */
  private static boolean singleLetterSegment(String text, int start, int dot) {
    int seg = dot - 1;
    return seg >= start && Character.isLetter(text.charAt(seg)) && (seg == start || text.charAt(seg - 1) == '.');
  }

  /** "'s" or "'" at a word's end is the possessive, not part of the name. */
  private static boolean possessive(String text, int apostrophe, int to) {
    int j = apostrophe + 1;
    if (j < to && (text.charAt(j) == 's' || text.charAt(j) == 'S')) {
      return j + 1 >= to || !Character.isLetterOrDigit(text.charAt(j + 1));
    }
    return false;
  }
}
