package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

/**
 * JSON read from outside, as ninjs input or as the {@code wiretext/1} contract: size, nesting,
 * string, number and key length limits and duplicate keys are refused with a typed error that
 * says which limit, and a contract article whose spans do not hold its text is refused too.
 */
class JsonLimitsTest {

  private static final WireParser NINJS = WireParser.builder().inputFormat(Format.NINJS).build();

  private static final String VALID = "{\"schema\":\"wiretext/1\",\"id\":\"a1\",\"format\":\"PLAIN\","
      + "\"text\":\"Hi there.\",\"language\":\"en\","
      + "\"paragraphs\":[{\"text\":\"Hi there.\",\"start\":0,\"end\":9}]}";

  private static Article ninjs(String json) {
    return NINJS.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String story(String extraField) {
    return "{\"uri\":\"urn:t:1\"," + extraField + ",\"headline\":\"Ferry starts\","
        + "\"body_text\":\"The ferry started on Monday, the port said.\"}";
  }

  @Test
  void aValidContractArticleReads() {
    assertThat(WireTextJson.read(VALID).paragraphs()).hasSize(1);
  }

  @Test
  void aContractSpanThatDoesNotHoldTheTextAtItsOffsetsIsRefused() {
    String json = VALID.replace("{\"text\":\"Hi there.\",\"start\":0", "{\"text\":\"Hi there.\",\"start\":0")
        .replace("\"paragraphs\":[{\"text\":\"Hi there.\"", "\"paragraphs\":[{\"text\":\"Ho there.\"");
    assertThatThrownBy(() -> WireTextJson.read(json)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("does not hold the article's text");
  }

  @Test
  void aContractMentionPastTheEndOfTheTextIsRefused() {
    String json = VALID.replace("}]}", "}],\"actors\":[{\"id\":\"x\",\"name\":\"X\",\"kind\":\"PERSON\","
        + "\"mentions\":[{\"text\":\"here.\",\"start\":40,\"end\":45}]}]}");
    assertThatThrownBy(() -> WireTextJson.read(json)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("[40, 45)");
  }

  @Test
  void aContractDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
    String json = VALID + " ".repeat((int) WireTextJson.MAX_DOCUMENT_LENGTH);
    assertThatThrownBy(() -> WireTextJson.read(json)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("over the limit");
  }

  @Test
  void aContractStringOverTheLimitIsRefused() {
    String json = VALID.replace("\"id\":\"a1\"", "\"id\":\"" + "a".repeat(WireTextJson.MAX_STRING_LENGTH + 1) + "\"");
    assertThatThrownBy(() -> WireTextJson.read(json)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("String value length");
  }

  @Test
  void aContractNumberOverTheLimitIsRefused() {
    String json = VALID.replace("\"end\":9", "\"end\":" + "9".repeat(WireTextJson.MAX_NUMBER_LENGTH + 1));
    assertThatThrownBy(() -> WireTextJson.read(json)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void aContractKeyOverTheLimitIsRefused() {
    String json = VALID.replace("{\"schema\"", "{\"" + "k".repeat(WireTextJson.MAX_NAME_LENGTH + 1) + "\":1,\"schema\"");
    assertThatThrownBy(() -> WireTextJson.read(json)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("Name length");
  }

  @Test
  void contractNestingOverTheLimitIsRefused() {
    String deep = "[".repeat(WireTextJson.MAX_NESTING_DEPTH + 1) + "]".repeat(WireTextJson.MAX_NESTING_DEPTH + 1);
    assertThatThrownBy(() -> WireTextJson.read(VALID.replace("{\"schema\"", "{\"x\":" + deep + ",\"schema\"")))
        .isInstanceOf(WireTextException.class).hasMessageContaining("nesting depth");
  }

  @Test
  void contractDuplicateKeysAreRefused() {
    assertThatThrownBy(() -> WireTextJson.read(VALID.replace("\"id\":\"a1\"", "\"id\":\"a1\",\"id\":\"a2\"")))
        .isInstanceOf(WireTextException.class).hasMessageContaining("Duplicate field 'id'");
  }

  @Test
  void aValidNinjsStoryReads() {
    assertThat(ninjs(story("\"urgency\":3")).headline()).hasValue("Ferry starts");
  }

  @Test
  void ninjsDuplicateKeysAreRefused() {
    assertThatThrownBy(() -> ninjs(story("\"uri\":\"urn:t:2\""))).isInstanceOf(WireTextException.class)
        .hasMessageContaining("ninjs document refused").hasMessageContaining("Duplicate field 'uri'");
  }

  @Test
  void ninjsDuplicateKeysAreRefusedInJsonLinesToo() {
    String lines = story("\"urgency\":3") + "\n" + story("\"uri\":\"urn:t:2\"") + "\n";
    assertThatThrownBy(() -> NINJS.parseAll(lines.getBytes(StandardCharsets.UTF_8)).toList())
        .isInstanceOf(WireTextException.class).hasMessageContaining("on line 2");
  }

  @Test
  void ninjsNestingOverTheLimitIsRefusedEvenWhenPrettyPrinted() {
    String deep = "[\n".repeat(201) + "]\n".repeat(201);
    assertThatThrownBy(() -> ninjs(story("\"extra\":\n" + deep)))
        .isInstanceOf(WireTextException.class).hasMessageContaining("nesting depth");
  }

  @Test
  void ninjsNumbersOverTheLimitAreRefused() {
    assertThatThrownBy(() -> ninjs(story("\"urgency\":" + "1".repeat(65))))
        .isInstanceOf(WireTextException.class).hasMessageContaining("Number value length");
  }

  @Test
  void ninjsKeysOverTheLimitAreRefused() {
    assertThatThrownBy(() -> ninjs(story("\"" + "k".repeat(1001) + "\":1")))
        .isInstanceOf(WireTextException.class).hasMessageContaining("Name length");
  }

  @Test
  void ninjsStringsOverTheLimitAreRefused() {
    assertThatThrownBy(() -> ninjs(story("\"extra\":\"" + "s".repeat(20_000_001) + "\"")))
        .isInstanceOf(WireTextException.class).hasMessageContaining("String value length");
  }

  @Test
  void ninjsInputOverTheInputSizeIsTheTypedSizeError() {
    WireParser small = WireParser.builder().inputFormat(Format.NINJS).maxInputSize(1_000).build();
    byte[] big = story("\"extra\":\"" + "s".repeat(5_000) + "\"").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> small.parse(big)).isInstanceOf(InputTooLargeException.class);
  }

  /** Found by fuzzing: {@code null} read as no article at all instead of a refusal. */
  @Test
  void aContractDocumentThatIsJsonNullIsRefused() {
    for (String json : new String[] {"null", " null\n", "[]", "\"text\"", "42"}) {
      assertThatThrownBy(() -> WireTextJson.read(json)).as(json).isInstanceOf(WireTextException.class)
          .hasMessageContaining("not a");
    }
  }

  /** Found by fuzzing: a first value was read and whatever followed it silently dropped. */
  @Test
  void contentAfterTheContractArticleIsRefusedNotDropped() {
    assertThat(WireTextJson.read(VALID + " \n").id()).isEqualTo("a1");
    for (String trailing : new String[] {" {}", "\n" + VALID, " garbage", ","}) {
      assertThatThrownBy(() -> WireTextJson.read(VALID + trailing)).as(trailing)
          .isInstanceOf(WireTextException.class).hasMessageContaining("not a wiretext/1 article");
    }
  }
}
