package org.wiretext.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wiretext.WireTextJson;
import org.wiretext.internal.ParseOptions;
import org.wiretext.internal.actor.ActorRecognizer;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.assemble.ArticleAssembler;
import org.wiretext.internal.bid.BidAssembler;
import org.wiretext.internal.bid.BidDraft;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.segment.Segmenter;
import org.wiretext.internal.statement.Attribution;
import org.wiretext.internal.statement.StatementAttributor;
import org.wiretext.internal.text.Normalizer;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

/**
 * Where a parse's time goes, stage by stage: each benchmark runs the pipeline of
 * {@code WireParser} from the UTF-8 bytes up to and including one stage, so the difference
 * between one benchmark and the one before it is that stage's cost, measured on fresh objects
 * as in a real parse (no stage is timed on a layout or table another call already used).
 * {@link #floor} is {@link ParseBenchmark#floor}; {@link #json}, the last step, is the whole
 * plain-text parse with its JSON. Scores are microseconds per article (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {

  @Param({"4096"})
  public int size;

  private byte[] utf8;
  private final ObjectMapper mapper = WireTextJson.mapper();
  private final Normalizer normalizer = new Normalizer();
  private final Segmenter segmenter = new Segmenter();
  private final ActorRecognizer actorRecognizer = new ActorRecognizer();
  private final StatementAttributor statementAttributor = new StatementAttributor();
  private final BidAssembler bidAssembler = new BidAssembler();
  private final ArticleAssembler articleAssembler = new ArticleAssembler();
  private final ParseOptions options = new ParseOptions(Optional.empty(), "en", 100);

  @Setup
  public void setUp() {
    utf8 = WireCorpus.generate(size, 42).getBytes(StandardCharsets.UTF_8);
  }

  /** The bytes decoded as {@code WireParser.parse(Reader)} reads them. */
  private String decode() throws IOException {
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder(utf8.length);
      char[] buf = new char[8192];
      for (int n; (n = in.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }
  }

  @Benchmark
  public String floor() throws IOException {
    return mapper.writeValueAsString(Map.of("schema", "wiretext/1", "text", decode()));
  }

  @Benchmark
  public Layout segment() throws IOException {
    return segmenter.segment(normalizer.normalize(decode()).source());
  }

  @Benchmark
  public ActorTable actors() throws IOException {
    return actorRecognizer.recognize(segment());
  }

  @Benchmark
  public Attribution statements() throws IOException {
    Layout layout = segment();
    return statementAttributor.attribute(layout, actorRecognizer.recognize(layout));
  }

  @Benchmark
  public List<BidDraft> bids() throws IOException {
    Layout layout = segment();
    Attribution attribution =
        statementAttributor.attribute(layout, actorRecognizer.recognize(layout));
    return bidAssembler.assemble(layout, attribution);
  }

  @Benchmark
  public Article assemble() throws IOException {
    Normalizer.Normalized normalized = normalizer.normalize(decode());
    Layout layout = segmenter.segment(normalized.source());
    Attribution attribution =
        statementAttributor.attribute(layout, actorRecognizer.recognize(layout));
    List<BidDraft> bids = bidAssembler.assemble(layout, attribution);
    return articleAssembler.assemble(new ArticleAssembler.Parts(Format.PLAIN, layout,
        attribution, bids, new ArrayList<>(normalized.warnings()), ArticleAssembler.Known.NONE),
        options);
  }

  @Benchmark
  public String json() throws IOException {
    return WireTextJson.write(assemble());
  }
}
