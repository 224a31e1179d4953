package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SentenceMarks;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class ClauseRuleStartsTest {

  private static final String[] WORDS = {"The", "minister", "Jane", "Roe", "said", "says", "told",
      "reporters", "according", "to", "officials", "quoted", "as", "saying", "his", "claim", "that",
      "Moe's", "call", "for", "talks", "would", "resume", "asked", "warned", "the", "plan", "was",
      "ended.", "Mr.", "and", "he", ",", ",", ",", "--", "\u2014", ":", "\"We", "tried,\"", "\"No.\"",
      "'we", "tried'", "(", ")", "?", "x"};

  @Test
  void noClauseRuleFindsAStatementInASentenceWithoutWhatItNeeds() {
    Random r = new Random(31);
    int skipped = 0;
    int tries = 0;
    java.util.Set<String> matched = new java.util.TreeSet<>();
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
          int starts = StatementAttributor.starts(pt, s);
          for (ClauseRule rule : StatementAttributor.CLAUSE_RULES) {
            tries++;
            if ((starts & rule.needs()) != 0) {
              if (rule.tryMatch(pt, s).isPresent()) {
                matched.add(rule.getClass().getSimpleName());
              }
              continue;
            }
            skipped++;
            assertThat(rule.tryMatch(pt, s)).as("%s on %s", rule.getClass().getSimpleName(),
                pt.slice(pt.sentenceFrom(s), pt.sentenceTo(s))).isEmpty();
          }
        }
      }
    }
    // the pre-test does skip rules: a check of something
    assertThat(skipped).isGreaterThan(tries / 4);
    // and the inputs are ones the rules read statements in
    assertThat(matched).hasSize(StatementAttributor.CLAUSE_RULES.size());
  }

  @Test
  void aSentenceHoldsTheStartsOfItsFreeWords() {
    SourceText source = SourceText.of("The plan, he said, was ready. Officials met. \"We tried.\"");
    TextRange range = new TextRange(0, source.original().length());
    ParagraphText pt = new ParagraphText(source, range,
        new QuoteScanner().scan(source, List.of(range)).quotes(), new SentenceMarks(source.folded()));
    assertThat(pt.sentenceCount()).isEqualTo(3);
    assertThat(StatementAttributor.starts(pt, 0))
        .isEqualTo(ClauseRule.CUE | ClauseRule.MARK_BEFORE_CUE); // "The plan, he said,"
    assertThat(StatementAttributor.starts(pt, 1)).isZero(); // no word of saying
    assertThat(StatementAttributor.starts(pt, 2)).isZero(); // all quoted
  }
}
