package org.wiretext.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.testkit.WireTextAssertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.wiretext.WireParser;
import org.wiretext.WireText;
import org.wiretext.WireTextJson;
import org.wiretext.model.ActorKind;
import org.wiretext.model.Article;
import org.wiretext.model.BidStage;
import org.wiretext.model.Stance;
import org.wiretext.model.StatementKind;

/**
 * Written as a downstream application would write its tests: only the public API
 * ({@code WireParser}, {@code WireText}, {@code WireTextJson}, the model) and the testkit.
 * The "application" here is a tiny service that keeps the supporters of membership bids.
 */
class DownstreamStyleTest {

  /** The downstream code under test: who supports the article's bids, by name. */
  static java.util.List<String> supporters(Article article) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    article.actors().forEach(a -> names.put(a.id(), a.name()));
    return article.bids().stream()
        .flatMap(b -> b.positions().stream())
        .filter(p -> p.stance() == Stance.SUPPORTS)
        .map(p -> names.getOrDefault(p.actor(), p.actor()))
        .distinct()
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theServiceListsTheSupportersOfABidBuiltInThreeLines() {
    Article article = Fixtures.articleFixture("Freedonia applies", "Ana Costa said \"we are ready\" to join.")
        .actor("Ana Costa", ActorKind.PERSON).actor("Freedonia", ActorKind.STATE).actor("Northern Alliance", ActorKind.ORGANIZATION)
        .bid("Freedonia", "Northern Alliance", BidStage.APPLIED).position("Ana Costa", Stance.SUPPORTS).build();

    assertThat(supporters(article)).containsExactly("Ana Costa");
  }

  @Test
  void anArticleSurvivesTheServicesJsonRoundTrip() {
    Article article = Fixtures.articleFixture("Freedonia applies", "Ana Costa said \"we are ready\" to join.")
        .actor("Ana Costa", ActorKind.PERSON, "Costa")
        .statement("Costa", StatementKind.DIRECT, "we are ready")
        .build();

    Article received = WireTextJson.read(WireTextJson.write(article));

    assertThat(received).isEqualTo(article);
    assertThat(received).hasStatementBy("Ana Costa").withKind(StatementKind.DIRECT).quoting("ready");
  }

  @Test
  void parsedWireTextHasItsLayoutAndConsistentSpans() {
    String wire = String.join("\n",
        "Freedonia asks to join the Northern Alliance",
        "",
        "VALDORA, May 4 (Wire) - Freedonia formally applied on Thursday to join the Northern"
            + " Alliance, its foreign minister said.",
        "",
        "\"We are ready to carry our share,\" the minister told reporters.");

    Article parsed = WireText.parse(wire);
    Article again = WireParser.builder().articleId("story-1").build().parse(new StringReader(wire));

    assertThat(parsed).hasHeadline("Freedonia asks to join the Northern Alliance")
        .hasParagraphCount(2)
        .hasNoWarnings()
        .hasConsistentSpans();
    assertThat(again.id()).isEqualTo("story-1");
    assertThat(again.paragraphs()).isEqualTo(parsed.paragraphs());
  }
}
