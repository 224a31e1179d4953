package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.WireParser;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;

/**
 * An attribution set in the middle of what was said ("Farmers, she said, can ..."): the
 * whole sentence is the statement, and the speaker is the subject between the commas, never
 * the words before it.
 */
class MiddleAttributionTest {

  private static final String OPENING = "Museum opens\n\n"
      + "Mayor Ellen Sato opened the museum on Saturday with Governor John Hale.\n\n";

  private static List<String> said(String paragraph) {
    Article a = WireParser.builder().build().parse(OPENING + paragraph + "\n");
    return a.statements().stream()
        .map(s -> s.speaker().flatMap(id -> a.actors().stream()
            .filter(x -> x.id().equals(id)).findFirst()).map(Actor::name).orElse("?")
            + " | " + s.text())
        .toList();
  }

  @Test
  void aPronounBetweenCommasAfterOneWord() {
    assertThat(said("Farmers, she said, can now show their history to everyone."))
        .containsExactly("Ellen Sato | Farmers, she said, can now show their history to everyone");
  }

  @Test
  void anAddresseeAndATimeAdjunctAfterTheCue() {
    assertThat(said("The difference now, he told me on Friday, is that the state pays."))
        .containsExactly("John Hale | The difference now, he told me on Friday, is that the state pays");
  }

  @Test
  void aClauseBeforeTheCommaIsNoAppositiveOfTheSubject() {
    assertThat(said("It was, the mayor said, \"a long road to this day.\""))
        .singleElement().asString().startsWith("Ellen Sato | ");
  }
}
