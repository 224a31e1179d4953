package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wiretext.WireParser;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;

/**
 * The subject of a cue reaches back over appositives set off by commas to the name they
 * describe: one or two descriptions, an affiliation with "of"/"with", a lower-case title
 * before the name.
 */
class AppositiveSubjectTest {

  private static final WireParser PARSER = WireParser.builder().build();

  private static String speakerOf(String paragraph) {
    Article a = PARSER.parse("Report.\n\n" + paragraph + "\n");
    Map<String, Actor> byId = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    assertThat(a.statements()).as("statements of %s", paragraph).isNotEmpty();
    return a.statements().get(0).speaker().map(byId::get).map(Actor::name).orElse(null);
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
    assertThat(speakerOf("Derek Holm, who served as U.S. ambassador to Chile from 2012 until "
        + "earlier this year, said the sanctions should stay.")).isEqualTo("Derek Holm");
  }

  @Test
  void anAppositiveSetOffByDashes() {
    assertThat(speakerOf("Hal Gunn -- co-editor of a book on the race -- said the senator tended "
        + "to make news at debates.")).isEqualTo("Hal Gunn");
  }
}
