package org.wiretext.internal.statement;

import java.util.Arrays;
import org.wiretext.internal.text.Chars;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * A word or a punctuation mark of the folded text. Words are runs of letters, digits and
 * inner apostrophes, hyphens or dots ("Kosovo's", "U.S.", "Euro-Atlantic"); every other
 * non-space character is a token of its own. The rules read sentences as token lists.
 *
 * <p>The paragraphs of an article reuse the same tokens ({@link #run(SourceText, TextRange,
 * Token[])} overwrites them with {@link #set}): a token was the largest allocation of the
 * parse, one per token per paragraph, and each lives only while the rules read its paragraph.
 * A rule keeps token indices ({@link Found.TokenSpan}), ranges and strings, never a token.
 */
final class Token {
  private int start;
  private int end;
  /** The folded text of the token in lower case. */
  private String lower;
  private boolean word;
  private boolean capitalised;
  /** The {@link WordClass} bits of {@link #lower}, found once when the token is made. */
  private int classes;
  /**
   * The character of a punctuation token of one character, else 0: the rules test marks all
   * the time, and a char compares without reading {@link #lower}'s characters.
   */
  private char mark;

  Token(int start, int end, String lower, boolean word, boolean capitalised, int classes, char mark) {
    set(start, end, lower, word, capitalised, classes, mark);
  }

  /** Makes this token the one described, forgetting what it was (for reuse). */
  void set(int start, int end, String lower, boolean word, boolean capitalised, int classes,
      char mark) {
    this.start = start;
    this.end = end;
    this.lower = lower;
    this.word = word;
    this.capitalised = capitalised;
    this.classes = classes;
    this.mark = mark;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String lower() {
    return lower;
  }

  boolean word() {
    return word;
  }

  boolean capitalised() {
    return capitalised;
  }

  int classes() {
    return classes;
  }

  char mark() {
    return mark;
  }

  @Override
  public String toString() {
    return lower + "@" + start;
  }

  /** Whether the token is a word of any of the classes {@code wordClasses} ({@link WordClass} bits). */
  boolean in(int wordClasses) {
    return (classes & wordClasses) != 0;
  }

  TextRange range() {
    return new TextRange(start, end);
  }

  boolean is(String s) {
    return lower.equals(s);
  }

  /** Whether the token is the punctuation mark {@code c} (never 0). */
  boolean isPunct(char c) {
    return mark == c;
  }

  /** A sentence-internal boundary: comma, semicolon, colon, dash, bracket or quotation mark. */
  boolean isBoundary() {
    char c = mark; // 0 for a word, and for a mark of two chars (a surrogate pair), neither a boundary
    return c == ',' || c == ';' || c == ':' || c == '-' || c == '\u2014' || c == '\u2013'
        || c == '\u2015' || c == '(' || c == ')' || c == '"' || c == '\'' || c == '.'
        || c == '!' || c == '?';
  }

  /** {@link WordClass#of} each Latin-1 character as a token of its own, found once. */
  private static final int[] LATIN1_MARK_CLASSES = new int[0x100];

  static {
    for (char c = 0; c < LATIN1_MARK_CLASSES.length; c++) {
      LATIN1_MARK_CLASSES[c] = WordClass.of(String.valueOf(c));
    }
  }

  /** Whether the comma at {@code comma} separates thousands: a digit before, three after. */
  private static boolean thousands(String f, int comma, int end) {
    if (comma == 0 || !Character.isDigit(f.charAt(comma - 1))) {
      return false;
    }
    for (int k = comma + 1; k <= comma + 3; k++) {
      if (k >= end || !Character.isDigit(f.charAt(k))) {
        return false;
      }
    }
    return comma + 4 >= end || !Character.isLetterOrDigit(f.charAt(comma + 4));
  }

  /**
   * Tokens in the first {@code size} slots of {@code array}; the slots after are null or
   * tokens of an earlier paragraph, to be overwritten.
   *
   * @param array the tokens, in order, then room to spare
   * @param size how many tokens there are
   */
  record Run(Token[] array, int size) {}

  /** The tokens of {@code range}, in order, new, in an array of their number. */
  static Token[] of(SourceText source, TextRange range) {
    Run run = run(source, range, new Token[0]);
    return Arrays.copyOf(run.array(), run.size());
  }

  /**
   * The tokens of {@code range}, in order; one pass. An array, not a list: the rules read
   * tokens by index all the time, and an array read skips a list's indirection and check. The
   * array is not trimmed to the tokens' number (a copy per paragraph): the caller keeps the size.
   *
   * @param spare the array of the last paragraph's run (or an empty one): its tokens are
   *     overwritten, and it is returned, grown with new tokens where this range has more
   */
  static Run run(SourceText source, TextRange range, Token[] spare) {
    String f = source.folded();
    Token[] out = spare;
    if (out.length == 0) {
      // about one token per five characters of news copy: sized once, grown when short
      out = new Token[Math.max(10, (range.end() - range.start()) / 4)];
    }
    int n = 0;
    WordCache words = WordCache.get();
    int i = range.start();
    int end = range.end();
    // the range's characters, read from an array: a[k - base] is f.charAt(k)
    int base = range.start();
    char[] a = words.chars(f, base, end);
    while (i < end) {
      char c = a[i - base];
      if (Chars.isWhitespace(c)) {
        i++;
      } else if (Chars.isLetterOrDigit(c)) {
        // the word's key for the cache ({@link WordCache#KEYS}) is made while the word is
        // scanned: a word of letters and digits only (most are) is not read a second time
        int code = WordCache.KEYS.code(c);
        long key = code;
        boolean plain = code != 0;
        int j = i + 1;
        while (j < end) {
          char d = a[j - base];
          if (Chars.isLetterOrDigit(d)) {
            code = WordCache.KEYS.code(d);
            key = key << 6 | code;
            plain &= code != 0;
            j++;
          } else if ((d == '\'' || d == '-' || d == '.' || d == '&') && j + 1 < end
              && Chars.isLetterOrDigit(a[j + 1 - base])) {
            plain = false; // an inner mark: packed afresh below
            j += 2;
          } else if (d == ',' && thousands(f, j, end)) {
            plain = false;
            j++; // "1,000": a thousands separator is no clause comma
          } else if (d == '/' && j + 1 < end && Character.isDigit(f.charAt(j - 1))
              && Character.isDigit(f.charAt(j + 1))) {
            plain = false;
            j += 2; // "9/11", "24/7": one word
          } else if (d == '.' && j - i <= 3 && j + 1 < end && f.charAt(j + 1) == ','
              && isInitialism(f, i, j)) {
            plain = false;
            j++; // "U.S." before a comma keeps its dot
          } else if (d == '.' && j - i >= 3 && f.charAt(j - 2) == '.' && j + 2 < end
              && f.charAt(j + 1) == ' ' && Character.isLowerCase(f.charAt(j + 2))
              && isInitialism(f, i, j)) {
            plain = false;
            j++; // "told the I.R.S. anything": the dot of an initialism before a lower-case word
          } else {
            break;
          }
        }
        // a plain word's key is KEYS.pack()'s: the same codes, the first in the highest bits
        WordCache.Word w = plain && j - i <= WordCache.MAX_PACKED ? words.packed(f, key, i, j)
            : words.word(f, a, base, i, j);
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        Token t = out[n];
        boolean capitalised = Character.isUpperCase(c);
        if (t == null) {
          out[n] = new Token(i, j, w.lower(), true, capitalised, w.classes(), (char) 0);
        } else {
          t.set(i, j, w.lower(), true, capitalised, w.classes(), (char) 0);
        }
        n++;
        i = j;
      } else {
        int next = Chars.after(f, i, end);
        String mark = Chars.slice(f, i, next);
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        int classes = next - i == 1 && c < LATIN1_MARK_CLASSES.length ? LATIN1_MARK_CLASSES[c]
            : WordClass.of(mark);
        Token t = out[n];
        char m = next - i == 1 ? c : (char) 0;
        if (t == null) {
          out[n] = new Token(i, next, mark, false, false, classes, m);
        } else {
          t.set(i, next, mark, false, false, classes, m);
        }
        n++;
        i = next;
      }
    }
    return new Run(out, n);
  }

  private static boolean isInitialism(String f, int s, int e) {
    for (int k = s; k < e; k++) {
      if (f.charAt(k) != '.' && !Character.isUpperCase(f.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
