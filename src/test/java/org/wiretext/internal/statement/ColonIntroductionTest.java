package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.Mention;
import org.wiretext.model.StatementKind;

/**
 * An attribution that ends its paragraph with a colon introduces the next paragraph: its
 * opening quotation, or a block quotation set without quotation marks.
 */
class ColonIntroductionTest {

  private static List<String> said(String body) {
    return ParsedStatements.said("Harbour vote", body);
  }

  @Test
  void aQuotationParagraphTakesTheSpeakerAndCueOfTheColonAboveIt() {
    assertThat(said("The board met twice in May. The Valley Courier reports:\n\n"
        + "\"Only a third of the dock workers turned up for the second meeting, and most of them left early.\""))
        .containsExactly("Valley Courier | reports | Only a third of the dock workers turned up for the "
            + "second meeting, and most of them left early.");
  }

  @Test
  void aPronounThatIntroducesAQuotationIsAMentionOfItsActor() {
    Article a = ParsedStatements.parse("Harbour vote", "Mayor Ines Varga spoke after the vote. She said:\n\n"
        + "\"We will keep the ferry running through the winter, whatever the council decides next.\"");
    assertThat(a.statements()).singleElement().satisfies(s -> assertThat(s.cue()).hasValue("said"));
    Actor varga = a.actors().stream().filter(x -> x.name().equals("Ines Varga")).findFirst().orElseThrow();
    assertThat(varga.mentions()).extracting(Mention::text).contains("She");
  }

  @Test
  void aNounPhraseCueAfterALeadingDate() {
    assertThat(said("On May 3, 2014, Tomas Lee made the following comment:\n\n"
        + "\"We will not close the port while I am in charge of it, and that is final.\""))
        .containsExactly("Tomas Lee | made the following comment | We will not close the port while I "
            + "am in charge of it, and that is final.");
  }

  @Test
  void aBlockQuotationWithoutMarksIsReportedSpeech() {
    Article a = ParsedStatements.parse("Harbour vote", "Tomas Lee, the harbour master, added:\n\n"
        + "And the tugs are older than I am. Nobody should pretend otherwise.\n\n"
        + "The council will vote again in June.");
    assertThat(a.statements()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
      assertThat(s.text()).isEqualTo("And the tugs are older than I am. Nobody should pretend otherwise.");
      assertThat(s.cue()).hasValue("added");
    });
  }

  @Test
  void aColonWithoutACueIntroducesNobody() {
    assertThat(said("The council has to do three things:\n\nMend the pier, hire pilots and cut fees."))
        .isEmpty();
    assertThat(said("Read more:\n\n\"A long look at how the harbour lost its ferries over the decade.\""))
        .singleElement().asString().startsWith("? | ? |");
  }

  @Test
  void theIntroductionReachesOnlyTheNextParagraph() {
    assertThat(ParsedStatements.speakers("Harbour vote", "Tomas Lee said:\n\n"
        + "\"We will keep the ferry running through the winter, whatever happens.\"\n\n"
        + "The council will vote again in June.\n\n"
        + "Pilots are scarce on this coast and have been for years."))
        .containsExactly("Tomas Lee");
  }

  @Test
  void aQuotationCarriedOnAfterItsAttributionKeepsTheAttributionsCue() {
    assertThat(ParsedStatements.said("Port", "\"The dredging starts in May,\" says harbour master "
        + "Ida Wren. \"We will work at night.\""))
        .containsExactly("Ida Wren | says | The dredging starts in May",
            "Ida Wren | says | We will work at night.");
  }
}
