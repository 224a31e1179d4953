package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One news article: its layout, the actors it mentions, who said what, and the membership
 * bids it reports. Every span indexes into {@link #text()}. Serialised by
 * {@code org.wiretext.WireTextJson} as the {@code wiretext/1} JSON contract.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
@JsonPropertyOrder({"schema", "id", "format", "text", "slug", "published", "headline", "kicker",
    "byline", "credit", "dateline", "language", "paragraphs", "actors", "statements", "bids",
    "regions", "metadata", "warnings"})
public abstract class Article {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Article() {}

  /** The contract this article follows. */
  public static final String SCHEMA = "wiretext/1";

  /**
   * Always {@value #SCHEMA}.
   *
   * @return the contract's name
   */
  @JsonProperty("schema")
  @Value.Default
  public String schema() {
    return SCHEMA;
  }

  /**
   * Stable identifier: the format's own, the caller's, or derived from the content.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The input format recognised.
   *
   * @return the format
   */
  public abstract Format format();

  /**
   * The text every span indexes into.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The story's keyword or slug line, where there is one.
   *
   * @return the slug, or empty when there is none
   */
  public abstract Optional<String> slug();

  /**
   * Publication or version time, ISO 8601 as precise as known.
   *
   * @return the publication time, or empty when it is not known
   */
  public abstract Optional<String> published();

  /**
   * The headline, once, with normalised quotes and apostrophes.
   *
   * @return the headline, or empty when there is none
   */
  public abstract Optional<String> headline();

  /**
   * A section or label line above the headline ("Flash News").
   *
   * @return the kicker, or empty when there is none
   */
  public abstract Optional<String> kicker();

  /**
   * The author as credited ("Jane Doe" from "By Jane Doe").
   *
   * @return the byline, or empty when there is none
   */
  public abstract Optional<String> byline();

  /**
   * The agency or source credited in the text, as written ("Reuters", "REL").
   *
   * @return the credit, or empty when there is none
   */
  public abstract Optional<String> credit();

  /**
   * The dateline opening the story, when there is one.
   *
   * @return the dateline, or empty when there is none
   */
  public abstract Optional<Dateline> dateline();

  /**
   * BCP 47 language tag ("en").
   *
   * @return the language
   */
  public abstract String language();

  /**
   * Body paragraphs only, in order.
   *
   * @return the paragraphs, in order; empty when there are none
   */
  public abstract List<Span> paragraphs();

  /**
   * Every distinct actor mentioned, each once.
   *
   * @return the actors, in order; empty when there are none
   */
  public abstract List<Actor> actors();

  /**
   * Statements in order of appearance.
   *
   * @return the statements, in order; empty when there are none
   */
  public abstract List<Statement> statements();

  /**
   * Every membership bid the article reports.
   *
   * @return the bids, in order; empty when there are none
   */
  public abstract List<MembershipBid> bids();

  /**
   * Every part of the text that is not a body paragraph, with its kind, in text order.
   *
   * @return the regions, in order; empty when there are none
   */
  public abstract List<Region> regions();

  /**
   * Format-specific raw values as given, in the order the format reader records them, so the
   * same input always writes the same JSON.
   *
   * @return the metadata, in a fixed order; empty when there are none
   */
  public abstract Map<String, String> metadata();

  /**
   * What the parser could not interpret, with positions.
   *
   * @return the warnings, in order; empty when there are none
   */
  public abstract List<String> warnings();

  /**
   * A new builder of {@link Article}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates the built value (called by the generated implementation).
   *
   * @throws IllegalArgumentException when a field is out of range
   */
  @Value.Check
  protected void check() {
    if (!SCHEMA.equals(schema())) {
      throw new IllegalArgumentException("unsupported schema " + schema() + ", expected " + SCHEMA);
    }
    int length = text().length();
    for (Span p : paragraphs()) {
      checkWithin(p, length);
    }
    for (Region r : regions()) {
      checkWithin(r, length);
    }
  }

  private static void checkWithin(Spanned s, int length) {
    if (s.end() > length) {
      throw new IllegalArgumentException(
          "span [" + s.start() + ", " + s.end() + ") is past the end of the text (" + length + ")");
    }
  }

  /** Builds an {@link Article}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableArticle.Builder {
    /** An empty builder; prefer {@link Article#builder()}. */
    public Builder() {}
  }
}
