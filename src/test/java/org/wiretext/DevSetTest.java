package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wiretext.model.Article;

/**
 * Parses every dev-set text in {@code ../shared/dev} and checks the article invariants on each.
 * The dev sets are not part of the project: where {@code ../shared} is absent (a user's fresh
 * clone) these tests are skipped; {@code .ci/run} makes sure they ran.
 */
class DevSetTest {

  static Path shared() {
    return Path.of(System.getProperty("wiretext.shared", "../shared"));
  }

  @TestFactory
  Stream<DynamicTest> everyDevTextParsesWithItsInvariantsHeld() throws IOException {
    Path dev = shared().resolve("dev");
    assumeTrue(Files.isDirectory(dev),
        "skipped: the dev sets are read from " + dev.toAbsolutePath() + ", which is absent here");
    List<Path> texts;
    try (Stream<Path> s = Files.walk(dev)) {
      texts = s.filter(p -> p.toString().endsWith(".txt") && p.getParent().getFileName().toString().equals("texts"))
          .sorted().toList();
    }
    assertThat(texts).as("dev texts under " + dev).isNotEmpty();
    WireParser parser = WireParser.builder().build();
    return texts.stream().map(p -> DynamicTest.dynamicTest(dev.relativize(p).toString(), () -> {
      Article a = parser.parse(p);
      ArticleInvariants.check(p.getFileName().toString(), a);
      assertThat(a.paragraphs()).as("paragraphs of %s", p).isNotEmpty();
    }));
  }
}
