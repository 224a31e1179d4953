package org.wiretext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.WireTextException;
import org.wiretext.WireTextJson;

class ModelJsonTest {

  private static final String TEXT = "Flash\n\nAlba said \"we want in\" on Monday.";

  static Article fullArticle() {
    Actor alba = Actor.builder()
        .id("alba-ruiz").name("Alba Ruiz").kind(ActorKind.PERSON)
        .addTitles("Foreign Minister").addAffiliations("Freedonia").addAliases("Ruiz")
        .addMentions(Mention.of("Alba", 7, 11))
        .build();
    Actor club = Actor.builder().id("club").name("Club").kind(ActorKind.ORGANIZATION).build();
    Statement quote = Statement.builder()
        .id("s1").kind(StatementKind.DIRECT).speaker("alba-ruiz").text("we want in")
        .cue("said").channel("interview").addAddressees("club").start(18).end(28)
        .build();
    MembershipBid bid = MembershipBid.builder()
        .id("b1").applicant("alba-ruiz").organization("club").stage(BidStage.APPLIED)
        .addPositions(Position.builder().actor("alba-ruiz").stance(Stance.SUPPORTS).addEvidence("s1").build())
        .decisionRule(DecisionRule.builder().kind(RuleKind.CONSENSUS).members(30).body("Council").build())
        .addMilestones(Milestone.builder().text("on Monday").date("2022-03-07").actor("alba-ruiz").start(30).end(39).build())
        .build();
    return Article.builder()
        .id("a1").format(Format.PLAIN).text(TEXT).slug("BC-CLUB").published("2022-03-07T10:00Z")
        .headline("Flash").kicker("Kick").byline("Jane Doe").credit("Reuters")
        .dateline(Dateline.builder().place("PARIS").date("2022-03-07").text("Flash").start(0).end(5).build())
        .language("en")
        .addParagraphs(Span.cut(TEXT, 7, 40))
        .addActors(alba, club).addStatements(quote).addBids(bid)
        .addRegions(Region.of(RegionKind.HEADLINE, "Flash", 0, 5))
        .putMetadata("priority", "r").addWarnings("odd at 3")
        .build();
  }

  static Article minimalArticle() {
    return Article.builder().id("m").format(Format.PLAIN).text("").language("en").build();
  }

  @Test
  void everyTypeSurvivesObjectToJsonToObject() {
    for (Article a : List.of(fullArticle(), minimalArticle())) {
      assertThat(WireTextJson.read(WireTextJson.write(a))).isEqualTo(a);
      assertThat(WireTextJson.read(WireTextJson.writePretty(a))).isEqualTo(a);
    }
  }

  @Test
  void jsonToObjectToJsonGivesTheSameTree() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    for (Article a : List.of(fullArticle(), minimalArticle())) {
      JsonNode tree = plain.readTree(WireTextJson.write(a));
      JsonNode again = plain.readTree(WireTextJson.write(WireTextJson.read(tree.toString())));
      assertThat(again).isEqualTo(tree);
    }
  }

  @Test
  void absentValuesAreNullAndEmptyListsAreEmptyArrays() throws Exception {
    JsonNode tree = new ObjectMapper().readTree(WireTextJson.write(minimalArticle()));
    assertThat(tree.get("schema").asText()).isEqualTo("wiretext/1");
    for (String f : List.of("slug", "published", "headline", "kicker", "byline", "credit", "dateline")) {
      assertThat(tree.has(f)).as(f).isTrue();
      assertThat(tree.get(f).isNull()).as(f).isTrue();
    }
    for (String f : List.of("paragraphs", "actors", "statements", "bids", "regions", "warnings")) {
      assertThat(tree.get(f).isArray()).as(f).isTrue();
      assertThat(tree.get(f)).as(f).isEmpty();
    }
    assertThat(tree.get("metadata").isObject()).isTrue();
  }

  @Test
  void fieldsComeInContractOrderWithCamelCaseNames() throws Exception {
    JsonNode tree = new ObjectMapper().readTree(WireTextJson.write(fullArticle()));
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("schema", "id", "format", "text", "slug", "published",
        "headline", "kicker", "byline", "credit", "dateline", "language", "paragraphs", "actors",
        "statements", "bids", "regions", "metadata", "warnings");
    JsonNode bid = tree.get("bids").get(0);
    assertThat(bid.get("decisionRule").get("members").asInt()).isEqualTo(30);
    assertThat(bid.get("positions").get(0).get("stance").asText()).isEqualTo("SUPPORTS");
    JsonNode statement = tree.get("statements").get(0);
    assertThat(statement.get("speaker").asText()).isEqualTo("alba-ruiz");
    assertThat(statement.get("addressees").get(0).asText()).isEqualTo("club");
  }

  @Test
  void unknownFieldsAreIgnoredOnRead() {
    String json = WireTextJson.write(minimalArticle()).replaceFirst("\\{", "{\"futureField\":{\"x\":[1,2]},");
    assertThat(WireTextJson.read(json)).isEqualTo(minimalArticle());
  }

  @Test
  void duplicateKeysAreRefusedWithATypedError() {
    String json = WireTextJson.write(minimalArticle()).replaceFirst("\\{", "{\"id\":\"x\",");
    assertThatThrownBy(() -> WireTextJson.read(json))
        .isInstanceOf(WireTextException.class)
        .hasMessageContaining("id");
  }

  @Test
  void deepNestingIsRefusedWithATypedError() {
    String json = "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThatThrownBy(() -> WireTextJson.read(json)).isInstanceOf(WireTextException.class);
  }

  @Test
  void anotherSchemaIsRefused() {
    String json = WireTextJson.write(minimalArticle()).replace("wiretext/1", "wiretext/9");
    assertThatThrownBy(() -> WireTextJson.read(json))
        .isInstanceOf(WireTextException.class)
        .hasMessageContaining("wiretext/9");
  }

  @Test
  void aSpanWhoseTextDoesNotFitItsOffsetsIsRejected() {
    assertThatThrownBy(() -> Span.of("abc", 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
    assertThatThrownBy(() -> Mention.of("", 4, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aParagraphPastTheEndOfTheTextIsRejected() {
    assertThatThrownBy(() -> Article.builder().id("x").format(Format.PLAIN).text("ab").language("en")
        .addParagraphs(Span.of("abc", 0, 3)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("past the end");
  }

  @Test
  void aMissingRequiredFieldIsATypedErrorOnRead() {
    assertThatThrownBy(() -> WireTextJson.read("{\"schema\":\"wiretext/1\",\"format\":\"PLAIN\"}"))
        .isInstanceOf(WireTextException.class);
    assertThatThrownBy(() -> WireTextJson.read("not json")).isInstanceOf(WireTextException.class);
  }
}
