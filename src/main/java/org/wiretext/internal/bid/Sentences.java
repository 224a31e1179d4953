package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretext.internal.text.SentenceMarks;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * Splits body paragraphs into sentences with one linear scan: a sentence ends at {@code .},
 * {@code ?} or {@code !} (and any closing quotes after it) followed by white space and an
 * upper-case letter, digit or quotation mark, unless the word before the full stop is a known
 * abbreviation or a single letter ("U.S.", "Mr", "W."). Good enough for the bid stage, which
 * only needs to keep one sentence's actors together.
 */
final class Sentences {

  /** The abbreviations whose full stop ends no sentence (lower-case, inner full stops kept). */
  static final WordSet ABBREVIATIONS = WordSet.of(
      "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "sen", "rep",
      "gov", "prof", "rev", "hon", "jr", "sr", "no", "vs", "inc", "co", "corp", "ltd", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
      "u.n", "u.k", "e.u", "etc", "approx", "fig", "al");

  /** The longest run of letters and inner full stops read as dotted initials ("U.S", "e.g"). */
  private static final int LONGEST_INITIALS = 6;

  /**
   * The longest run of letters and full stops before a full stop that can be an abbreviation:
   * one of {@link #ABBREVIATIONS} or dotted initials. Lower-casing never makes a run shorter
   * (outside ASCII it may make it longer), so a longer run is neither, and is not looked up.
   */
  static final int LONGEST_ABBREVIATION = Math.max(ABBREVIATIONS.longest(), LONGEST_INITIALS);

  private Sentences() {}

  /** The sentences of every paragraph, in text order, trimmed. */
  static List<TextRange> of(SourceText source, List<TextRange> paragraphs) {
    return of(source.folded(), source.folded().toCharArray(), paragraphs);
  }

  /**
   * The sentences of every paragraph of the folded text {@code folded}, in text order, trimmed;
   * {@code text} is the folded text as an array (the stage copies it once, and the scans around
   * a full stop read that array).
   */
  static List<TextRange> of(String folded, char[] text, List<TextRange> paragraphs) {
    List<TextRange> out = new ArrayList<>(paragraphs.size() * 2);
    SentenceMarks ends = new SentenceMarks(folded);
    for (TextRange p : paragraphs) {
      split(text, p, ends, out);
    }
    return out;
  }

  private static void split(char[] text, TextRange p, SentenceMarks ends, List<TextRange> out) {
    int start = p.start();
    int i = p.start();
    while (i < p.end()) {
      // the characters before the next mark end no sentence
      i = ends.next(i);
      if (i >= p.end()) {
        break;
      }
      char c = text[i];
      if (c == '.' || c == '?' || c == '!') {
        int end = i + 1;
        while (end < p.end() && (text[end] == '"' || text[end] == '\'' || text[end] == ')')) {
          end++;
        }
        int next = end;
        while (next < p.end() && Character.isWhitespace(text[next])) {
          next++;
        }
        if (next == p.end()) {
          break;
        }
        char n = text[next];
        // an abbreviation's full stop ends no sentence; it is looked for only where the stop
        // would otherwise end one: a stop that ends none lets the scan go on from the next mark
        // after it either way (only closing quotes and white space stand before the next word)
        if (next > end && (Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '\'')
            && !(c == '.' && isAbbreviation(text, p.start(), i))) {
          add(text, start, end, out);
          start = next;
          i = next;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    add(text, start, p.end(), out);
  }

  /** Adds {@code [start, end)} without its surrounding white space, unless that leaves nothing. */
  private static void add(char[] text, int start, int end, List<TextRange> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text[s])) {
      s++;
    }
    while (e > s && Character.isWhitespace(text[e - 1])) {
      e--;
    }
    if (s < e) {
      out.add(new TextRange(s, e));
    }
  }

  /**
   * Whether the full stop at {@code dot} ends an abbreviation or an initial. The walk back over
   * the word stops as soon as the word is longer than {@link #LONGEST_ABBREVIATION} (a sentence's
   * last word, mostly): then it is neither, with no look-up.
   */
  static boolean isAbbreviation(char[] text, int floor, int dot) {
    int s = dot;
    boolean ascii = true;
    boolean innerDot = false;
    while (s > floor && (Character.isLetter(text[s - 1]) || text[s - 1] == '.')) {
      s--;
      if (dot - s > LONGEST_ABBREVIATION) {
        return false;
      }
      ascii &= text[s] < 0x80;
      innerDot |= text[s] == '.';
    }
    int length = dot - s;
    if (length == 0) {
      return false;
    }
    if (!ascii) {
      // lower-casing may change the length of a word outside ASCII: cut it and look it up as a string
      String word = new String(text, s, length).toLowerCase(Locale.ROOT);
      if (word.isEmpty()) {
        return false;
      }
      if (word.length() == 1 && Character.isUpperCase(text[s])) {
        return true;
      }
      return ABBREVIATIONS.contains(word) || word.indexOf('.') >= 0 && word.length() <= LONGEST_INITIALS;
    }
    // ASCII letters and full stops, read in place
    if (length == 1 && Character.isUpperCase(text[s])) {
      return true;
    }
    return ABBREVIATIONS.containsLowered(text, s, dot) || length <= LONGEST_INITIALS && innerDot;
  }
}
