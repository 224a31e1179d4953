package org.wiretext;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  // The pipeline's stages: each is stateless and thread-safe.
  private final Normalizer normalizer = new Normalizer();
  private final Segmenter segmenter = new Segmenter();
  private final ActorRecognizer actorRecognizer = new ActorRecognizer();
  private final StatementAttributor statementAttributor = new StatementAttributor();
  private final BidAssembler bidAssembler = new BidAssembler();
  private final ArticleAssembler articleAssembler = new ArticleAssembler();

  private WireParser(Builder b) {
    this.maxInputSize = b.maxInputSize;
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
   * Parses plain wire text.
   *
   * @param text the wire text
   * @return the article, with warnings for anything that could not be interpreted
   * @throws InputTooLargeException when the text is over {@link Builder#maxInputSize(int)}
   */
  public Article parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInputSize) {
      throw new InputTooLargeException(maxInputSize, text.length());
    }
    return run(stripByteOrderMark(text), List.of());
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
    return run(stripByteOrderMark(sb.toString()), List.of());
  }

  /**
   * Reads and parses a file: UTF-8, with a byte-order mark honoured; bytes that are not UTF-8
   * are replaced and reported in the warnings.
   *
   * @param file the file to read
   * @return the article, with warnings for anything that could not be interpreted
   * @throws WireTextException when the file cannot be read or is over the size limit
   */
  public Article parse(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      long size = Files.size(file);
      // a UTF-8 character is at least one byte, so this bounds the characters too
      if (size > 4L * maxInputSize) {
        throw new InputTooLargeException(maxInputSize, size);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new WireTextException("cannot read " + file + ": " + e, e);
    } catch (UncheckedIOException e) {
      throw new WireTextException("cannot read " + file + ": " + e.getCause(), e);
    }
    List<Warning> warnings = new ArrayList<>();
    String text = decodeUtf8(bytes, warnings);
    if (text.length() > maxInputSize) {
      throw new InputTooLargeException(maxInputSize, text.length());
    }
    return run(stripByteOrderMark(text), warnings);
  }

  /** The pipeline, in order: every stage in one visible place. */
  private Article run(String text, List<Warning> inputWarnings) {
    Normalizer.Normalized normalized = normalizer.normalize(text);
    Layout layout = segmenter.segment(normalized.source());
    ActorTable actors = actorRecognizer.recognize(layout);
    Attribution attribution = statementAttributor.attribute(layout, actors);
    List<BidDraft> bids = bidAssembler.assemble(layout, attribution);
    List<Warning> warnings = new ArrayList<>(inputWarnings);
    warnings.addAll(normalized.warnings());
    Article article = articleAssembler.assemble(
        new ArticleAssembler.Parts(Format.PLAIN, layout, attribution, bids, warnings), options);
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

  private static String decodeUtf8(byte[] bytes, List<Warning> warnings) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int first = text.indexOf('\uFFFD');
      warnings.add(new Warning(Math.max(first, 0), "bytes that are not UTF-8 replaced with U+FFFD, first"));
      return text;
    }
  }

  /** Options of a {@link WireParser}; every setter validates its argument at once. */
  public static final class Builder {
    private int maxInputSize = DEFAULT_MAX_INPUT_SIZE;
    private String articleId;
    private String defaultLanguage = DEFAULT_LANGUAGE;
    private int maxWarnings = DEFAULT_MAX_WARNINGS;

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
     * Builds the parser; the builder may be reused.
     *
     * @return an immutable, thread-safe parser
     */
    public WireParser build() {
      return new WireParser(this);
    }
  }
}
