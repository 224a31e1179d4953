package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wiretext.model.Format;

class FormatDetectionTest {

  @ParameterizedTest(name = "{0} is detected as {1}")
  @CsvSource({
      "harbour-namespaced.xml, NITF",
      "harbour-plain.xml, NITF",
      "bridge-1.json, NINJS",
      "bridge-2.json, NINJS",
      "bridge-3.json, NINJS",
      "norland.jsonl, NINJS",
      "keston.anpa, ANPA",
      "gruenwald.iptc, IPTC7901"})
  void eachFixtureIsDetectedFromItsContent(String name, Format format) {
    assertThat(FormatFixtures.parseAll(name)).allSatisfy(a -> assertThat(a.format()).isEqualTo(format));
  }

  @ParameterizedTest(name = "\"{0}\" is plain text")
  @CsvSource(delimiter = '|', value = {
      "LONDON (Reuters) - A plain story.",
      "{not json at all, said the minister}",
      "<b>Bold</b> claims, the mayor said.",
      "<?xml version=\"1.0\"?><rss><channel/></rss>"})
  void textThatIsNoStructuredFormatIsPlain(String text) {
    assertThat(WireFormats.detect(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.PLAIN);
    assertThat(FormatFixtures.PARSER.parse(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void anInputFormatOnTheBuilderOverridesDetection() {
    byte[] json = FormatFixtures.bytes("bridge-1.json");
    var parser = org.wiretext.WireParser.builder().inputFormat(Format.PLAIN).build();
    assertThat(parser.parse(json).format()).isEqualTo(Format.PLAIN);
    assertThat(parser.parse(json).text()).isEqualTo(new String(json, StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.api.Test
  void aStructuredFormatNamedOnTheBuilderAppliesToStrings() {
    String json = new String(FormatFixtures.bytes("bridge-3.json"), StandardCharsets.UTF_8);
    var parser = org.wiretext.WireParser.builder().inputFormat(Format.NINJS).build();
    assertThat(parser.parse(json).headline()).hasValue("Lindby council approves new bridge");
    assertThat(FormatFixtures.PARSER.parse(json).format())
        .as("strings stay plain text unless a format is named").isEqualTo(Format.PLAIN);
  }
}
