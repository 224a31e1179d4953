package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject of a cue reaches back over appositives set off by commas to the name they
 * describe: one or two descriptions, an affiliation with "of"/"with", a lower-case title
 * before the name.
 */
class AppositiveSubjectTest {

  private static String speakerOf(String paragraph) {
    List<String> speakers = ParsedStatements.speakers("Report.", paragraph);
    assertThat(speakers).as("statements of %s", paragraph).isNotEmpty();
    return speakers.get(0);
  }

  @Test
  void twoAppositivesInARow() {
    assertThat(speakerOf("Marta Kolb, the deputy mayor of Lindau, close to the border with "
        + "Austria, claims that rents have doubled since the spring.")).isEqualTo("Marta Kolb");
  }

  @Test
  void anAffiliationWithAPreposition() {
    assertThat(speakerOf("Owen Pratt, with the Carrow Institute research group, said the "
        + "ruling was the last straw.")).isEqualTo("Owen Pratt");
    assertThat(speakerOf("Owen Pratt, of the Carrow Institute, said the ruling was the last straw."))
        .isEqualTo("Owen Pratt");
  }

  @Test
  void aLowerCaseTitleBeforeTheNameAndALongDescriptionAfterIt() {
    assertThat(speakerOf("In the sharpest remarks, panel chairman Hugo Brandt, a longtime "
        + "ally of the governor and former state senator from Maine, told a news conference, "
        + "\"The agency failed.\"")).isEqualTo("Hugo Brandt");
  }

  @Test
  void anAppositiveWithAnInitialismInIt() {
    assertThat(speakerOf("Ilse Varga, who ran the U.S. trade office in Lima for six years, "
        + "said the sanctions should stay.")).isEqualTo("Ilse Varga");
  }

  @Test
  void anAppositiveSetOffByDashes() {
    assertThat(speakerOf("Hal Gunn -- author of two books on county politics -- said the sheriff "
        + "would not run again.")).isEqualTo("Hal Gunn");
  }

  @Test
  void aParticipialAppositive() {
    assertThat(speakerOf("Governor Lena Marsh, opening the new bridge on Saturday, said it would "
        + "carry ten thousand cars a day.")).isEqualTo("Lena Marsh");
  }

  private static List<String> mentionsOf(String name, String paragraph) {
    return ParsedStatements.mentionsOf(name, "Report.", paragraph);
  }

  @Test
  void theSpeakerPhraseAfterTheCueRunsOverItsAppositivesToTheSentenceEnd() {
    assertThat(mentionsOf("Nadia Ferro", "\"The count is far from over,\" said Nadia Ferro, "
        + "House editor for the Harbour Gazette. \"It may take a week.\""))
        .contains("Nadia Ferro, House editor for the Harbour Gazette");
    assertThat(mentionsOf("Tobias Lind", "\"The mine was built to fail,\" said Tobias Lind, a "
        + "lawyer at Ward & Ames, who represents the county during the hearings, and has "
        + "argued the case since 2019."))
        .contains("Tobias Lind, a lawyer at Ward & Ames, who represents the county during the "
            + "hearings, and has argued the case since 2019");
  }

  @Test
  void theSpeakerPhraseStopsWhereAStatementOrAClauseOfItsOwnBegins() {
    assertThat(mentionsOf("Tobias Lind", "\"The mine was built to fail,\" said Tobias Lind, "
        + "adding that the county would appeal."))
        .containsOnly("Tobias Lind");
    assertThat(mentionsOf("Tobias Lind", "\"The mine was built to fail,\" said Tobias Lind, a "
        + "lawyer, who added that the county would appeal."))
        .doesNotContain("Tobias Lind, a lawyer, who added that the county would appeal");
    assertThat(mentionsOf("Tobias Lind", "\"The mine was built to fail,\" said Tobias Lind, "
        + "and the county agreed."))
        .containsOnly("Tobias Lind");
  }

  @Test
  void aPluralPossessiveInTheAppositiveIsNoQuotationMark() {
    assertThat(speakerOf("Rosa Kemp, who runs the drive for the nurses' unions, said, \"The "
        + "wards are short of staff.\"")).isEqualTo("Rosa Kemp");
    assertThat(speakerOf("Rosa Kemp, who runs the drive for the nurses' unions, said that the "
        + "wards are short of staff.")).isEqualTo("Rosa Kemp");
  }

  @Test
  void anAppositiveOpeningWithAPossessiveNameAfterAStateOrAPerson() {
    assertThat(speakerOf("Even Norway, Sweden's closest ally and its largest trading partner, said "
        + "it was opposed to the tariff.")).isEqualTo("Norway");
    assertThat(speakerOf("Ann Holm, Bergen's chief planner, said the tunnel would open in May."))
        .isEqualTo("Ann Holm");
  }

  @Test
  void dottedInitialsAfterTheCueDoNotEndTheSentence() {
    assertThat(ParsedStatements.speakers("Vote", "\"This is a sad day,\" said Rep. T.J. Marlowe "
        + "(D-Ore.), head of the Harbour Workers Caucus. \"The count was a fraud.\""))
        .containsExactly("T.J. Marlowe", "T.J. Marlowe");
  }

  @Test
  void theAgeAndPlaceFormulaBelongsToTheSubject() {
    assertThat(speakerOf("Nora Pike, 61, of Lindale, Md., said the flood reached her porch."))
        .isEqualTo("Nora Pike");
    assertThat(mentionsOf("Nora Pike", "Nora Pike, 61, of Lindale, Md., who watched the parade "
        + "from the bridge, said the crowd was calm."))
        .contains("Nora Pike, 61, of Lindale, Md., who watched the parade from the bridge");
  }

  @Test
  void aPlaceAfterAnInstitutionIsNoPartOfTheFormula() {
    assertThat(speakerOf("Omar Reyes, an associate professor at Lindale University School of "
        + "Law, said the ruling was narrow.")).isEqualTo("Omar Reyes");
  }

  @Test
  void aCoordinatedSubjectThatOpensTheSentenceIsOnePhrase() {
    assertThat(mentionsOf("Lin Park", "Senators Ada Moe and Lin Park said the bridge toll "
        + "should be dropped.")).contains("Senators Ada Moe and Lin Park");
    assertThat(ParsedStatements.said("Port", "The harbour master and his deputies have said little "
        + "about the dredging."))
        .containsExactly("harbour master and his deputies | have said | little about the dredging");
  }

  @Test
  void aCoordinationInsideALeadingClauseIsNoSubject() {
    assertThat(speakerOf("When Ada Moe left and the council met, Lin Park said the toll was fair."))
        .isEqualTo("Lin Park");
  }
}
