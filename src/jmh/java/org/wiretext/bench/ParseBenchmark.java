package org.wiretext.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wiretext.WireParser;
import org.wiretext.WireTextJson;

/**
 * End-to-end parse throughput: UTF-8 bytes in, JSON out, for articles of about 1 KB, 4 KB,
 * 64 KB and 1 MB. {@link #floor} does the same reading, decoding and JSON writing of the text
 * without any extraction, so {@code floor / parse} is the cost of extraction as a ratio. The
 * primary score is articles per second; the {@code megabytes} secondary score is MB/s of
 * input; {@code -prof gc} adds bytes allocated per article (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

  @Param({"1024", "4096", "65536", "1048576"})
  public int size;

  private byte[] utf8;
  private final WireParser parser = WireParser.builder().build();
  private final ObjectMapper mapper = WireTextJson.mapper();

  @Setup
  public void setUp() {
    utf8 = WireCorpus.generate(size, 42).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Megabytes (10^6 bytes of UTF-8 input) processed, reported by JMH as a secondary score per
   * benchmark in MB/s next to the primary score in articles/s.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public double megabytes;

    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }
  }

  @Benchmark
  public String parse(Bytes bytes) throws IOException {
    bytes.megabytes += utf8.length / 1e6;
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)) {
      return WireTextJson.write(parser.parse(in));
    }
  }

  @Benchmark
  public String floor(Bytes bytes) throws IOException {
    bytes.megabytes += utf8.length / 1e6;
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder(utf8.length);
      char[] buf = new char[8192];
      for (int n; (n = in.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
      return mapper.writeValueAsString(Map.of("schema", "wiretext/1", "text", sb.toString()));
    }
  }
}
