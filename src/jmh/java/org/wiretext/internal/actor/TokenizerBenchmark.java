package org.wiretext.internal.actor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wiretext.bench.WireCorpus;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.segment.Segmenter;
import org.wiretext.internal.text.Normalizer;
import org.wiretext.internal.text.TextRange;

/**
 * The actor stage's tokenizer alone over an article's body paragraphs: every word found and
 * looked up in the actor vocabulary, as {@link ActorRecognizer} has it done, with a new token
 * buffer per article. It is the per-token cost that any design pays at least once, however
 * many stages share its tokens (docs/performance.md, "Where the time goes"). In this package
 * because the tokenizer is the stage's own; microseconds per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenizerBenchmark {

  @Param({"4096"})
  public int size;

  private String folded;
  private List<TextRange> paragraphs;
  private final Tokenizer tokenizer = Lexicons.get().tokenizer;

  @Setup
  public void setUp() {
    String text = new String(WireCorpus.generate(size, 42).getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    Layout layout = new Segmenter().segment(new Normalizer().normalize(text).source());
    folded = layout.source().folded();
    paragraphs = layout.paragraphs();
  }

  @Benchmark
  public int tokenize() {
    List<Token> tokens = new ArrayList<>();
    List<Token> spare = new ArrayList<>();
    int count = 0;
    for (TextRange p : paragraphs) {
      count += tokenizer.tokenize(folded, p.start(), p.end(), tokens, spare).size();
    }
    return count;
  }
}
