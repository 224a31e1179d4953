package org.wiretext.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wiretext.WireParser;
import org.wiretext.WireTextJson;
import org.wiretext.model.Article;

/**
 * The streaming writer gives the same bytes as data binding through the model's Jackson
 * annotations, compact and indented, on every example, format sample and hostile input.
 */
class ArticleWriterTest {

  private static final WireParser PARSER = WireParser.builder().build();
  private static final ObjectWriter BOUND = WireTextJson.mapper().writerFor(Article.class);
  private static final ObjectWriter BOUND_PRETTY = BOUND.with(SerializationFeature.INDENT_OUTPUT);

  private static List<Article> fixtures() throws IOException {
    List<Article> out = new ArrayList<>();
    for (String dir : List.of("docs/examples", "src/test/resources/formats",
        "src/test/resources/hostile/plainText", "src/test/resources/hostile/nitf",
        "src/test/resources/hostile/ninjs")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.sorted().toList()) {
          try (Stream<Article> articles = PARSER.parseAll(f)) {
            articles.forEach(out::add);
          } catch (RuntimeException refused) {
            // a hostile input the parser refuses has no article to write
          }
        }
      }
    }
    return out;
  }

  private static String streamed(Article a, boolean pretty) throws IOException {
    StringWriter out = new StringWriter();
    ArticleWriter.write(a, out, pretty);
    return out.toString();
  }

  @Test
  void writesTheSameBytesAsDataBindingOnEveryFixture() throws IOException {
    List<Article> articles = fixtures();
    assertThat(articles).hasSizeGreaterThan(20);
    assertThat(articles).anySatisfy(a -> assertThat(a.bids()).isNotEmpty());
    assertThat(articles).anySatisfy(a -> assertThat(a.metadata()).isNotEmpty());
    assertThat(articles).anySatisfy(a -> assertThat(a.warnings()).isNotEmpty());
    for (Article a : articles) {
      assertThat(streamed(a, false)).as("compact %s", a.id()).isEqualTo(BOUND.writeValueAsString(a));
      assertThat(streamed(a, true)).as("indented %s", a.id()).isEqualTo(BOUND_PRETTY.writeValueAsString(a));
    }
  }

  @Test
  void writesEveryOptionalFieldAndReadsBack() throws IOException {
    Article a = PARSER.parse("GEORGIA ASKS TO JOIN NATO\n\nTBILISI, May 4 - Georgia formally asked "
        + "to join NATO, whose members decide by consensus of all 32 allies, Foreign Minister Ana "
        + "Beridze said in a letter. \"We are ready,\" she told reporters.\n");
    String json = streamed(a, false);
    assertThat(json).isEqualTo(BOUND.writeValueAsString(a));
    assertThat(WireTextJson.read(json)).isEqualTo(a);
  }

  @Test
  void leavesTheTargetOpen() throws IOException {
    Article a = PARSER.parse("Title\n\nText.\n");
    StringWriter out = new StringWriter() {
      @Override
      public void close() {
        throw new AssertionError("closed");
      }
    };
    ArticleWriter.write(a, out, false);
    out.write("\n");
    assertThat(out.toString()).endsWith("}\n");
  }
}
