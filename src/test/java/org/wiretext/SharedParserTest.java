package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One parser shared by several threads writes what it writes on one: the stages keep
 * per-thread caches and buffers (lower-cased words, word classes, tokens, the JSON writer, the
 * content digest), and none of them may leak from one article or thread into another.
 */
class SharedParserTest {

  private static final int THREADS = 4;
  private static final int ROUNDS = 3;

  @Test
  void concurrentParsesWriteTheSameJsonAsSequentialOnes() throws Exception {
    List<byte[]> inputs = inputs();
    WireParser parser = WireParser.builder().build();
    List<String> expected = new ArrayList<>();
    for (byte[] in : inputs) {
      expected.add(WireTextJson.write(parser.parse(in)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        runs.add(pool.submit(() -> parseInShuffledOrder(parser, inputs, seed)));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each input's JSON, in input order, parsed {@link #ROUNDS} times in a shuffled order. */
  private static List<String> parseInShuffledOrder(WireParser parser, List<byte[]> inputs,
      long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      order.add(i);
    }
    String[] out = new String[inputs.size()];
    Random random = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        String json = WireTextJson.write(parser.parse(inputs.get(i)));
        if (out[i] != null && !out[i].equals(json)) {
          return List.of("input " + i + " gave two different results on one thread");
        }
        out[i] = json;
      }
    }
    return List.of(out);
  }

  /** The example articles and the format samples of the tests: plain text, ninjs, NITF. */
  private static List<byte[]> inputs() throws IOException {
    List<byte[]> inputs = new ArrayList<>();
    for (Path dir : List.of(Path.of("docs/examples"), Path.of("src/test/resources/formats"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          if (Files.isRegularFile(f)) {
            inputs.add(Files.readAllBytes(f));
          }
        }
      }
    }
    assertThat(inputs).hasSizeGreaterThan(8);
    return inputs;
  }
}
