package org.wiretext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wiretext.WireParser;
import org.wiretext.WireTextJson;
import org.wiretext.testkit.Fixtures;

/**
 * The JSON Schema of the {@code wiretext/1} contract ({@code wiretext-1.schema.json}) is kept in
 * step with the model: every fixture's JSON validates against it (the dev sets' articles too,
 * where {@code ../shared} is present), its enums and fields are the model's, and the copy
 * published in {@code docs/} is the one in the jar.
 */
class WireTextSchemaTest {

  static final String RESOURCE = "/org/wiretext/wiretext-1.schema.json";
  static final Path PUBLISHED = Path.of("docs/wiretext-1.schema.json");
  static final Path EXAMPLES = Path.of("docs/examples");
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static String schemaText;
  private static JsonNode schemaTree;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = WireTextSchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("schema resource " + RESOURCE).isNotNull();
      schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    schemaTree = PLAIN.readTree(schemaText);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schemaText, InputFormat.JSON);
  }

  static List<String> errors(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  static List<String> errors(JsonNode tree) {
    return errors(tree.toString());
  }

  @Test
  void thePublishedSchemaIsTheOneInTheJar() throws IOException {
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8))
        .as("docs/wiretext-1.schema.json must be a copy of src/main/resources" + RESOURCE)
        .isEqualTo(schemaText);
  }

  @Test
  void theTestkitGivesTheSchemaInTheJar() {
    assertThat(org.wiretext.testkit.WireTextSchema.text()).isEqualTo(schemaText);
    assertThat(org.wiretext.testkit.WireTextSchema.RESOURCE).isEqualTo(RESOURCE);
  }

  @Test
  void theSchemaIsAValidDraft2020_12Schema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertThat(meta.validate(schemaText, InputFormat.JSON)).isEmpty();
    assertThat(schemaTree.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleArticleParsesToValidJson() throws IOException {
    WireParser parser = WireParser.builder().build();
    List<Path> examples = list(EXAMPLES, ".txt");
    assertThat(examples).isNotEmpty();
    return examples.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
        () -> assertThat(errors(WireTextJson.write(parser.parse(p)))).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenFileIsValid() throws IOException {
    List<Path> goldens = list(GOLDEN, ".json");
    assertThat(goldens).isNotEmpty();
    return goldens.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
        () -> assertThat(errors(Files.readString(p, StandardCharsets.UTF_8))).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyDevSetArticleParsesToValidJson() throws IOException {
    Path dev = Path.of(System.getProperty("wiretext.shared", "../shared")).resolve("dev");
    assumeTrue(Files.isDirectory(dev),
        "skipped: the dev sets are read from " + dev.toAbsolutePath() + ", which is absent here");
    List<Path> texts;
    try (Stream<Path> s = Files.walk(dev)) {
      texts = s.filter(p -> p.toString().endsWith(".txt") && p.getParent().getFileName().toString().equals("texts"))
          .sorted().collect(Collectors.toList());
    }
    WireParser parser = WireParser.builder().build();
    return texts.stream().map(p -> DynamicTest.dynamicTest(dev.relativize(p).toString(),
        () -> assertThat(errors(WireTextJson.write(parser.parse(p)))).isEmpty()));
  }

  @Test
  void theModelAndTestkitFixturesAreValid() {
    List<Article> fixtures = List.of(
        ModelJsonTest.fullArticle(),
        ModelJsonTest.minimalArticle(),
        Fixtures.article("Headline", "One.", "Two."),
        Fixtures.article(null),
        Fixtures.articleFixture("Freedonia applies", "Ana Costa said \"we are ready\" to join the Club.")
            .actor("Ana Costa", ActorKind.PERSON, "Costa").actor("Freedonia", ActorKind.STATE)
            .actor("Club", ActorKind.ORGANIZATION)
            .statement("Costa", StatementKind.DIRECT, "we are ready")
            .bid("Freedonia", "Club", BidStage.APPLIED).position("Ana Costa", Stance.SUPPORTS)
            .warning("odd at 3")
            .build());
    for (Article a : fixtures) {
      assertThat(errors(WireTextJson.write(a))).as(a.id()).isEmpty();
      assertThat(errors(WireTextJson.writePretty(a))).as(a.id()).isEmpty();
    }
  }

  @Test
  void unknownFieldsAreAllowedEverywhereSinceReadersMustIgnoreThem() throws IOException {
    ObjectNode tree = full();
    tree.put("futureField", 1);
    ((ObjectNode) tree.get("actors").get(0)).put("wikidata", "Q1");
    ((ObjectNode) tree.get("statements").get(0)).putArray("sentiment");
    ((ObjectNode) tree.get("bids").get(0).get("decisionRule")).put("quorum", 2);
    assertThat(errors(tree)).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheContractForbids() throws IOException {
    assertInvalid(t -> t.put("schema", "wiretext/2"), "schema");
    assertInvalid(t -> t.remove("text"), "text");
    assertInvalid(t -> t.remove("headline"), "headline");
    assertInvalid(t -> t.put("format", "HTML"), "format");
    assertInvalid(t -> t.putArray("warnings").add(3), "warnings");
    assertInvalid(t -> t.putObject("metadata").put("priority", 1), "priority");
    assertInvalid(t -> ((ObjectNode) t.get("paragraphs").get(0)).put("start", -1), "start");
    assertInvalid(t -> ((ObjectNode) t.get("paragraphs").get(0)).put("end", 1.5), "end");
    assertInvalid(t -> ((ObjectNode) t.get("actors").get(0)).put("kind", "ROBOT"), "kind");
    assertInvalid(t -> ((ObjectNode) t.get("actors").get(0)).remove("mentions"), "mentions");
    assertInvalid(t -> ((ObjectNode) t.get("statements").get(0)).put("kind", "QUOTE"), "kind");
    assertInvalid(t -> ((ObjectNode) t.get("statements").get(0)).putArray("addressees").add(true), "addressees");
    assertInvalid(t -> ((ObjectNode) t.get("bids").get(0)).put("stage", "MAYBE"), "stage");
    assertInvalid(t -> ((ObjectNode) t.get("bids").get(0).get("positions").get(0)).put("stance", "LIKES"), "stance");
    assertInvalid(t -> ((ObjectNode) t.get("bids").get(0).get("decisionRule")).put("members", "thirty"), "members");
    assertInvalid(t -> ((ObjectNode) t.get("dateline")).remove("place"), "place");
    assertInvalid(t -> ((ObjectNode) t.get("regions").get(0)).put("kind", "ADVERT"), "kind");
  }

  @Test
  void everyEnumOfTheModelIsTheSchemasEnum() {
    Map<String, Class<? extends Enum<?>>> enums = Map.of(
        "/properties/format", Format.class,
        "/$defs/region/properties/kind", RegionKind.class,
        "/$defs/actor/properties/kind", ActorKind.class,
        "/$defs/statement/properties/kind", StatementKind.class,
        "/$defs/membershipBid/properties/stage", BidStage.class,
        "/$defs/position/properties/stance", Stance.class,
        "/$defs/decisionRule/properties/kind", RuleKind.class);
    enums.forEach((pointer, type) -> assertThat(strings(schemaTree.at(pointer).get("enum"))).as(pointer)
        .containsExactly(Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new)));
  }

  @Test
  void everyTypeRequiresAndDescribesExactlyTheFieldsTheModelWrites() {
    Map<String, Class<?>> types = Map.of(
        "", Article.class,
        "/$defs/span", Span.class,
        "/$defs/mention", Mention.class,
        "/$defs/region", Region.class,
        "/$defs/dateline", Dateline.class,
        "/$defs/actor", Actor.class,
        "/$defs/statement", Statement.class,
        "/$defs/membershipBid", MembershipBid.class,
        "/$defs/position", Position.class,
        "/$defs/decisionRule", DecisionRule.class);
    Map<String, Class<?>> withMilestone = new java.util.HashMap<>(types);
    withMilestone.put("/$defs/milestone", Milestone.class);
    withMilestone.forEach((pointer, type) -> {
      List<String> fields = Arrays.asList(type.getAnnotation(JsonPropertyOrder.class).value());
      JsonNode def = schemaTree.at(pointer);
      assertThat(strings(def.get("required"))).as(pointer + " required").containsExactlyElementsOf(fields);
      assertThat(strings(iterable(def.get("properties").fieldNames()))).as(pointer + " properties")
          .containsExactlyInAnyOrderElementsOf(fields);
      assertThat(def.has("additionalProperties")).as(pointer + " stays open to unknown fields").isFalse();
    });
  }

  private static void assertInvalid(Consumer<ObjectNode> change, String mentioned) throws IOException {
    ObjectNode tree = full();
    change.accept(tree);
    assertThat(errors(tree)).as("after a change to " + mentioned).isNotEmpty()
        .anySatisfy(e -> assertThat(e).contains(mentioned));
  }

  private static ObjectNode full() throws IOException {
    return (ObjectNode) PLAIN.readTree(WireTextJson.write(ModelJsonTest.fullArticle()));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode iterable(java.util.Iterator<String> names) {
    return PLAIN.valueToTree(StreamSupport.stream(
        ((Iterable<String>) () -> names).spliterator(), false).collect(Collectors.toList()));
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    }
  }
}
