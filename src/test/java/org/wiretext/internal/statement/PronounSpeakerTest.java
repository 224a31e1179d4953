package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.model.Article;

/** A pronoun speaker goes to the nearest earlier person the pronoun can refer to. */
class PronounSpeakerTest {

  private static List<String> speakers(String text) {
    return ParsedStatements.speakers("Talks resume in the capital", text);
  }

  @Test
  void sheSkipsANearerManWhoseGivenNameIsMale() {
    assertThat(speakers("Mayor Ellen Sato met the governor, John Hale, on Monday.\n\n"
        + "\"We will rebuild the bridge before winter,\" she said."))
        .containsExactly("Ellen Sato");
  }

  @Test
  void heSkipsANearerWomanWhoseHonorificIsFemale() {
    assertThat(speakers("Peter Brandt spoke after a meeting with Mrs Ilse Kern.\n\n"
        + "\"The port stays open,\" he said."))
        .containsExactly("Peter Brandt");
  }

  @Test
  void aPersonOfUnknownGenderStaysACandidate() {
    assertThat(speakers("Kim Oduya met reporters in the capital.\n\n"
        + "\"The talks went well,\" she said."))
        .containsExactly("Kim Oduya");
  }

  @Test
  void aDescriptionGoesToThePersonTheArticleIsAbout() {
    assertThat(speakers("Harald Voss resigned as defence minister on Friday after six years.\n\n"
        + "Voss had clashed with the cabinet over the budget. Voss leaves as the army recruits "
        + "its first new brigade since the treaty signed by Marta Quell, the former premier, "
        + "in the capital, and it will miss a steady hand at the ministry in the coming months "
        + "of reform before the spring vote on the new procurement plan.\n\n"
        + "\"I will write a book,\" the former general said."))
        .containsExactly("Harald Voss");
  }

  @Test
  void aPronounContractedWithItsAuxiliaryIsAPronounSpeaker() {
    Article a = ParsedStatements.parse("Talks resume in the capital",
        "Senator Ruth Alder spoke in Dayton on Monday.\n\n"
        + "She's arguing that the levee plan is \"far too timid.\"");
    assertThat(speakers("Senator Ruth Alder spoke in Dayton on Monday.\n\n"
        + "She's arguing that the levee plan is \"far too timid.\""))
        .containsExactly("Ruth Alder");
    assertThat(a.actors()).filteredOn(x -> x.name().equals("Ruth Alder")).singleElement()
        .satisfies(x -> assertThat(x.mentions()).extracting(m -> m.text()).contains("She"));
  }

  @Test
  void aPersonInsideALeadingAdjunctIsNotThePronounsAntecedent() {
    assertThat(speakers("Governor Paul Ferris spoke to farmers in Ames on Monday.\n\n"
        + "After meeting Tom Reyes, he said the talks had gone well."))
        .containsExactly("Paul Ferris");
  }
}
