package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static final WordSet ABBREVIATIONS = WordSet.of(
      "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "sen", "rep",
      "gov", "prof", "rev", "hon", "jr", "sr", "no", "vs", "inc", "co", "corp", "ltd", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
      "u.n", "u.k", "e.u", "etc", "approx", "fig", "al");

  private Sentences() {}

  /** The sentences of every paragraph, in text order, trimmed. */
  static List<TextRange> of(SourceText source, List<TextRange> paragraphs) {
    List<TextRange> out = new ArrayList<>();
    for (TextRange p : paragraphs) {
      split(source.folded(), p, out);
    }
    return out;
  }

  private static void split(String text, TextRange p, List<TextRange> out) {
    int start = p.start();
    int i = p.start();
    while (i < p.end()) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && !(c == '.' && isAbbreviation(text, p.start(), i))) {
        int end = i + 1;
        while (end < p.end() && (text.charAt(end) == '"' || text.charAt(end) == '\'' || text.charAt(end) == ')')) {
          end++;
        }
        int next = end;
        while (next < p.end() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next == p.end()) {
          break;
        }
        char n = text.charAt(next);
        if (next > end && (Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '\'')) {
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

  private static void add(String text, int start, int end, List<TextRange> out) {
    TextRange r = new TextRange(start, end).trim(text);
    if (!r.isEmpty()) {
      out.add(r);
    }
  }

  /** Whether the full stop at {@code dot} ends an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int floor, int dot) {
    int s = dot;
    while (s > floor && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
      if (dot - s > 12) {
        return false;
      }
    }
    for (int i = s; i < dot; i++) {
      if (text.charAt(i) >= 0x80) {
        // lower-casing may change the length of a word outside ASCII: cut it and look it up as a string
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
          return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
          return true;
        }
        return ABBREVIATIONS.contains(word) || word.indexOf('.') >= 0 && word.length() <= 6;
      }
    }
    // ASCII letters and full stops, read in place
    int length = dot - s;
    if (length == 0) {
      return false;
    }
    if (length == 1 && Character.isUpperCase(text.charAt(s))) {
      return true;
    }
    return ABBREVIATIONS.containsLowered(text, s, dot) || length <= 6 && text.lastIndexOf('.', dot - 1) >= s;
  }
}
