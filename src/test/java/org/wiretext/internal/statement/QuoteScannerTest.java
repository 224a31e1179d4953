package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.internal.text.Warning;

class QuoteScannerTest {

  /** Paragraphs joined by blank lines, as the segmenter would give them. */
  static QuoteScanner.Result scan(String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    List<TextRange> ranges = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      ranges.add(new TextRange(at, at + p.length()));
      at += p.length() + 2;
    }
    return new QuoteScanner().scan(SourceText.of(text), ranges);
  }

  static List<String> inner(String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    return scan(paragraphs).quotes().stream().map(q -> text.substring(q.inner().start(), q.inner().end())).toList();
  }

  @Test
  void straightAndCurlyQuotationsAreFoundWithoutTheirMarksOrTrailingComma() {
    assertThat(inner("\"We are ready,\" she said. \u201CThe vote is Monday.\u201D"))
        .containsExactly("We are ready", "The vote is Monday.");
  }

  @Test
  void aClosingGlyphOpensAQuotationWhenNoneIsOpenAndAWordFollows() {
    assertThat(inner("\u201DFear is what I feel. We deserve better.\u201D \u2015 Lena Ortiz"))
        .containsExactly("Fear is what I feel. We deserve better.");
  }

  @Test
  void aClosingGlyphBeforeAnEllipsisOpensAQuotation() {
    assertThat(inner("\u201D \u2026 what we learned is that people want work.\u201D"))
        .containsExactly("\u2026 what we learned is that people want work.");
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertThat(inner("Estonia's envoy said the '90s were hard and they don't forget the states' debts."))
        .isEmpty();
  }

  @Test
  void aStrayInnerOpeningMarkDoesNotCloseTheQuotation() {
    assertThat(inner("\"Talks failed. \"So we will act now,\" the memo reads."))
        .containsExactly("Talks failed. \"So we will act now");
  }

  @Test
  void aClosingMarkMayFollowASpace() {
    assertThat(inner("\"We back the plan \", said Lind.")).containsExactly("We back the plan");
  }

  @Test
  void aQuotationRunsOnWhenTheNextParagraphReopensIt() {
    assertThat(inner("\"First part of the speech.", "\"Second part,\" Lind said."))
        .containsExactly("First part of the speech.\n\n\"Second part");
  }

  @Test
  void singleQuotesInsideDoubleQuotesAreNested() {
    assertThat(inner("\"He called it 'a disgrace' today,\" Lind said."))
        .containsExactly("He called it 'a disgrace' today");
  }

  @Test
  void singleQuotedSpeechInBritishCopyIsAQuotation() {
    assertThat(inner("'Berlin will block it,' he said.")).containsExactly("Berlin will block it");
  }

  @Test
  void guillemetsAndDoubledApostrophesAreQuotationMarks() {
    assertThat(inner("\u00ABNo deal\u00BB, she said. ''Not now,'' he said."))
        .containsExactly("No deal", "Not now");
  }

  @Test
  void anUnclosedQuotationIsReportedAndKeptToTheParagraphEnd() {
    QuoteScanner.Result r = scan("\"We will never agree, she said.", "Next paragraph.");
    assertThat(r.quotes()).hasSize(1);
    assertThat(r.warnings()).extracting(Warning::render).containsExactly("unbalanced quotation mark at 0");
  }

  @Test
  void theMarkFinderGivesEachMarkInTurnThenTheLimit() {
    String text = "a \"b\" it's 'c' d";
    QuoteScanner.MarkFinder marks = new QuoteScanner.MarkFinder(text);
    List<Integer> found = new ArrayList<>();
    for (int i = marks.next(0, text.length()); i < text.length(); i = marks.next(i + 1, text.length())) {
      found.add(i);
    }
    assertThat(found).containsExactly(2, 4, 8, 11, 13);
    assertThat(marks.next(14, text.length())).isEqualTo(text.length());
  }

  @Test
  void theMarkFinderStopsAtTheLimitAndSearchesAgainWhenAskedFromFurtherBack() {
    String text = "x 'y' \"z\"";
    QuoteScanner.MarkFinder marks = new QuoteScanner.MarkFinder(text);
    assertThat(marks.next(5, 7)).isEqualTo(6);
    assertThat(marks.next(5, 6)).isEqualTo(6); // the limit: none before it
    assertThat(marks.next(0, text.length())).isEqualTo(2);
    assertThat(marks.next(3, text.length())).isEqualTo(4);
    assertThat(marks.next(7, text.length())).isEqualTo(8);
    assertThat(marks.next(9, text.length())).isEqualTo(text.length());
  }
}
