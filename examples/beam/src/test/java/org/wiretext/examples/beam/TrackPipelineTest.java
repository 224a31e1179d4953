package org.wiretext.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretext.BidTracker;
import org.wiretext.WireParser;
import org.wiretext.WireTextJson;
import org.wiretext.model.Article;
import org.wiretext.model.Tracker;

/**
 * Runs {@link TrackPipeline} on the Direct runner over the library's example articles
 * ({@code docs/examples}) and checks that the merged tracker is, as JSON, exactly what the
 * single-process {@code wiretext track} gives for the same articles.
 */
class TrackPipelineTest {

  static final Path EXAMPLES = Path.of(System.getProperty("wiretext.examples", "../../docs/examples"));

  private static List<Article> articles;
  private static String singleProcess;

  @BeforeAll
  static void trackInOneProcess() throws IOException {
    WireParser parser = WireParser.builder().build();
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      articles = s.filter(Files::isRegularFile).sorted().map(parser::parse).toList();
    }
    assertThat(articles).isNotEmpty();
    // what `wiretext track DIR` prints (less its final newline)
    singleProcess = WireTextJson.writeTracker(BidTracker.of(articles).result());
  }

  private static void run(String input, Path out, int shards) {
    TrackPipeline.Options options = PipelineOptionsFactory.fromArgs(
        "--runner=DirectRunner", "--input=" + input, "--output=" + out,
        "--articleShards=" + shards, "--targetParallelism=2").withValidation()
        .as(TrackPipeline.Options.class);
    assertThat(TrackPipeline.build(options).run().waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
  }

  private static List<String> articleLines(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(out)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("articles")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void theBeamPipelineGivesTheSameTrackerAsTheSingleProcessTrack(@TempDir Path out) throws IOException {
    run(EXAMPLES.toString(), out, 2);
    String tracker = Files.readString(out.resolve("tracker.json"), StandardCharsets.UTF_8).strip();
    assertThat(tracker).isEqualTo(singleProcess);
    Tracker t = WireTextJson.readTracker(tracker);
    assertThat(t.bids()).isNotEmpty();

    // every article written once, as wiretext/1 JSON Lines
    List<String> lines = articleLines(out);
    assertThat(lines).hasSize(articles.size());
    assertThat(lines.stream().map(WireTextJson::read).map(Article::id).sorted())
        .containsExactlyElementsOf(articles.stream().map(Article::id).sorted().toList());
  }

  @Test
  void aJsonLinesFeedOfArticlesGivesTheSameTracker(@TempDir Path tmp) throws IOException {
    Path feed = tmp.resolve("feed.jsonl");
    List<String> lines = new ArrayList<>();
    for (Article a : articles) {
      lines.add(WireTextJson.write(a));
    }
    // in another order than the directory's: the result must not depend on it
    java.util.Collections.reverse(lines);
    Files.write(feed, lines, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    run(feed.toString(), out, 1);
    assertThat(Files.readString(out.resolve("tracker.json"), StandardCharsets.UTF_8).strip())
        .isEqualTo(singleProcess);
  }
}
