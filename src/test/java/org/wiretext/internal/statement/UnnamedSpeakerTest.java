package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.statement.StatementAttributorTest.Said;

class UnnamedSpeakerTest {

  @Test
  void anIndefiniteDescriptionIsANewUnnamedSpeaker() {
    assertThat(said("Mayor Ida Berg opened the hall. A retired engineer said the roof would leak."))
        .extracting(Said::speaker).containsExactly("retired engineer");
  }

  @Test
  void aShareOfThosePolledIsTheSpeaker() {
    assertThat(said("The poll was taken in May. However, 61 percent said the levy was too high."))
        .extracting(Said::speaker).containsExactly("61 percent");
    assertThat(said("Of the growers asked, 55% said the levy was too high."))
        .extracting(Said::speaker).containsExactly("55%");
  }

  @Test
  void aLaterDefiniteDescriptionWithTheSameHeadIsTheSameGroup() {
    assertThat(said("Members of the harbour board said on Tuesday the pier was unsafe. The board "
        + "members also said they were worried about the ferries."))
        .extracting(Said::speaker)
        .containsExactly("Members of the harbour board", "Members of the harbour board");
  }

  @Test
  void anIndefinitePronounIsAnUnnamedSpeaker() {
    assertThat(said("Mayor Ida Berg spoke first. Then someone asked how the pier would be paid for."))
        .extracting(Said::speaker).containsExactly("someone");
  }

  @Test
  void anUnnamedCollectiveIsTheSpeaker() {
    assertThat(said("Ida Berg left early, but county lawyers said the contract had lapsed."))
        .extracting(Said::speaker).contains("county lawyers");
  }

  @Test
  void aRestrictiveRelativeClauseBeforeTheCueIsNotItsSubject() {
    assertThat(said("Olga Brandt said the vote was fair. Olga Brandt, in a jab at clerks who "
        + "count ballots without observers, added: \"The count must be public.\""))
        .extracting(Said::speaker).doesNotContain("count ballots without observers");
  }

  @Test
  void aLeadingTimeAdjunctIsNotPartOfTheSpeaker() {
    assertThat(said("In May, state lawyers said the contract had lapsed."))
        .extracting(Said::speaker).containsExactly("state lawyers");
  }

  @Test
  void aSentenceConnectiveIsNotTheSpeakersName() {
    assertThat(said("However, the mayor said the deal was off."))
        .extracting(Said::speaker).doesNotContain("However");
  }
}
