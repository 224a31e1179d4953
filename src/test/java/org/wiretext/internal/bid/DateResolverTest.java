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
}
