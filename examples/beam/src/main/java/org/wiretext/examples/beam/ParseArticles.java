package org.wiretext.examples.beam;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.wiretext.BidTracker;
import org.wiretext.WireParser;
import org.wiretext.WireTextJson;
import org.wiretext.model.Article;

/**
 * Parses wire text into articles, in parallel over the runner's workers, and gives two
 * outputs: each article as one line of {@code wiretext/1} JSON ({@link #ARTICLES}), and a
 * {@link BidTracker} for each bid the article reports, keyed by the bid as the article names
 * it ({@link #TRACKERS}), for the runner to combine per bid.
 */
final class ParseArticles {

  static final TupleTag<String> ARTICLES = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };
  static final TupleTag<KV<String, BidTracker>> TRACKERS = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  private ParseArticles() {}

  /** Emits an article's JSON and its per-bid trackers. */
  static void emit(Article a, DoFn<?, String>.ProcessContext c) {
    c.output(WireTextJson.write(a));
    for (Map.Entry<String, BidTracker> e : BidTracker.of(a).byBid().entrySet()) {
      c.output(TRACKERS, KV.of(e.getKey(), e.getValue()));
    }
  }

  /** One file: one article, or many for a framed ANPA / IPTC stream or ninjs JSON Lines. */
  static final class FromFiles extends DoFn<FileIO.ReadableFile, String> {
    private static final long serialVersionUID = 1L;
    private transient WireParser parser;

    @Setup
    public void setup() {
      parser = WireParser.builder().build();
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      byte[] bytes = c.element().readFullyAsBytes();
      List<Article> articles = parser.parseAll(bytes).toList();
      for (Article a : articles) {
        emit(a, c);
      }
    }
  }

  /**
   * One line of a JSON Lines feed: a {@code wiretext/1} article already parsed (read as it
   * is), or a wire document such as ninjs JSON (parsed).
   */
  static final class FromLines extends DoFn<String, String> {
    private static final long serialVersionUID = 1L;
    private transient WireParser parser;

    @Setup
    public void setup() {
      parser = WireParser.builder().build();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      String line = c.element().strip();
      if (line.isEmpty()) {
        return;
      }
      Article a = isArticle(line) ? WireTextJson.read(line) : parser.parse(line);
      emit(a, c);
    }

    static boolean isArticle(String line) {
      int i = line.indexOf("\"schema\"");
      return i >= 0 && i < 16 && line.startsWith("\"wiretext/1\"", skipColon(line, i + 8));
    }

    private static int skipColon(String s, int i) {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ':')) {
        i++;
      }
      return i;
    }
  }
}
