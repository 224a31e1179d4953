package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attribution set in the middle of what was said ("Farmers, she said, can ..."): the
 * whole sentence is the statement, and the speaker is the subject between the commas, never
 * the words before it.
 */
class MiddleAttributionTest {

  private static final String OPENING =
      "Mayor Ellen Sato opened the museum on Saturday with Governor John Hale.\n\n";

  private static List<String> said(String paragraph) {
    return ParsedStatements.said("Museum opens", OPENING + paragraph);
  }

  @Test
  void aPronounBetweenCommasAfterOneWord() {
    assertThat(said("Farmers, she said, can now show their history to everyone."))
        .containsExactly("Ellen Sato | said | Farmers, she said, can now show their history to everyone");
  }

  @Test
  void anAddresseeAndATimeAdjunctAfterTheCue() {
    assertThat(said("What changed, he told me on Monday, is that the county now pays."))
        .containsExactly("John Hale | told | What changed, he told me on Monday, is that the county now pays");
  }

  @Test
  void aClauseBeforeTheCommaIsNoAppositiveOfTheSubject() {
    assertThat(said("It is, the mayor said, \"the end of a very long wait for the valley.\""))
        .singleElement().asString().startsWith("Ellen Sato | ");
  }

  @Test
  void anAttributionEarlyInALongSentenceWithManyCommas() {
    assertThat(said("Quiet streets, Governor John Hale said, are a gift, whether in the town, on "
        + "the coast, in the hills, or on the islands, as one farmer, standing by the road, had said."))
        .singleElement().asString().startsWith("John Hale | said | Quiet streets, Governor John Hale said, are a gift");
  }

  @Test
  void aParticipleAfterACommaIsNoSubjectOfATrailingCue() {
    assertThat(said("The town was quiet, as the farmer, standing by the road, had said."))
        .noneMatch(s -> s.startsWith("standing"));
  }

  @Test
  void aContractedNegativeIsNoPartOfTheSubject() {
    assertThat(said("The governor's aides haven't said a word about the budget talks."))
        .singleElement().asString().startsWith("governor's aides | said | a word about the budget talks");
  }

  @Test
  void aMiddleAttributionAfterAConjunctionReportsWhatFollowsItAndLeavesTheClauseBefore() {
    assertThat(ParsedStatements.said("Harbour", "Harbour chief Ida Berg spoke on Thursday.\n\n"
        + "Berg also said that she did not expect the port to close this year but, she said, the "
        + "view of the two docks is not \"whether, but when.\""))
        .containsExactly("Ida Berg | also said | she did not expect the port to close this year",
            "Ida Berg | said | the view of the two docks is not \"whether, but when.\"");
  }
}
