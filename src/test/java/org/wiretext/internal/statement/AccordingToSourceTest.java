package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever follows "according to" up to the comma or the sentence's end is the source. */
class AccordingToSourceTest {

  private static List<String> said(String paragraph) {
    return ParsedStatements.said("Census news", paragraph);
  }

  @Test
  void aLowerCaseSourceAtTheEnd() {
    assertThat(said("Two in five dairy farms in the valley have closed since 2010, according to county records."))
        .containsExactly("county records | according to | Two in five dairy farms in the valley have closed since 2010");
  }

  @Test
  void aSourceWithAPrepositionalPhraseAtTheStart() {
    assertThat(said("According to a survey by the Ledger, most rural clinics are short "
        + "of nurses."))
        .singleElement().asString().endsWith("| most rural clinics are short of nurses");
  }

  @Test
  void aSourceInTheMiddleOfTheSentenceMakesTheWholeSentenceWhatWasSaid() {
    assertThat(said("The new clinic, according to county officials, will cost five million dollars."))
        .containsExactly("county officials | according to | The new clinic, according to county "
            + "officials, will cost five million dollars");
    assertThat(said("Two farms closed in 2013, according to the county auditor, and three more "
        + "closed in 2014."))
        .containsExactly("county auditor | according to | Two farms closed in 2013, according to "
            + "the county auditor, and three more closed in 2014");
  }

  @Test
  void aSourceFollowedByAPhraseAboutTheClauseOrSetOffByDashes() {
    assertThat(said("Costs would rise by as much as 19 percent, according to the Harbour "
        + "Institute, more than twice its earlier estimate."))
        .containsExactly("Harbour Institute | according to | Costs would rise by as much as 19 percent");
    assertThat(said("More than half of the wells are dry -- or nearly dry -- according to the "
        + "state water board."))
        .containsExactly("state water board | according to | More than half of the wells are dry "
            + "-- or nearly dry");
  }

  @Test
  void aPronounSourceIsThePersonItRefersTo() {
    assertThat(said("Mayor Nora Vik toured the valley. Most clinics are short of nurses, according to her."))
        .containsExactly("Nora Vik | according to | Most clinics are short of nurses");
  }

  @Test
  void aSourceInsideAnotherReportLeavesTheReportWhole() {
    assertThat(said("Nora Vik said that the clinics were short of staff, but, according to her, "
        + "the wards are \"not at all empty\"."))
        .singleElement().asString().startsWith("Nora Vik | said | the clinics were short of staff, but,");
  }

  @Test
  void aSourceThatRunsOnTooLongIsNone() {
    assertThat(said("According to " + "the very long list of many witnesses ".repeat(6)
        + ", the vote was fair.")).isEmpty();
  }
}
