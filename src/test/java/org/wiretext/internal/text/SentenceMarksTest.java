package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceMarksTest {

  private static final String ALPHABET = "ab .?!\"'\nA1";

  private static String randomText(Random r, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      // marks rare in some texts, dense in others
      sb.append(r.nextInt(4) == 0 ? ALPHABET.charAt(r.nextInt(ALPHABET.length())) : (char) ('a' + r.nextInt(3)));
    }
    return sb.toString();
  }

  private static int naiveNext(String text, int i) {
    for (int k = i; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '?' || c == '!') {
        return k;
      }
    }
    return text.length();
  }

  @Test
  void findsTheNextMarkAsACharacterScanDoes() {
    Random r = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      String text = randomText(r, r.nextInt(200));
      SentenceMarks marks = new SentenceMarks(text);
      for (int q = 0; q < 30; q++) {
        // mostly in text order, as the splitters ask, sometimes backwards
        int i = r.nextInt(text.length() + 2);
        assertThat(marks.next(i)).as("next(%d) of %s", i, text).isEqualTo(naiveNext(text, i));
      }
    }
  }

  @Test
  void aTextWithoutMarksAnswersItsLength() {
    assertThat(new SentenceMarks("no marks here").next(0)).isEqualTo(13);
    assertThat(new SentenceMarks("").next(0)).isZero();
  }

  @Test
  void paragraphsSplitWithSharedMarksAsEachOnItsOwn() {
    SentenceSplitter splitter = new SentenceSplitter();
    Random r = new Random(11);
    String[] words = {"The", "talks", "ended.", "Mr.", "U.S.", "Why?", "yes!", "\"Go.\"", "2.5", "p.m.", "K.", "and"};
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      List<TextRange> paragraphs = new ArrayList<>();
      for (int p = r.nextInt(6); p >= 0; p--) {
        int start = sb.length();
        for (int w = r.nextInt(12); w >= 0; w--) {
          sb.append(words[r.nextInt(words.length)]).append(' ');
        }
        paragraphs.add(new TextRange(start, sb.length()));
        sb.append("\n\n");
      }
      String text = sb.toString();
      SentenceMarks shared = new SentenceMarks(text);
      for (TextRange p : paragraphs) {
        assertThat(splitter.split(shared, p)).as(text).isEqualTo(splitter.split(text, p));
      }
    }
  }
}
