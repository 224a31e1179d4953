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
}
