package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wiretext.ArticleInvariants;
import org.wiretext.InputTooLargeException;
import org.wiretext.WireParser;
import org.wiretext.WireTextException;
import org.wiretext.model.Article;
import org.wiretext.model.Statement;

class FormatEntryPointsTest {

  @TempDir
  Path tmp;

  @Test
  void parseAllReadsAStreamAndAFileAlike() throws Exception {
    byte[] bytes = FormatFixtures.bytes("gruenwald.iptc");
    Path file = tmp.resolve("feed.iptc");
    Files.write(file, bytes);
    List<Article> fromStream = FormatFixtures.PARSER.parseAll(new ByteArrayInputStream(bytes)).toList();
    List<Article> fromFile = FormatFixtures.PARSER.parseAll(file).toList();
    assertThat(fromStream).hasSize(2).isEqualTo(fromFile);
    assertThat(FormatFixtures.PARSER.parse(file)).isEqualTo(FormatFixtures.PARSER.parse(bytes));
  }

  @Test
  void parseOfAnInputOfManyArticlesReturnsTheFirstWithAWarning() {
    Article first = FormatFixtures.PARSER.parse(FormatFixtures.bytes("keston.anpa"));
    assertThat(first.slug()).hasValue("BC-Dam-Vote");
    assertThat(first.warnings()).anySatisfy(w -> assertThat(w).contains("holds 2 articles"));
  }

  @Test
  void plainTextFromBytesIsTheSameArticleAsFromAString() {
    String story = "Ferry back in service\n\nLINDBY (TW) - The ferry sailed again on Friday, \"at last,\" "
        + "captain Ola Strand said.\n";
    Article fromString = FormatFixtures.PARSER.parse(story);
    Article fromBytes = FormatFixtures.PARSER.parse(story.getBytes(StandardCharsets.UTF_8));
    assertThat(fromBytes).isEqualTo(fromString);
  }

  @Test
  void theCallersArticleIdWinsOverTheFormats() {
    WireParser p = WireParser.builder().articleId("mine").build();
    assertThat(p.parse(FormatFixtures.bytes("bridge-2.json")).id()).isEqualTo("mine");
  }

  @Test
  void theSizeLimitAppliesToBytes() {
    WireParser small = WireParser.builder().maxInputSize(10).build();
    assertThatThrownBy(() -> small.parse(FormatFixtures.bytes("harbour-plain.xml")))
        .isInstanceOf(InputTooLargeException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"harbour-namespaced.xml", "bridge-2.json", "keston.anpa", "gruenwald.iptc"})
  void crlfLineEndsGiveTheSameStatements(String name) {
    String lf = new String(FormatFixtures.bytes(name), StandardCharsets.UTF_8).replace("\r\n", "\n");
    byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    List<String> a = FormatFixtures.PARSER.parseAll(lf.getBytes(StandardCharsets.UTF_8))
        .flatMap(x -> x.statements().stream()).map(Statement::text).toList();
    List<String> b = FormatFixtures.PARSER.parseAll(crlf)
        .flatMap(x -> x.statements().stream()).map(Statement::text).toList();
    assertThat(b).isNotEmpty().isEqualTo(a);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"keston.anpa", "gruenwald.iptc"})
  @Timeout(60)
  void everyPrefixAndSuffixOfAFramedStreamParsesWithoutAnException(String name) {
    byte[] bytes = FormatFixtures.bytes(name);
    for (int i = 0; i <= bytes.length; i += 7) {
      byte[] prefix = java.util.Arrays.copyOfRange(bytes, 0, i);
      byte[] suffix = java.util.Arrays.copyOfRange(bytes, i, bytes.length);
      for (byte[] part : List.of(prefix, suffix)) {
        WireParser forced = WireParser.builder().inputFormat(WireFormats.detect(bytes)).build();
        forced.parseAll(part).forEach(a -> ArticleInvariants.check(name + " part", a));
        FormatFixtures.PARSER.parseAll(part).forEach(a -> ArticleInvariants.check(name + " part", a));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"harbour-namespaced.xml", "bridge-3.json"})
  void aTruncatedStructuredDocumentIsAClearErrorOrAnArticle(String name) {
    byte[] bytes = FormatFixtures.bytes(name);
    for (int i = 0; i <= bytes.length; i += 13) {
      byte[] prefix = java.util.Arrays.copyOfRange(bytes, 0, i);
      try {
        FormatFixtures.PARSER.parseAll(prefix).forEach(a -> ArticleInvariants.check(name + " prefix", a));
      } catch (WireTextException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  @Timeout(20)
  void aHostileFramedStreamIsLinear() {
    byte[] many = new byte[2_000_000];
    for (int i = 0; i < many.length; i++) {
      many[i] = (byte) (i % 3 == 0 ? 0x01 : i % 3 == 1 ? 0x02 : 'x');
    }
    WireParser p = WireParser.builder().build();
    assertThat(p.parseAll(many).limit(5).count()).isEqualTo(5);
  }

  @Test
  void utf16WithAByteOrderMarkIsDetectedAndDecoded() {
    String json = new String(FormatFixtures.bytes("bridge-3.json"), StandardCharsets.UTF_8);
    byte[] utf16 = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16LE);
    Article a = FormatFixtures.PARSER.parse(utf16);
    assertThat(a.format()).isEqualTo(org.wiretext.model.Format.NINJS);
    assertThat(a.headline()).hasValue("Lindby council approves new bridge");
  }
}
