package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class DateResolverTest {

  private static Optional<String> date(String articleDate, String sentence) {
    SentenceTokens s = SentenceTokens.of(0, new TextRange(0, sentence.length()), SourceText.of(sentence), ActorTable.empty());
    return new DateResolver(articleDate).find(s, 0, s.size());
  }

  @Test
  void aMonthAndYearGiveAMonth() {
    assertThat(date(null, "It applied in July 1986 and waited.")).contains("1986-07");
  }

  @Test
  void aDayWithoutYearTakesTheArticlesYear() {
    assertThat(date("2022-03-02", "The war began on February 24.")).contains("2022-02-24");
  }

  @Test
  void aDayWithoutYearAndWithoutArticleDateGivesNothing() {
    assertThat(date(null, "The war began on February 24.")).isEmpty();
  }

  @Test
  void relativeDatesResolveAgainstTheArticle() {
    assertThat(date("2013-03-04T07:49", "They will apply tomorrow.")).contains("2013-03-05");
    assertThat(date("2013-03-04", "They applied last year.")).contains("2012");
    assertThat(date("2022-03-02", "It was sent this week.")).contains("2022-W09");
  }

  @Test
  void aBareYearAfterInIsAYear() {
    assertThat(date(null, "Its neighbour joined in 2013.")).contains("2013");
  }

  @Test
  void aModalMayIsNoMonth() {
    assertThat(date("2020-01-01", "May they join soon.")).isEmpty();
  }

  @Test
  void theIntTestAnswersAsParseIntOnTheFirstCharacters() {
    String[] dates = {"2022", "2022-03-01", "--03-27", "-202", "+202", "+-20", "20a2", "\u0662\u0660\u0662\u0662",
        "\uff12\uff10\uff12\uff12-01-01", "----", "-", "+", "2O22", " 2022", "0000", "-000", "12345678"};
    for (String d : dates) {
      for (int n = 1; n <= Math.min(4, d.length()); n++) {
        boolean parses;
        try {
          Integer.parseInt(d.substring(0, n));
          parses = true;
        } catch (NumberFormatException e) {
          parses = false;
        }
        assertThat(DateResolver.parsesAsInt(d, n)).as(d + " " + n).isEqualTo(parses);
      }
    }
  }

  @Test
  void aDatelineDateWithoutYearResolvesOnlyWhatNeedsNoYear() {
    assertThat(date("--03-27", "It applied in July 1986.")).contains("1986-07");
    assertThat(date("--03-27", "The war began on February 24.")).isEmpty();
    assertThat(date("--03-27", "It applied last year.")).isEmpty();
  }
}
