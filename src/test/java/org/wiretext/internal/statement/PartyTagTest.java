package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.model.Article;

/**
 * A party tag after a legislator's name ("(D-Ore.)", ", R-Ky.,", "(Vt.)") is part of the
 * speaker phrase: its full stops end no sentence, and the person before it is the speaker.
 */
class PartyTagTest {

  private static String speakerOf(String paragraph) {
    List<String> speakers = ParsedStatements.speakers("Lawmakers react.", paragraph);
    assertThat(speakers).as("statements of %s", paragraph).isNotEmpty();
    return speakers.get(0);
  }

  @Test
  void aBracketedTagBeforeTheCueIsPartOfTheSubject() {
    assertThat(speakerOf("\"It is a fair outcome,\" Rep. Carl Benning (R-Tex.) said Thursday."))
        .isEqualTo("Carl Benning");
  }

  @Test
  void aBracketedTagAfterTheCueKeepsTheAppositiveAfterIt() {
    assertThat(speakerOf("\"This is a sad day,\" said Rep. Dana Whitfield (D-Ore.), head of the "
        + "Progressive Caucus.")).isEqualTo("Dana Whitfield");
  }

  @Test
  void aTagBetweenCommasIsSteppedOver() {
    assertThat(speakerOf("\"We expect the measure to pass,\" Senate Majority Leader Tom Averill, "
        + "R-Ky., said Tuesday.")).isEqualTo("Tom Averill");
  }

  @Test
  void aStateAloneAndAPartyLetterAloneAreTags() {
    assertThat(speakerOf("\"We will be back,\" said Sen. Lucy Marsh (Vt.).")).isEqualTo("Lucy Marsh");
    assertThat(speakerOf("\"Patience brings progress,\" Gov. Ray Dolan (D) said.")).isEqualTo("Ray Dolan");
  }

  @Test
  void theSpeakerMentionHoldsTheTag() {
    Article a = ParsedStatements.parse("Lawmakers react.", "\"It is a fair outcome,\" Rep. Carl Benning "
        + "(R-Tex.) said Thursday.");
    assertThat(a.actors()).filteredOn(x -> x.name().equals("Carl Benning")).singleElement()
        .satisfies(x -> assertThat(x.mentions()).extracting(m -> m.text())
            .contains("Rep. Carl Benning (R-Tex.)"));
  }

  @Test
  void aBracketWithoutATagIsNoTag() {
    // "(of the Ledger)" is no party tag: the speaker phrase ends before it
    assertThat(speakerOf("\"The vote is close,\" said Nora Vik (of the Ledger).")).isEqualTo("Nora Vik");
  }
}
