package org.wiretext;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wiretext.internal.json.ArticleWriter;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Spanned;
import org.wiretext.model.Tracker;

/**
 * The one place that configures Jackson for the {@code wiretext/1} contract: camelCase
 * names in contract order, {@code null} for an absent value and {@code []} for an empty list,
 * unknown fields ignored on read, duplicate keys and oversized input refused.
 *
 * <pre>{@code
 * String json = WireTextJson.write(article);
 * Article again = WireTextJson.read(json);
 * }</pre>
 */
public final class WireTextJson {

  /** Longest string value accepted on read (characters). */
  public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
  /** Deepest nesting accepted on read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest number accepted on read (characters). */
  public static final int MAX_NUMBER_LENGTH = 32;
  /** Longest key accepted on read (characters); the contract's keys are short words. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** Largest document accepted on read (characters). */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /**
   * The data-binding mapper, built on first use: articles are written with a streaming
   * generator ({@link ArticleWriter}), so a program that only writes them never pays for
   * introspecting the model.
   */
  private static final class Binding {
    static final ObjectMapper MAPPER = newMapper();
  }

  /** Built on first use: a reader prefetches every deserializer, which writers never need. */
  private static final class Lazy {
    // one document: anything after the article (a second value, garbage) is refused, not dropped
    static final ObjectReader READER = Binding.MAPPER.readerFor(Article.class)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The tracker document's writers and reader, built when a tracker is first written or read. */
  private static final class Trackers {
    static final ObjectWriter TRACKER_COMPACT = Binding.MAPPER.writerFor(Tracker.class);
    static final ObjectWriter TRACKER_PRETTY =
        Binding.MAPPER.writerFor(Tracker.class).with(SerializationFeature.INDENT_OUTPUT);
    static final ObjectReader TRACKER_READER = Binding.MAPPER.readerFor(Tracker.class)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private WireTextJson() {}

  /**
   * A new mapper configured for the contract, for callers who embed articles in their own
   * documents. Each call returns a fresh copy they may configure further.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return Binding.MAPPER.copy();
  }

  /**
   * The article as one line of JSON.
   *
   * @param article the article
   * @return its JSON
   */
  public static String write(Article article) {
    Objects.requireNonNull(article, "article");
    return toString(article, false);
  }

  private static String toString(Article article, boolean pretty) {
    return ArticleWriter.toJson(article, pretty);
  }

  /**
   * The article as indented JSON.
   *
   * @param article the article
   * @return its JSON, indented
   */
  public static String writePretty(Article article) {
    Objects.requireNonNull(article, "article");
    return toString(article, true);
  }

  /**
   * Writes the article as JSON to {@code out}, indented when {@code pretty}; does not close it.
   *
   * @param article the article
   * @param out where to write
   * @param pretty whether to indent
   * @throws IOException when writing fails
   */
  public static void write(Article article, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    ArticleWriter.write(article, out, pretty);
  }

  /**
   * Reads one article from its JSON.
   *
   * @param json a {@code wiretext/1} article
   * @return the article
   * @throws WireTextException when the JSON is malformed, over a limit, or not an article
   *     (which includes a span whose text is not the article's text at its offsets)
   */
  public static Article read(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new WireTextException("not a wiretext/1 article: a document of " + json.length()
          + " characters is over the limit of " + MAX_DOCUMENT_LENGTH);
    }
    try {
      return checkSpans(Lazy.READER.readValue(json));
    } catch (JsonProcessingException e) {
      throw new WireTextException("not a wiretext/1 article: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new WireTextException("not a valid wiretext/1 article: " + e.getMessage(), e);
    }
  }

  /**
   * The tracker document ({@code wiretext-tracker/1}, see {@link org.wiretext.BidTracker}) as
   * one line of JSON.
   *
   * @param tracker the tracker document
   * @return its JSON
   */
  public static String writeTracker(Tracker tracker) {
    Objects.requireNonNull(tracker, "tracker");
    try {
      return Trackers.TRACKER_COMPACT.writeValueAsString(tracker);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the tracker", e);
    }
  }

  /**
   * The tracker document as indented JSON.
   *
   * @param tracker the tracker document
   * @return its JSON, indented
   */
  public static String writeTrackerPretty(Tracker tracker) {
    Objects.requireNonNull(tracker, "tracker");
    try {
      return Trackers.TRACKER_PRETTY.writeValueAsString(tracker);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the tracker", e);
    }
  }

  /**
   * Writes the tracker document as JSON to {@code out}, indented when {@code pretty}; does not
   * close it.
   *
   * @param tracker the tracker document
   * @param out where to write
   * @param pretty whether to indent
   * @throws IOException when writing fails
   */
  public static void writeTracker(Tracker tracker, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(tracker, "tracker");
    Objects.requireNonNull(out, "out");
    (pretty ? Trackers.TRACKER_PRETTY : Trackers.TRACKER_COMPACT)
        .writeValue(new NonClosingWriter(out), tracker);
  }

  /**
   * Reads one tracker document from its JSON.
   *
   * @param json a {@code wiretext-tracker/1} document
   * @return the tracker document
   * @throws WireTextException when the JSON is malformed, over a limit, or not a tracker
   */
  public static Tracker readTracker(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new WireTextException("not a wiretext-tracker/1 document: a document of "
          + json.length() + " characters is over the limit of " + MAX_DOCUMENT_LENGTH);
    }
    try {
      Tracker t = Trackers.TRACKER_READER.readValue(json);
      if (t == null) {
        throw new WireTextException("not a wiretext-tracker/1 document: the JSON is null, not an object");
      }
      return t;
    } catch (JsonProcessingException e) {
      throw new WireTextException("not a wiretext-tracker/1 document: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new WireTextException("not a valid wiretext-tracker/1 document: " + e.getMessage(), e);
    }
  }

  /**
   * Every span of an article read from JSON must be the article's text at its offsets: a reader
   * cutting the text by them would otherwise get something else than the span says.
   */
  private static Article checkSpans(Article a) {
    if (a == null) {
      throw new WireTextException("not a wiretext/1 article: the JSON is null, not an object");
    }
    String text = a.text();
    List<Spanned> spans = new ArrayList<>(a.paragraphs());
    spans.addAll(a.regions());
    spans.addAll(a.statements());
    a.dateline().ifPresent(spans::add);
    for (Actor actor : a.actors()) {
      spans.addAll(actor.mentions());
    }
    for (MembershipBid bid : a.bids()) {
      spans.addAll(bid.milestones());
    }
    for (Spanned s : spans) {
      if (s.end() > text.length() || !text.regionMatches(s.start(), s.text(), 0, s.text().length())) {
        throw new WireTextException("not a valid wiretext/1 article: the span [" + s.start() + ", "
            + s.end() + ") does not hold the article's text at those offsets");
      }
    }
    return a;
  }

  private static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  /** Jackson closes the target after writing a value; the caller owns {@code out}. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

}
