package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.Statement;

/**
 * Whole-article tests on the example articles in {@code docs/examples/}: each parses to its
 * golden JSON in {@code src/test/resources/golden/}, holds every invariant, and parses the same
 * with CRLF line endings and when cut short.
 *
 * <p>Goldens change only through an explicit, reviewed regeneration step:
 * {@code mvn test -Dtest=ExamplesTest -Dwiretext.regenerateGoldens=true}, then review
 * {@code git diff src/test/resources/golden}.
 */
class ExamplesTest {

  static final Path EXAMPLES = Path.of("docs/examples");
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean REGENERATE = Boolean.getBoolean("wiretext.regenerateGoldens");

  static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static String name(Path p) {
    String f = p.getFileName().toString();
    return f.substring(0, f.lastIndexOf('.'));
  }

  @TestFactory
  Stream<DynamicTest> eachExampleParsesToItsGoldenJson() throws IOException {
    assertThat(examples()).isNotEmpty();
    WireParser parser = WireParser.builder().build();
    return examples().stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
      Article a = parser.parse(p);
      String json = WireTextJson.writePretty(a) + "\n";
      Path golden = GOLDEN.resolve(name(p) + ".json");
      if (REGENERATE) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, json, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden file; regenerate with -Dwiretext.regenerateGoldens=true").exists();
      assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachExampleHoldsTheInvariants() throws IOException {
    return examples().stream().map(p -> DynamicTest.dynamicTest(name(p),
        () -> ArticleInvariants.check(name(p), WireParser.builder().build().parse(p))));
  }

  @TestFactory
  Stream<DynamicTest> crlfLineEndingsGiveTheSameStatementsAndActors() throws IOException {
    return examples().stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
      String lf = Files.readString(p, StandardCharsets.UTF_8);
      Article a = WireText.parse(lf);
      Article b = WireText.parse(lf.replace("\n", "\r\n"));
      ArticleInvariants.check(name(p) + " (CRLF)", b);
      assertThat(b.statements().stream().map(Statement::text).map(ExamplesTest::oneLine))
          .containsExactlyElementsOf(a.statements().stream().map(Statement::text).map(ExamplesTest::oneLine).toList());
      assertThat(b.actors().stream().map(Actor::name)).containsExactlyElementsOf(a.actors().stream().map(Actor::name).toList());
      assertThat(b.paragraphs()).hasSameSizeAs(a.paragraphs());
      assertThat(b.headline()).isEqualTo(a.headline());
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyPrefixAndSuffixParsesWithTheInvariantsHeld() throws IOException {
    return examples().stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      WireParser parser = WireParser.builder().build();
      int step = Math.max(1, text.length() / 60);
      for (int i = 0; i <= text.length(); i += step) {
        ArticleInvariants.check(name(p) + " prefix " + i, parser.parse(text.substring(0, i)));
        ArticleInvariants.check(name(p) + " suffix " + i, parser.parse(text.substring(i)));
      }
    }));
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", "\n");
  }
}
