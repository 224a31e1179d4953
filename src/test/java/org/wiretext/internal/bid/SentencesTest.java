package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class SentencesTest {

  private static List<String> split(String text) {
    SourceText s = SourceText.of(text);
    return Sentences.of(s, List.of(new TextRange(0, text.length()))).stream().map(s::slice).toList();
  }

  @Test
  void sentencesEndAtAFullStopBeforeACapital() {
    assertThat(split("Serbia applied. Kosovo did not.")).containsExactly("Serbia applied.", "Kosovo did not.");
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertThat(split("U.S. President George W. Bush met Mr. Smith. He left."))
        .containsExactly("U.S. President George W. Bush met Mr. Smith.", "He left.");
  }

  @Test
  void jumpingBetweenMarksSplitsAsTestingEveryCharacter() {
    String[] pieces = {"Serbia", " applied", ".", " ", "  ", "U.S.", " Mr.", " W.", "?", "!", "\"", "'",
        ")", " He", " 2,000", " 3.5", " \u00c9tat", " Zo\u00eb.", " \u201cNo.\u201d", " e.g.", " ...", "\n",
        " and", " A.", " Dr", " 12."};
    java.util.Random random = new java.util.Random(11);
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(30); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      // paragraphs in text order, some touching, some with gaps, one possibly empty
      List<TextRange> paragraphs = new java.util.ArrayList<>();
      int at = 0;
      while (at < text.length()) {
        int end = Math.min(text.length(), at + random.nextInt(text.length() - at + 1));
        paragraphs.add(new TextRange(at, end));
        at = end + random.nextInt(3);
      }
      assertThat(Sentences.of(text, text.toCharArray(), paragraphs)).as(text)
          .isEqualTo(plainSplit(text.toCharArray(), paragraphs));
      // the stage's reused copy may run past the text: nothing past it is read
      char[] longer = java.util.Arrays.copyOf(text.toCharArray(), text.length() + 4);
      longer[text.length()] = ' ';
      longer[text.length() + 1] = 'A';
      longer[text.length() + 2] = '.';
      longer[text.length() + 3] = ' ';
      assertThat(Sentences.of(text, longer, paragraphs)).as(text).isEqualTo(plainSplit(text.toCharArray(), paragraphs));
    }
  }

  /** The split as specified: each character of each paragraph tested in turn. */
  private static List<TextRange> plainSplit(char[] text, List<TextRange> paragraphs) {
    List<TextRange> out = new java.util.ArrayList<>();
    for (TextRange p : paragraphs) {
      int start = p.start();
      int i = p.start();
      while (i < p.end()) {
        char c = text[i];
        if ((c == '.' || c == '?' || c == '!') && !(c == '.' && Sentences.isAbbreviation(text, p.start(), i))) {
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
    return out;
  }

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

  @Test
  void abbreviationsAnswerAsTheWholeWordLookedUp() {
    String[] pieces = {"mr", "Mr", "MR", "approx", "Approx", "sept", "u.s", "U.S", "e.g", "a.b.c", "a.b.c.d",
        "W", "w", "x", "Dr", "\u0130", "\u00e9", "\u00c9t", "Zo\u00eb", "nato", "accession", "applied", "No",
        ".", "", " ", "2", "Inc", "corp", "Corporation", "Approxim", "St", "Rev"};
    java.util.Random random = new java.util.Random(5);
    for (int n = 0; n < 20000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(4); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      b.append('.');
      char[] text = b.toString().toCharArray();
      int floor = random.nextInt(text.length);
      assertThat(Sentences.isAbbreviation(text, floor, text.length - 1)).as(b + " from " + floor)
          .isEqualTo(plainIsAbbreviation(text, floor, text.length - 1));
    }
  }

  /** Whether the full stop at {@code dot} ends an abbreviation or an initial: the whole word, lower-cased, looked up. */
  private static boolean plainIsAbbreviation(char[] text, int floor, int dot) {
    int s = dot;
    while (s > floor && (Character.isLetter(text[s - 1]) || text[s - 1] == '.')) {
      s--;
    }
    String word = new String(text, s, dot - s).toLowerCase(java.util.Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(text[s])) {
      return true;
    }
    return Sentences.ABBREVIATIONS.contains(word) || word.indexOf('.') >= 0 && word.length() <= 6;
  }

  @Test
  void aClosingQuoteStaysWithItsSentence() {
    assertThat(split("\"We agree.\" Then he left.")).containsExactly("\"We agree.\"", "Then he left.");
  }
}
