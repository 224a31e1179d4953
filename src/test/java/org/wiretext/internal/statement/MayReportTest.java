package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SentenceMarks;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class MayReportTest {

  private static final String[] WORDS = {"The", "minister", "Jane", "Roe", "said", "says", "told",
      "reporters", "according", "to", "officials", "quoted", "as", "saying", "his", "claim", "that",
      "Moe's", "call", "for", "talks", "would", "resume", "asked", "warned", "the", "plan", "was",
      "ended.", "Mr.", "and", "he", ",", ",", ",", "--", "\u2014", ":", "\"We", "tried,\"", "\"No.\"",
      "'we", "tried'", "(", ")", "?", "x"};

  @Test
  void noClauseRuleFindsAStatementInASentenceThatFailsThePreTest() {
    Random r = new Random(31);
    int skipped = 0;
    int sentences = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      List<TextRange> paragraphs = new ArrayList<>();
      for (int p = r.nextInt(3); p >= 0; p--) {
        int start = sb.length();
        for (int w = r.nextInt(40); w >= 0; w--) {
          sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(6) == 0 ? "" : " ");
        }
        paragraphs.add(new TextRange(start, sb.length()));
        sb.append("\n\n");
      }
      SourceText source = SourceText.of(sb.toString());
      List<Quote> quotes = new QuoteScanner().scan(source, paragraphs).quotes();
      SentenceMarks marks = new SentenceMarks(source.folded());
      for (TextRange range : paragraphs) {
        List<Quote> here = new ArrayList<>();
        for (Quote q : quotes) {
          if (q.after() > range.start() && q.open() < range.end()) {
            here.add(q);
          }
        }
        ParagraphText pt = new ParagraphText(source, range, here, marks);
        if (pt.size() > 0 && r.nextBoolean()) {
          int from = r.nextInt(pt.size());
          pt.claim(from, from + r.nextInt(pt.size() - from + 1)); // as a quote rule leaves it
        }
        for (int s = 0; s < pt.sentenceCount(); s++) {
          sentences++;
          if (StatementAttributor.mayReport(pt, s)) {
            continue;
          }
          skipped++;
          for (ClauseRule rule : StatementAttributor.CLAUSE_RULES) {
            assertThat(rule.tryMatch(pt, s)).as("%s on %s", rule.getClass().getSimpleName(),
                pt.slice(pt.sentenceFrom(s), pt.sentenceTo(s))).isEmpty();
          }
        }
      }
    }
    // the pre-test does skip sentences: a check of something
    assertThat(skipped).isGreaterThan(sentences / 10);
  }

  @Test
  void aSentenceWithACueOrACommaBeforeOneMayReport() {
    SourceText source = SourceText.of("The plan, he said, was ready. Officials met. \"We tried.\"");
    TextRange range = new TextRange(0, source.original().length());
    ParagraphText pt = new ParagraphText(source, range,
        new QuoteScanner().scan(source, List.of(range)).quotes(), new SentenceMarks(source.folded()));
    assertThat(pt.sentenceCount()).isEqualTo(3);
    assertThat(StatementAttributor.mayReport(pt, 0)).isTrue();
    assertThat(StatementAttributor.mayReport(pt, 1)).isFalse(); // no word of saying
    assertThat(StatementAttributor.mayReport(pt, 2)).isFalse(); // all quoted
  }
}
