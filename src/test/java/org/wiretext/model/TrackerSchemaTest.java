package org.wiretext.model;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretext.BidTracker;
import org.wiretext.WireParser;
import org.wiretext.WireTextJson;
import org.wiretext.testkit.WireTextSchema;

/**
 * The JSON Schema of the tracker document ({@code wiretext-tracker-1.schema.json}) is kept in
 * step with the model, as {@link WireTextSchemaTest} does for the article: tracker output
 * validates, enums and fields are the model's, and the copy in {@code docs/} is the jar's.
 */
class TrackerSchemaTest {

  static final Path PUBLISHED = Path.of("docs/wiretext-tracker-1.schema.json");
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static String schemaText;
  private static JsonNode schemaTree;
  private static Schema schema;
  private static String trackerJson;

  @BeforeAll
  static void load() throws IOException {
    schemaText = WireTextSchema.trackerText();
    schemaTree = PLAIN.readTree(schemaText);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schemaText, InputFormat.JSON);
    WireParser parser = WireParser.builder().build();
    List<Article> articles = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/test/resources/tracker"), Path.of("docs/examples"))) {
      try (var s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> articles.add(parser.parse(p)));
      }
    }
    trackerJson = WireTextJson.writeTracker(BidTracker.of(articles).result());
  }

  static List<String> errors(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void trackerOutputValidatesAgainstTheSchema() {
    assertThat(errors(trackerJson)).isEmpty();
    assertThat(trackerJson).contains("\"evidence\"");
  }

  @Test
  void anEmptyTrackerValidatesToo() {
    assertThat(errors(WireTextJson.writeTrackerPretty(BidTracker.empty().result()))).isEmpty();
  }

  @Test
  void thePublishedSchemaIsTheOneInTheJarAndAValidDraft2020_12Schema() throws IOException {
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8)).isEqualTo(schemaText);
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertThat(meta.validate(schemaText, InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheContractForbids() throws IOException {
    assertInvalid(t -> t.put("schema", "wiretext/1"), "schema");
    assertInvalid(t -> t.remove("bids"), "bids");
    assertInvalid(t -> ((ObjectNode) t.get("bids").get(0)).put("stage", "MAYBE"), "stage");
    assertInvalid(t -> ((ObjectNode) t.get("actors").get(0)).put("kind", "ROBOT"), "kind");
    assertInvalid(t -> ((ObjectNode) first(t, "positions")).put("articleCount", 0), "articleCount");
    assertInvalid(t -> ((ObjectNode) first(t, "positions")).putArray("evidence"), "evidence");
    assertInvalid(t -> ((ObjectNode) first(t, "positions").get("evidence").get(0)).remove("statement"),
        "statement");
  }

  @Test
  void everyEnumOfTheModelIsTheSchemasEnum() {
    Map<String, Class<? extends Enum<?>>> enums = Map.of(
        "/$defs/trackedActor/properties/kind", ActorKind.class,
        "/$defs/trackedBid/properties/stage", BidStage.class,
        "/$defs/stageReport/properties/stage", BidStage.class,
        "/$defs/trackedPosition/properties/stance", Stance.class);
    enums.forEach((pointer, type) -> assertThat(strings(schemaTree.at(pointer).get("enum"))).as(pointer)
        .containsExactly(Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new)));
  }

  @Test
  void everyTypeRequiresAndDescribesExactlyTheFieldsTheModelWrites() {
    Map<String, Class<?>> types = Map.of(
        "", Tracker.class,
        "/$defs/trackedActor", TrackedActor.class,
        "/$defs/trackedBid", TrackedBid.class,
        "/$defs/stageReport", StageReport.class,
        "/$defs/trackedPosition", TrackedPosition.class,
        "/$defs/evidence", Evidence.class);
    types.forEach((pointer, type) -> {
      List<String> fields = Arrays.asList(type.getAnnotation(JsonPropertyOrder.class).value());
      JsonNode def = schemaTree.at(pointer);
      assertThat(strings(def.get("required"))).as(pointer + " required").containsExactlyElementsOf(fields);
      List<String> properties = new ArrayList<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as(pointer + " properties").containsExactlyInAnyOrderElementsOf(fields);
      assertThat(def.has("additionalProperties")).as(pointer + " stays open to unknown fields").isFalse();
    });
  }

  private static JsonNode first(ObjectNode t, String field) {
    for (JsonNode bid : t.get("bids")) {
      if (bid.get(field).size() > 0) {
        return bid.get(field).get(0);
      }
    }
    throw new AssertionError("no bid with " + field);
  }

  private static void assertInvalid(Consumer<ObjectNode> change, String mentioned) throws IOException {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(trackerJson);
    change.accept(tree);
    assertThat(errors(tree.toString())).as("after a change to " + mentioned).isNotEmpty()
        .anySatisfy(e -> assertThat(e).contains(mentioned));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
