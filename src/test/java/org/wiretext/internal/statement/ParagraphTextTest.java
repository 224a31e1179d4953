package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SentenceMarks;
import org.wiretext.internal.text.SentenceSplitter;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class ParagraphTextTest {

  @Test
  void eachTokenIsInTheSentenceTheSplitterPutsItIn() {
    Random r = new Random(17);
    String[] words = {"The", "talks", "ended.", "Mr.", "U.S.", "Why?", "yes!", "\"Go.\"", "2.5",
        "p.m.", "K.", "and", "(done.)", "\u2014", "\u201CNo.\u201D", ".", "1,000", "said"};
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      List<TextRange> paragraphs = new ArrayList<>();
      for (int p = r.nextInt(4); p >= 0; p--) {
        int start = sb.length();
        sb.append(r.nextBoolean() ? "  " : "");
        for (int w = r.nextInt(16); w >= 0; w--) {
          sb.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? "" : " ");
        }
        paragraphs.add(new TextRange(start, sb.length()));
        sb.append("\n\n");
      }
      SourceText source = SourceText.of(sb.toString());
      SentenceMarks marks = new SentenceMarks(source.folded());
      for (TextRange range : paragraphs) {
        ParagraphText pt = new ParagraphText(source, range, List.of(), marks);
        assertThat(sentencesOf(pt)).as(source.original()).isEqualTo(bySplitRanges(source, range, pt));
      }
    }
  }

  @Test
  void paragraphsThatShareBuffersReadAsParagraphsWithArraysOfTheirOwn() {
    Random r = new Random(23);
    String[] words = {"The", "minister", "said", "ended.", "\"Go", "on,\"", "\u201CNo.\u201D", "'we",
        "tried'", "he", "told", "reporters", ":", "\u2014", "Mr.", "U.S.", "and", "(", ")", "x"};
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      List<TextRange> paragraphs = new ArrayList<>();
      for (int p = r.nextInt(6); p >= 0; p--) {
        int start = sb.length();
        for (int w = r.nextInt(p % 2 == 0 ? 60 : 12); w >= 0; w--) {
          sb.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? "" : " ");
        }
        paragraphs.add(new TextRange(start, sb.length()));
        sb.append("\n\n");
      }
      SourceText source = SourceText.of(sb.toString());
      List<Quote> quotes = new QuoteScanner().scan(source, paragraphs).quotes();
      SentenceMarks shared = new SentenceMarks(source.folded());
      ParagraphText.Buffers buffers = new ParagraphText.Buffers();
      for (TextRange range : paragraphs) {
        List<Quote> here = new ArrayList<>();
        for (Quote q : quotes) {
          if (q.after() > range.start() && q.open() < range.end()) {
            here.add(q);
          }
        }
        ParagraphText reused = new ParagraphText(source, range, here, shared, buffers);
        ParagraphText own = new ParagraphText(source, range, here,
            new SentenceMarks(source.folded()), new ParagraphText.Buffers());
        assertThat(read(reused)).as(source.original()).isEqualTo(read(own));
        // what the rules leave behind must not reach the next paragraph
        reused.claim(0, reused.size());
      }
    }
  }

  /** All that the rules read of {@code pt}, token by token. */
  private static List<Object> read(ParagraphText pt) {
    List<Object> out = new ArrayList<>(sentencesOf(pt));
    out.add(pt.quotes);
    for (int i = 0; i < pt.size(); i++) {
      Token t = pt.tok(i);
      out.add(List.of(t.start(), t.end(), t.lower(), t.word(), t.capitalised(), t.classes(),
          (int) t.mark(), pt.claimed[i], pt.inQuote[i], pt.isQuoteMark(i), pt.cueAt(i),
          pt.channelAt(i), pt.sentenceStart(i), pt.sentenceEnd(i)));
    }
    return out;
  }

  /** The token ranges of {@code pt}'s sentences, then the sentence of each token. */
  private static List<List<Integer>> sentencesOf(ParagraphText pt) {
    List<List<Integer>> out = new ArrayList<>();
    for (int s = 0; s < pt.sentenceCount(); s++) {
      out.add(List.of(pt.sentenceFrom(s), pt.sentenceTo(s)));
    }
    for (int i = 0; i < pt.size(); i++) {
      out.add(List.of(pt.sentenceOf[i]));
    }
    return out;
  }

  /** The same, the plain way: the splitter's trimmed ranges, and the tokens that start in each. */
  private static List<List<Integer>> bySplitRanges(SourceText source, TextRange range, ParagraphText pt) {
    List<TextRange> ranges = new SentenceSplitter().split(source.folded(), range);
    List<List<Integer>> out = new ArrayList<>();
    int[] sentenceOf = new int[pt.size()];
    int t = 0;
    for (int s = 0; s < ranges.size(); s++) {
      int from = t;
      while (t < pt.size() && pt.tok(t).start() < ranges.get(s).end()) {
        sentenceOf[t++] = s;
      }
      out.add(List.of(from, t));
    }
    while (t < pt.size()) {
      sentenceOf[t++] = Math.max(0, ranges.size() - 1);
    }
    for (int s : sentenceOf) {
      out.add(List.of(s));
    }
    return out;
  }
}
