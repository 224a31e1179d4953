package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wiretext.WireParser;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.Statement;

/**
 * A party tag after a legislator's name ("(D-Ore.)", ", R-Ky.,", "(Vt.)") is part of the
 * speaker phrase: its full stops end no sentence, and the person before it is the speaker.
 */
class PartyTagTest {

  private static final WireParser PARSER = WireParser.builder().build();

  private static String speakerOf(String paragraph) {
    Article a = PARSER.parse("Lawmakers react.\n\n" + paragraph + "\n");
    Map<String, Actor> byId = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    assertThat(a.statements()).as("statements of %s", paragraph).isNotEmpty();
    Statement s = a.statements().get(0);
    return s.speaker().map(byId::get).map(Actor::name).orElse(null);
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
    Article a = PARSER.parse("Lawmakers react.\n\n\"It is a fair outcome,\" Rep. Carl Benning "
        + "(R-Tex.) said Thursday.\n");
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
