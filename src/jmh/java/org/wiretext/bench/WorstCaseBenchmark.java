package org.wiretext.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wiretext.WireParser;
import org.wiretext.WireTextJson;

/**
 * Linear time on hostile input: the cost of parsing about 1 MiB of each degenerate shape next
 * to 1 MiB of typical wire text ({@link WireCorpus}). Every stage must stay linear, so no shape
 * may cost more than a few times {@code typical} per MiB (docs/security.md). Scores are
 * milliseconds per 1 MiB input, text in, JSON out; {@code tinyMessages} is a framed stream of
 * one-word messages read with {@code parseAll}, one article each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorstCaseBenchmark {

  /** Characters of every generated input. */
  static final int SIZE = 1 << 20;

  @Param({"typical", "manyQuotes", "unbalancedQuotes", "nestedQuotes", "longNames",
      "oneHugeLine", "tinyParagraphs", "tinyMessages"})
  public String shape;

  private String text;
  private byte[] framed;
  private final WireParser parser = WireParser.builder().build();

  @Setup
  public void setUp() {
    if (shape.equals("tinyMessages")) {
      // an IPTC 7901 stream of one-word messages: parseAll gives one article per message
      String message = "\u0001Word.";
      framed = message.repeat(SIZE / message.length()).getBytes(StandardCharsets.ISO_8859_1);
    } else {
      text = generate(shape);
    }
  }

  @Benchmark
  public long parse() {
    if (framed != null) {
      return parser.parseAll(framed).mapToLong(a -> WireTextJson.write(a).length()).sum();
    }
    return WireTextJson.write(parser.parse(text)).length();
  }

  /** About {@link #SIZE} characters of the named shape. */
  static String generate(String shape) {
    String t = switch (shape) {
      case "typical" -> WireCorpus.generate(SIZE, 42);
      // quotation marks of every kind, each word quoted, in paragraphs of ~1,000 characters
      case "manyQuotes" -> paragraphs("\"a\" \u201Cb\u201D \u00ABc\u00BB '\u2018d\u2019 ", 1_000);
      // quotes opened and never closed, and closers of the wrong kind
      case "unbalancedQuotes" -> paragraphs("He said \"yes and \u00BB then \u201Cno ", 2_000);
      // quotes nested 2,500 deep in each paragraph
      case "nestedQuotes" -> paragraphs("\"a 'b \u201Cc \u2018d ", 25_000)
          .replace("\n\n", " d\u2019 c\u201D b' a\"\n\n");
      // one 100,000-character name per paragraph, then runs of capitalised words
      case "longNames" -> repeat("President Ab" + "c".repeat(100_000) + " said that it rains.\n\n"
          + "Minister Ana Maria Costa Novak Berg Lindqvist Demir said, ".repeat(800) + "\n\n");
      // typical text on a single line
      case "oneHugeLine" -> WireCorpus.generate(SIZE, 42).replace('\n', ' ');
      // one-word paragraphs
      case "tinyParagraphs" -> repeat("Word.\n\n");
      default -> throw new IllegalArgumentException("unknown shape " + shape);
    };
    return "Title\n\n" + t.substring(0, Math.min(t.length(), SIZE - 7));
  }

  private static String paragraphs(String unit, int paragraphLength) {
    String paragraph = unit.repeat(Math.max(1, paragraphLength / unit.length())) + "\n\n";
    return repeat(paragraph);
  }

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length() + 1);
  }
}
