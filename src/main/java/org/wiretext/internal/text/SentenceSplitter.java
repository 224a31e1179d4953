package org.wiretext.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A sentence ends at {@code .}, {@code !} or {@code ?}
 * (with any closing quotation marks and brackets after it) followed by white space and a
 * word that may start a sentence. It does not end after a known abbreviation ("Mr.", "Gen.",
 * "Sen.", "Jan."), after a single capital initial ("John F. Kennedy", "U.S."), inside a
 * decimal number ("3.5") or before a lower-case word. One pass over the paragraph: linear.
 */
public final class SentenceSplitter {

  /** Abbreviations (lower case, without the dot) after which a dot does not end a sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
      "cmdr", "gov", "del", "sen", "rep", "reps", "sens", "pres", "rev", "fr", "hon", "amb", "st",
      "sr", "jr", "mt", "ft", "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "bros",
      "dept", "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
      "sun", "approx", "est", "fig", "vol", "pp", "op", "ed", "eds", "al", "cf", "e.g", "i.e",
      "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "n.c", "s.c", "n.y", "l.a");

  /** Whether a full stop after {@code lowerWord} ("sen", "n.y") need not end a sentence. */
  public static boolean isAbbreviation(String lowerWord) {
    return ABBREVIATIONS.contains(lowerWord);
  }

  /** The sentences of {@code range} in {@code text}, trimmed, in order, covering it. */
  public List<TextRange> split(String text, TextRange range) {
    return split(new SentenceMarks(text), range);
  }

  /**
   * The sentences of {@code range} in {@code marks}' text, trimmed, in order, covering it. The
   * scan jumps from one {@code .}, {@code !} or {@code ?} to the next ({@link SentenceMarks}):
   * share one {@code marks} between the paragraphs of a text, asked for in text order.
   */
  public List<TextRange> split(SentenceMarks marks, TextRange range) {
    String text = marks.text();
    List<TextRange> out = new ArrayList<>();
    int start = range.start();
    for (int cut : cuts(marks, range)) {
      addTrimmed(out, text, start, cut);
      start = cut;
    }
    addTrimmed(out, text, start, range.end());
    return out;
  }

  /**
   * Where {@link #split} cuts {@code range}, in order: the offset after each sentence but the
   * last, before trimming. The sentences are the stretches between {@code range}'s start, the
   * cuts and its end, less a last one of white space only (every other holds the mark that
   * ends it, and the character before each cut is that mark or a closer, so white space is
   * trimmed only from the ends of {@code range}). For a caller that maps sentences to tokens
   * of its own: it needs no ranges made and trimmed, one array of offsets.
   */
  public int[] cuts(SentenceMarks marks, TextRange range) {
    String text = marks.text();
    int[] cuts = new int[4];
    int n = 0;
    int start = range.start();
    int end = range.end();
    int i = marks.next(start);
    while (i < end) {
      int j = i + 1;
      while (j < end && isCloser(text.charAt(j))) {
        j++;
      }
      if (endsSentence(text, start, i, j, end)) {
        if (n == cuts.length) {
          cuts = Arrays.copyOf(cuts, n * 2);
        }
        cuts[n++] = j;
        start = j;
      }
      i = marks.next(j); // a run of stops and closers is looked at once
    }
    return n == cuts.length ? cuts : Arrays.copyOf(cuts, n);
  }

  private static void addTrimmed(List<TextRange> out, String text, int s, int e) {
    TextRange r = new TextRange(s, e).trim(text);
    if (!r.isEmpty()) {
      out.add(r);
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019'
        || c == '\u00BB' || c == '.' || c == '!' || c == '?';
  }

  private static boolean endsSentence(String text, int sentenceStart, int i, int afterRun, int end) {
    int j = afterRun;
    if (j >= end) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false; // "3.5", "U.S.-led", "example.com"
    }
    while (j < end && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= end) {
      return true;
    }
    char next = text.charAt(j);
    if (Character.isLowerCase(next) || next == ',' || next == ';') {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    // the word before the dot
    int w = i;
    while (w > sentenceStart && i - w <= 8 && isWordChar(text.charAt(w - 1))) {
      w--;
    }
    int len = i - w;
    if (len == 1 && Character.isUpperCase(text.charAt(w))) {
      return false; // an initial: "John F. Kennedy", "U.S."
    }
    if (isInitials(text, w, i)) {
      return false; // initials: "G.K. Butterfield", "J.R.R. Tolkien"
    }
    return !(len > 0 && len <= MAX_PACKED && abbreviationAt(text, w, i));
  }

  /** Abbreviations are looked up in place when they have at most this many characters. */
  static final int MAX_PACKED = 6;

  /**
   * The {@link #ABBREVIATIONS} of at most {@link #MAX_PACKED} characters, packed ({@link
   * #pack}) and sorted: a full stop before a capital is tested against them without cutting
   * and lower-casing the word before it.
   */
  private static final long[] PACKED = ABBREVIATIONS.stream()
      .filter(a -> a.length() <= MAX_PACKED)
      .mapToLong(a -> pack(a, 0, a.length()))
      .sorted()
      .toArray();

  /**
   * Whether {@code text[from, to)} (at most {@link #MAX_PACKED} characters), lower-cased, is
   * one of the {@link #ABBREVIATIONS}: by its packed characters when it is ASCII, else (a
   * character outside ASCII may lower-case to ASCII, as the Kelvin sign does) by its string.
   */
  static boolean abbreviationAt(String text, int from, int to) {
    long key = pack(text, from, to);
    if (key < 0) {
      return ABBREVIATIONS.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
    }
    return Arrays.binarySearch(PACKED, key) >= 0;
  }

  /**
   * {@code text[from, to)} lower-cased, a byte a character, the first in the highest byte used;
   * -1 when it has a character outside ASCII or a NUL. No character packed is 0, so two runs
   * (of at most eight characters) have the same key exactly when they are the same word
   * lower-cased.
   */
  private static long pack(String text, int from, int to) {
    long key = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 0x80 || c == 0) {
        return -1;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      key = key << 8 | c;
    }
    return key;
  }

  /** Whether {@code [w, i)} is capital letters joined by dots: "G.K", "J.R.R". */
  private static boolean isInitials(String text, int w, int i) {
    if (i - w < 3) {
      return false;
    }
    for (int k = w; k < i; k++) {
      boolean letterPlace = (k - w) % 2 == 0;
      char c = text.charAt(k);
      if (letterPlace ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return (i - w) % 2 == 1;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '.';
  }
}
