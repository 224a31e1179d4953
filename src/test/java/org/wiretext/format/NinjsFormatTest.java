package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wiretext.WireTextException;
import org.wiretext.model.Article;
import org.wiretext.model.Span;
import org.wiretext.model.Statement;

class NinjsFormatTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bridge-1.json", "bridge-2.json", "bridge-3.json"})
  void everyNinjsVersionGivesTheSameLayoutFields(String name) {
    Article a = FormatFixtures.parse(name);
    assertThat(a.id()).startsWith("urn:test:ninjs");
    assertThat(a.headline()).hasValue("Lindby council approves new bridge");
    assertThat(a.byline()).hasValue("Marta Olsen");
    assertThat(a.credit()).hasValue("Test Wire");
    assertThat(a.slug()).hasValue("lindby-bridge");
    assertThat(a.published()).hasValue("2026-04-02T11:00:00Z");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Lindby"));
    assertThat(a.paragraphs()).extracting(Span::text).hasSize(3).last().isEqualTo("Work starts in May.");
    assertThat(a.metadata()).containsEntry("urgency", "4").containsKey("ninjsVersion");
    assertThat(a.statements()).extracting(Statement::text)
        .containsExactly("This bridge joins two halves of our town");
  }

  @Test
  void metadataKeepsTheReadersOrderSoTheJsonIsTheSameOnEveryRun() {
    assertThat(FormatFixtures.parse("bridge-2.json").metadata())
        .containsExactly(entry("ninjsVersion", "2.1"), entry("urgency", "4"),
            entry("pubstatus", "usable"), entry("type", "text"));
  }

  @Test
  void theVersionIsToldByStandardOrByKeyShape() {
    assertThat(FormatFixtures.parse("bridge-1.json").metadata()).containsEntry("ninjsVersion", "1.4");
    assertThat(FormatFixtures.parse("bridge-2.json").metadata()).containsEntry("ninjsVersion", "2.1")
        .containsEntry("pubstatus", "usable");
    assertThat(FormatFixtures.parse("bridge-3.json").metadata()).containsEntry("ninjsVersion", "3.x")
        .containsEntry("pubStatus", "usable");
  }

  @Test
  void htmlEntitiesAreDecodedInParagraphs() {
    Article a = FormatFixtures.parse("bridge-1.json");
    assertThat(a.paragraphs().get(1).text())
        .isEqualTo("\u201CThis bridge joins two halves of our town,\u201D Mayor Jonas Berg said & thanked the engineers.");
  }

  @Test
  void jsonLinesOfNinjsAreManyArticlesInOrder() {
    List<Article> all = FormatFixtures.parseAll("norland.jsonl");
    assertThat(all).extracting(a -> a.id()).containsExactly("urn:test:lines:1", "urn:test:lines:2", "urn:test:lines:3");
    assertThat(all.get(1).headline()).hasValue("Norland airport adds routes");
    assertThat(FormatFixtures.PARSER.parse(FormatFixtures.bytes("norland.jsonl")).warnings())
        .anySatisfy(w -> assertThat(w).contains("holds 3 articles"));
  }

  @Test
  void malformedNinjsIsAClearError() {
    byte[] broken = "{\"uri\": \"x\", \"headline\": ".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FormatFixtures.PARSER.parse(broken))
        .isInstanceOf(WireTextException.class).hasMessageContaining("ninjs");
  }

  @Test
  void theHtmlScannerKeepsTextOutsideParagraphsAndSurvivesBrokenMarkup() {
    assertThat(HtmlText.paragraphs("Lead text<p>One &amp; two</p><div>Three<br>four</div>tail < 5 &bogus; &#xZZ;"))
        .containsExactly("Lead text", "One & two", "Three four", "tail < 5 &bogus; &#xZZ;");
  }

  @Test
  void theHtmlScannerIsLinearOnHostileInput() {
    String hostile = "<p".repeat(200_000) + "&".repeat(200_000) + "<!--".repeat(50_000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
        () -> HtmlText.paragraphs(hostile));
  }

  @Test
  void aJsonArrayOfNinjsDocumentsIsManyArticles() {
    String one = new String(FormatFixtures.bytes("bridge-1.json"), StandardCharsets.UTF_8);
    String three = new String(FormatFixtures.bytes("bridge-3.json"), StandardCharsets.UTF_8);
    byte[] array = ("[" + one + "," + three + "]").getBytes(StandardCharsets.UTF_8);
    assertThat(FormatFixtures.PARSER.parseAll(array).map(Article::id).toList())
        .containsExactly("urn:test:ninjs1:bridge", "urn:test:ninjs3:bridge");
  }
}
