package org.wiretext;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wiretext.format.WireDocument;
import org.wiretext.format.WireFeed;
import org.wiretext.format.WireFormats;
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
import org.wiretext.internal.text.TextRange;
import org.wiretext.internal.text.Warning;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

/**
 * Parses news wire text into an {@link Article}. Build once, parse many times: a built parser
 * is immutable and thread-safe.
 *
 * <pre>{@code
 * WireParser parser = WireParser.builder()
 *     .defaultLanguage("en")
 *     .maxInputSize(1_000_000)
 *     .build();
 * Article article = parser.parse(Path.of("story.txt"));
 * }</pre>
 *
 * <p>Odd or malformed text is never an exception: it gives a best-effort article whose
 * {@link Article#warnings()} say what could not be interpreted. The one exception to handle is
 * {@link WireTextException}: input over {@link Builder#maxInputSize(int)} (as
 * {@link InputTooLargeException}) or a file that cannot be read.
 */
public final class WireParser {

  private static final Logger LOG = LoggerFactory.getLogger(WireParser.class);

  /** Default {@link Builder#maxInputSize(int)}: 10 MiB of characters. */
  public static final int DEFAULT_MAX_INPUT_SIZE = 10 * 1024 * 1024;
  /** Default {@link Builder#maxWarnings(int)}. */
  public static final int DEFAULT_MAX_WARNINGS = 100;
  /** Default {@link Builder#defaultLanguage(String)}. */
  public static final String DEFAULT_LANGUAGE = "en";

  private final int maxInputSize;
  private final ParseOptions options;
  private final Format inputFormat;

  // The pipeline's stages: each is stateless and thread-safe.
  private final Normalizer normalizer = new Normalizer();
  private final Segmenter segmenter = new Segmenter();
  private final ActorRecognizer actorRecognizer = new ActorRecognizer();
  private final StatementAttributor statementAttributor = new StatementAttributor();
  private final BidAssembler bidAssembler = new BidAssembler();
  private final ArticleAssembler articleAssembler = new ArticleAssembler();

  private WireParser(Builder b) {
    this.maxInputSize = b.maxInputSize;
    this.inputFormat = b.inputFormat;
    this.options = new ParseOptions(Optional.ofNullable(b.articleId), b.defaultLanguage, b.maxWarnings);
  }

  /**
   * A builder with every option at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses wire text: plain text, unless {@link Builder#inputFormat(Format)} names another
   * format (characters are not sniffed: use {@link #parse(byte[])} to detect the format).
   *
   * @param text the wire text
   * @return the article, with warnings for anything that could not be interpreted; the first
   *     article when the input holds several (see {@link #parseAll(byte[])})
   * @throws InputTooLargeException when the text is over {@link Builder#maxInputSize(int)}
   * @throws WireTextException when {@link Builder#inputFormat(Format)} names a structured
   *     format and the text is not readable as it
   */
  public Article parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInputSize) {
      throw new InputTooLargeException(maxInputSize, text.length());
    }
    if (inputFormat != null && inputFormat != Format.PLAIN) {
      return first(WireFormats.read(text, inputFormat));
    }
    return run(stripByteOrderMark(text), List.of());
  }

  /**
   * Parses an input in any supported format, detected from the content unless
   * {@link Builder#inputFormat(Format)} names one: plain text, NITF, ninjs, ANPA-1312 or
   * IPTC 7901. Bytes are UTF-8 unless a byte-order mark, an XML encoding declaration or legacy
   * (Windows-1252) wire copy says otherwise; undecodable bytes are replaced with a warning.
   *
   * @param bytes the input
   * @return the article; the first when the input holds several (with a warning saying how
   *     many: use {@link #parseAll(byte[])} to get them all)
   * @throws InputTooLargeException when the input is over {@link Builder#maxInputSize(int)}
   * @throws WireTextException when a structured input is not readable (malformed or hostile
   *     XML or JSON)
   */
  public Article parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    checkSize(bytes.length);
    return first(WireFormats.read(bytes, inputFormat));
  }

  /**
   * Parses every article an input holds, in input order: a stream of framed ANPA-1312 or
   * IPTC 7901 messages, or a JSON Lines file of ninjs documents, holds many; any other input
   * holds one. The input is read and split at once; each article is parsed when the stream
   * reaches it.
   *
   * @param bytes the input
   * @return the articles, parsed one at a time as the stream is consumed
   * @throws InputTooLargeException when the input is over {@link Builder#maxInputSize(int)}
   * @throws WireTextException when a structured input is not readable
   */
  public Stream<Article> parseAll(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    checkSize(bytes.length);
    return WireFormats.read(bytes, inputFormat).stream().map(this::run);
  }

  /**
   * Parses every article a file holds, lazily: the file is read one article at a time as the
   * stream is consumed (one framed message, one line of JSON Lines), so a feed of any length
   * is parsed in memory bounded by its largest article. See {@link #parseAll(InputStream)}.
   * The file is closed when the stream is consumed to its end, fails, or is closed.
   *
   * @param file the file to read
   * @return the articles, each read and parsed when the stream reaches it
   * @throws WireTextException when the file cannot be opened; reading, size and format
   *     failures are thrown by the stream when it reaches them
   */
  public Stream<Article> parseAll(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new WireTextException("cannot read " + file + ": " + e, e);
    }
    Runnable close = () -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    return documents(in, close).map(this::run).onClose(close);
  }

  /**
   * Parses every article {@code in} holds, lazily and in input order, without closing it: a
   * stream of framed ANPA-1312 or IPTC 7901 messages is read one message at a time, JSON Lines
   * of ninjs one line at a time, so a feed of any length is parsed in memory bounded by its
   * largest article; each article is read and parsed only when the stream reaches it. Inputs
   * that hold one article (plain text, NITF, a ninjs object) and JSON arrays are read whole.
   * {@link Builder#maxInputSize(int)} bounds each article, not the feed.
   *
   * @param in the input's bytes
   * @return the articles, each read and parsed when the stream reaches it; the stream throws
   *     {@link WireTextException} when reading fails, an article is over the size limit, or
   *     the input is not readable as its format
   */
  public Stream<Article> parseAll(InputStream in) {
    Objects.requireNonNull(in, "in");
    return documents(in, () -> { }).map(this::run);
  }

  /**
   * Splits {@code in} into its articles as {@link #parseAll(InputStream)} reads them, without
   * parsing them: each supplier parses its article when called, on whichever thread calls it.
   * For callers that read a feed on one thread and parse its articles on several, with at
   * most as many articles in memory as suppliers they hold.
   *
   * @param in the input's bytes, read as the stream is consumed and never closed
   * @return one supplier per article, in input order; the stream throws
   *     {@link WireTextException} as {@link #parseAll(InputStream)} does, a supplier throws
   *     {@link InputTooLargeException} when its article is over the size limit
   */
  public Stream<Supplier<Article>> split(InputStream in) {
    Objects.requireNonNull(in, "in");
    return documents(in, () -> { }).map(d -> () -> run(d));
  }

  /** The documents of {@code in}, one at a time; {@code atEnd} runs when reading stops. */
  private Stream<WireDocument> documents(InputStream in, Runnable atEnd) {
    return WireFeed.of(in, inputFormat, maxInputSize).stream(atEnd);
  }

  private void checkSize(long bytes) {
    // a character is at least one byte in every encoding read, so this bounds characters too
    if (bytes > 4L * maxInputSize) {
      throw new InputTooLargeException(maxInputSize, bytes);
    }
  }

  private Article first(List<WireDocument> documents) {
    if (documents.isEmpty()) {
      return run(WireDocument.plain("", List.of(new WireDocument.Issue(0, "no article in the input"))));
    }
    WireDocument d = documents.get(0);
    if (documents.size() > 1) {
      List<WireDocument.Issue> w = new ArrayList<>(d.warnings());
      w.add(new WireDocument.Issue(0, "the input holds " + documents.size()
          + " articles; only the first is returned (use parseAll)"));
      d = new WireDocument(d.format(), d.text(), d.fields(), d.hints(), d.metadata(), w);
    }
    return run(d);
  }

  /**
   * Reads {@code reader} to its end (without closing it) and parses what it held.
   *
   * @param reader the wire text's characters
   * @return the article, with warnings for anything that could not be interpreted
   * @throws WireTextException when reading fails or the input is over
   *     {@link Builder#maxInputSize(int)}
   */
  public Article parse(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = reader.read(buf)) >= 0; ) {
        if (sb.length() + n > maxInputSize) {
          throw new InputTooLargeException(maxInputSize, -1);
        }
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new WireTextException("cannot read input: " + e.getMessage(), e);
    }
    return parse(sb.toString());
  }

  /**
   * Reads and parses a file in any supported format, detected from the content unless
   * {@link Builder#inputFormat(Format)} names one (see {@link #parse(byte[])}): UTF-8 by
   * default, with a byte-order mark honoured; bytes that cannot be decoded are replaced and
   * reported in the warnings.
   *
   * @param file the file to read
   * @return the article; the first when the file holds several (see {@link #parseAll(Path)})
   * @throws WireTextException when the file cannot be read, is over the size limit, or is not
   *     readable as its format
   */
  public Article parse(Path file) {
    return parse(readFile(file));
  }

  private byte[] readFile(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      checkSize(size);
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new WireTextException("cannot read " + file + ": " + e, e);
    } catch (UncheckedIOException e) {
      throw new WireTextException("cannot read " + file + ": " + e.getCause(), e);
    }
  }

  /** A document a format reader produced: its text through the pipeline, its fields over. */
  private Article run(WireDocument doc) {
    if (doc.text().length() > maxInputSize) {
      throw new InputTooLargeException(maxInputSize, doc.text().length());
    }
    List<Warning> warnings = new ArrayList<>();
    for (WireDocument.Issue i : doc.warnings()) {
      warnings.add(new Warning(i.offset(), i.message()));
    }
    List<Layout.RegionInfo> regions = new ArrayList<>();
    for (WireDocument.Hint h : doc.hints()) {
      regions.add(new Layout.RegionInfo(h.kind(), new TextRange(h.start(), h.end())));
    }
    ArticleAssembler.Known known = new ArticleAssembler.Known(doc.fields(), regions,
        doc.metadata());
    return run(doc.format(), doc.text(), warnings, known);
  }

  /** The pipeline, in order: every stage in one visible place. */
  private Article run(String text, List<Warning> inputWarnings) {
    return run(Format.PLAIN, text, inputWarnings, ArticleAssembler.Known.NONE);
  }

  private Article run(Format format, String text, List<Warning> inputWarnings,
      ArticleAssembler.Known known) {
    Normalizer.Normalized normalized = normalizer.normalize(text);
    Layout layout = segmenter.segment(normalized.source());
    ActorTable actors = actorRecognizer.recognize(layout);
    Attribution attribution = statementAttributor.attribute(layout, actors);
    List<BidDraft> bids = bidAssembler.assemble(layout, attribution);
    List<Warning> warnings = new ArrayList<>(inputWarnings);
    warnings.addAll(normalized.warnings());
    Article article = articleAssembler.assemble(
        new ArticleAssembler.Parts(format, layout, attribution, bids, warnings, known), options);
    if (LOG.isDebugEnabled()) {
      LOG.debug("parsed article {}: {} paragraphs, {} actors, {} statements, {} bids, {} warnings",
          article.id(), article.paragraphs().size(), article.actors().size(),
          article.statements().size(), article.bids().size(), article.warnings().size());
    }
    return article;
  }

  private static String stripByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Options of a {@link WireParser}; every setter validates its argument at once. */
  public static final class Builder {
    private int maxInputSize = DEFAULT_MAX_INPUT_SIZE;
    private String articleId;
    private String defaultLanguage = DEFAULT_LANGUAGE;
    private int maxWarnings = DEFAULT_MAX_WARNINGS;
    private Format inputFormat;

    private Builder() {}

    /**
     * The largest input accepted, in characters (default 10 MiB, 10,485,760);
     * larger input throws {@link InputTooLargeException}.
     *
     * @param characters the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code characters} is not positive
     */
    public Builder maxInputSize(int characters) {
      if (characters <= 0) {
        throw new IllegalArgumentException("maxInputSize must be positive: " + characters);
      }
      this.maxInputSize = characters;
      return this;
    }

    /**
     * The id of every article this parser produces, or {@code null} (the default) to derive it
     * from the content: the same text always gets the same id.
     *
     * @param id the id, or {@code null}
     * @return this builder
     * @throws IllegalArgumentException when {@code id} is blank
     */
    public Builder articleId(String id) {
      if (id != null && id.isBlank()) {
        throw new IllegalArgumentException("articleId must not be blank");
      }
      this.articleId = id;
      return this;
    }

    /**
     * The BCP 47 language of input that does not say its own (default {@code "en"}).
     *
     * @param languageTag a BCP 47 tag such as {@code "en"} or {@code "de-CH"}
     * @return this builder
     * @throws IllegalArgumentException when {@code languageTag} is not a BCP 47 tag
     */
    public Builder defaultLanguage(String languageTag) {
      Objects.requireNonNull(languageTag, "languageTag");
      Locale locale = Locale.forLanguageTag(languageTag);
      if (locale.getLanguage().isEmpty()) {
        throw new IllegalArgumentException("defaultLanguage is not a BCP 47 tag: " + languageTag);
      }
      this.defaultLanguage = locale.toLanguageTag();
      return this;
    }

    /**
     * The most warnings kept per article (default {@value #DEFAULT_MAX_WARNINGS}); one more says
     * how many were dropped.
     *
     * @param count the limit, zero or more
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Builder maxWarnings(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("maxWarnings must not be negative: " + count);
      }
      this.maxWarnings = count;
      return this;
    }

    /**
     * The format every input is read as, or {@code null} (the default) to detect it from the
     * content of byte and file input ({@link #parse(byte[])}, {@link #parse(Path)}); string
     * and reader input is plain text unless a format is named here.
     *
     * @param format the input format, or {@code null} to detect it
     * @return this builder
     */
    public Builder inputFormat(Format format) {
      this.inputFormat = format;
      return this;
    }

    /**
     * Builds the parser; the builder may be reused.
     *
     * @return an immutable, thread-safe parser
     */
    public WireParser build() {
      return new WireParser(this);
    }
  }
}
