package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.wiretext.ArticleInvariants;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

/**
 * The real samples in {@code ../shared/formats} (IPTC's ninjs examples, an NTB NITF file):
 * each parses with the right layout fields. Expected headlines, bylines, credits and times are
 * read from the sample's own fields by an independent path (Jackson's tree, the JDK's DOM), so
 * no agency text is copied into the repository; paragraph counts and dateline places are
 * stated here. Skipped when {@code /work/shared} is absent.
 */
class SharedSamplesTest {

  /** The shared samples, beside the project (surefire sets {@code wiretext.shared}). */
  private static final Path SAMPLES =
      Path.of(System.getProperty("wiretext.shared", "../shared")).resolve("formats");

  /** The sample {@code name}, or the one sample whose file name starts with it when it ends in "*". */
  private static Path sample(String name) throws IOException {
    Path p = SAMPLES.resolve(name);
    if (name.endsWith("*") && Files.isDirectory(p.getParent())) {
      String prefix = p.getFileName().toString().replace("*", "");
      try (var files = Files.list(p.getParent())) {
        p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(p);
      }
    }
    assumeTrue(Files.isRegularFile(p), "the shared samples are absent (" + p + "): nothing to check");
    return p;
  }

  private static String text(JsonNode n, String... keys) {
    for (String k : keys) {
      if (n.hasNonNull(k) && !n.get(k).asText().isBlank()) {
        return n.get(k).asText();
      }
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      // file, paragraphs, dateline place, expected credit when not the copyright holder
      "ninjs/1.4_businesswire-newsml-20130515006361.json, 1, -, -",
      "ninjs/1.4_ninjsExMediumText1.json, 4, 'GROSSETO, Italy', AP",
      "ninjs/1.4_ninjsExSimpleText1.json, 4, 'GROSSETO, Italy', AP",
      "ninjs/2.1_dpa_text.json, 9, -, -",
      "ninjs/2.1_ninjsExSimpleText_2.json, 4, 'GROSSETO, Italy', AP",
      "ninjs/2.1_ntb_text.json, 1, -, -",
      // 12 blank-line blocks; the closing contact block's three lines are paragraphs of their own
      "ninjs/3.0_20231008-*, 14, 'Oslo, Norway', -",
      "ninjs/3.0_dpa_text.json, 9, -, -",
      "ninjs/3.0_ninjsExSimpleText_3.json, 4, 'GROSSETO, Italy', AP",
      "ninjs/3.0_ntb_text.json, 1, -, -"})
  void everyNinjsSampleParsesWithItsLayoutFields(String name, int paragraphs, String place,
      String textCredit) throws Exception {
    Path file = sample(name);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    Article a = FormatFixtures.PARSER.parse(file);
    ArticleInvariants.check(name, a);

    assertThat(a.format()).isEqualTo(Format.NINJS);
    assertThat(a.id()).isEqualTo(json.get("uri").asText());
    JsonNode headlines = json.get("headlines");
    String headline = headlines != null ? headlines.get(0).get("value").asText() : text(json, "headline");
    assertThat(a.headline()).hasValue(headline);
    String by = text(json, "by", "byline");
    if (by == null) {
      assertThat(a.byline()).isEmpty();
    } else {
      assertThat(a.byline()).hasValue(by);
    }
    String credit = text(json, "copyrightHolder", "copyrightholder");
    assertThat(a.credit().orElse(null)).isEqualTo(credit != null ? credit : textCredit);
    assertThat(a.published()).hasValue(text(json, "versionCreated", "versioncreated"));
    String language = text(json, "language");
    assertThat(a.language()).isEqualTo(language != null ? language : "en");
    assertThat(a.paragraphs()).hasSize(paragraphs);
    if (place == null) {
      assertThat(a.dateline()).isEmpty();
    } else {
      assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo(place));
    }
    if (json.has("urgency")) {
      assertThat(a.metadata()).containsEntry("urgency", json.get("urgency").asText());
    }
  }

  @Test
  void theNtbNitfSampleParsesWithItsLayoutFields() throws Exception {
    Path file = sample("nitf/NTB_nitf_sample.xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document dom = f.newDocumentBuilder().parse(file.toFile());
    Article a = FormatFixtures.PARSER.parse(file);
    ArticleInvariants.check(file.toString(), a);

    assertThat(a.format()).isEqualTo(Format.NITF);
    assertThat(a.id()).isEqualTo(dom.getElementsByTagName("doc-id").item(0)
        .getAttributes().getNamedItem("id-string").getNodeValue());
    assertThat(a.headline()).hasValue(dom.getElementsByTagName("hl1").item(0).getTextContent().strip());
    assertThat(a.byline()).hasValue(dom.getElementsByTagName("byline").item(0).getTextContent().strip());
    assertThat(a.credit()).hasValue(dom.getElementsByTagName("distributor").item(0).getTextContent().strip());
    assertThat(a.language()).isEqualTo(dom.getDocumentElement().getAttribute("baselang"));
    assertThat(a.published()).hasValue(dom.getElementsByTagName("date.issue").item(0)
        .getAttributes().getNamedItem("norm").getNodeValue());
    assertThat(a.slug()).hasValue(dom.getElementsByTagName("du-key").item(0)
        .getAttributes().getNamedItem("key").getNodeValue());
    assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.place())
        .isEqualTo(dom.getElementsByTagName("dateline").item(0).getTextContent().strip()));
    int ps = dom.getElementsByTagName("p").getLength();
    // every <p> of body.content is a paragraph but the closing "(©NTB)" credit line
    assertThat(a.paragraphs()).hasSize(ps - 1);
    assertThat(a.regions()).filteredOn(r -> r.kind() == org.wiretext.model.RegionKind.SUBHEAD)
        .hasSize(dom.getElementsByTagName("hl2").getLength());
  }
}
