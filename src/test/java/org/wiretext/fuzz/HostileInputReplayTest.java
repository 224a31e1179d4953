package org.wiretext.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every kept hostile input, {@code src/test/resources/hostile/<target>/<file>}, through
 * the fuzz target of the same name in {@link WireTextFuzzTest}, so every invariant is checked
 * on it: the inputs that fuzzing found (each fixed in the library) and the hostile inputs
 * written by hand.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputReplayTest {

  private static final WireTextFuzzTest TARGETS = new WireTextFuzzTest();

  static Stream<Path> hostileInputs() throws IOException, URISyntaxException {
    URL root = HostileInputReplayTest.class.getResource("/hostile");
    assertThat(root).as("the hostile inputs on the test class path").isNotNull();
    Path dir = Path.of(root.toURI());
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
      assertThat(all).as("hostile inputs").isNotEmpty();
      return all.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void everyHostileInputGivesAValidArticleOrTheTypedRefusal(Path file) throws IOException {
    target(file.getParent().getFileName().toString()).accept(Files.readAllBytes(file));
  }

  private static Consumer<byte[]> target(String name) {
    return switch (name) {
      case "plainText" -> TARGETS::plainText;
      case "plainBytes" -> TARGETS::plainBytes;
      case "nitf" -> TARGETS::nitf;
      case "ninjs" -> TARGETS::ninjs;
      case "anpa" -> TARGETS::anpa;
      case "iptc7901" -> TARGETS::iptc7901;
      case "contractJson" -> TARGETS::contractJson;
      default -> throw new AssertionError("hostile/" + name + " names no fuzz target");
    };
  }
}
