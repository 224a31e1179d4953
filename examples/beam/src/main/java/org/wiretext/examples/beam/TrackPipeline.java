package org.wiretext.examples.beam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.wiretext.BidTracker;
import org.wiretext.WireTextJson;

/**
 * Parses a corpus of wire articles and tracks their membership bids with Apache Beam:
 *
 * <ol>
 *   <li>read every file of a directory (each parsed as the CLI does), or every line of a JSON
 *       Lines feed (ninjs documents, or {@code wiretext/1} articles already parsed);
 *   <li>parse in parallel; write the articles as JSON Lines to {@code OUTPUT/articles-*.jsonl};
 *   <li>make a {@link BidTracker} for each bid of each article, combine them per bid with
 *       {@link MergeTrackers}, then all the bids into one tracker (actors are merged across
 *       the whole corpus, so the last step needs every bid);
 *   <li>write the {@code wiretext-tracker/1} document to {@code OUTPUT/tracker.json}: the
 *       same JSON as {@code wiretext track} prints for the same articles.
 * </ol>
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.args="--input=../../docs/examples --output=/tmp/out"
 * </pre>
 */
public final class TrackPipeline {

  /** The pipeline's options, besides Beam's own ({@code --runner} and the runners'). */
  public interface Options extends PipelineOptions {
    /** A directory of wire files, or a JSON Lines feed (a file ending in .jsonl). */
    @Description("A directory of wire files, or a JSON Lines feed (.jsonl)")
    @Validation.Required
    String getInput();

    /** Sets the input. */
    void setInput(String input);

    /** The output directory. */
    @Description("Output directory: articles-*.jsonl and tracker.json")
    @Validation.Required
    String getOutput();

    /** Sets the output. */
    void setOutput(String output);

    /**
     * Shards of the articles' JSON Lines; 0 lets the runner choose, which on the Direct runner
     * costs far more than the parsing (every element reads the shard count as a side input).
     */
    @Description("Shards of articles-*.jsonl (default 4); 0 lets the runner choose")
    @Default.Integer(4)
    int getArticleShards();

    /** Sets the number of shards. */
    void setArticleShards(int shards);
  }

  private TrackPipeline() {}

  /** Builds the pipeline for {@code options} without running it. */
  public static Pipeline build(Options options) {
    Pipeline p = Pipeline.create(options);
    String input = options.getInput();
    PCollectionTuple parsed;
    if (input.endsWith(".jsonl") || input.endsWith(".ndjson")) {
      parsed = p.apply("ReadFeed", TextIO.read().from(input))
          .apply("ParseLines", ParDo.of(new ParseArticles.FromLines())
              .withOutputTags(ParseArticles.ARTICLES, TupleTagList.of(ParseArticles.TRACKERS)));
    } else {
      String pattern = Files.isDirectory(Path.of(input)) ? input.replaceAll("/+$", "") + "/**" : input;
      parsed = p.apply("MatchFiles", FileIO.match().filepattern(pattern))
          .apply("ReadFiles", FileIO.readMatches())
          .apply("ParseFiles", ParDo.of(new ParseArticles.FromFiles())
              .withOutputTags(ParseArticles.ARTICLES, TupleTagList.of(ParseArticles.TRACKERS)));
    }
    String out = options.getOutput().replaceAll("/+$", "");

    TextIO.Write articles = TextIO.write().to(out + "/articles").withSuffix(".jsonl");
    if (options.getArticleShards() > 0) {
      articles = articles.withNumShards(options.getArticleShards());
    }
    parsed.get(ParseArticles.ARTICLES).setCoder(StringUtf8Coder.of())
        .apply("WriteArticles", articles);

    PCollection<BidTracker> perBid = parsed.get(ParseArticles.TRACKERS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), MergeTrackers.coder()))
        .apply("CombinePerBid", Combine.perKey(new MergeTrackers()))
        .apply("Bids", Values.create());
    perBid.setCoder(MergeTrackers.coder())
        .apply("CombineAll", Combine.globally(new MergeTrackers()))
        .setCoder(MergeTrackers.coder())
        .apply("ToJson", MapElements.into(TypeDescriptors.strings())
            .via((BidTracker t) -> WireTextJson.writeTracker(t.result())))
        .apply("WriteTracker", TextIO.write().to(out + "/tracker").withSuffix(".json").withoutSharding());
    return p;
  }

  /**
   * Runs the pipeline and waits for it.
   *
   * @param args {@code --input=DIR|FEED.jsonl --output=DIR [--runner=...]}
   */
  public static void main(String[] args) {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    PipelineResult.State state = build(options).run().waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended " + state);
    }
  }
}
