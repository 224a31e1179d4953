package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A part of the text that is not a body paragraph (headline, kicker, byline, credit,
 * dateline, furniture, ...). Paragraphs and regions together account for every non-blank
 * character of the article's text.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableRegion.class)
@JsonDeserialize(as = ImmutableRegion.class)
@JsonPropertyOrder({"kind", "text", "start", "end"})
public abstract class Region implements Spanned {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Region() {}

  /**
   * What this part of the text is.
   *
   * @return the kind
   */
  public abstract RegionKind kind();

  /**
   * A region of the given kind.
   *
   * @param kind what this part of the text is
   * @param text the characters covered, exactly as written
   * @param start first UTF-16 index, inclusive
   * @param end last UTF-16 index, exclusive
   * @return the region
   * @throws IllegalArgumentException when the offsets are negative, reversed, or do not fit
   *     {@code text}'s length
   */
  public static Region of(RegionKind kind, String text, int start, int end) {
    return builder().kind(kind).text(text).start(start).end(end).build();
  }

  /**
   * A new builder of {@link Region}, with every required field still to set.
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
    Spanned.check(this);
  }

  /** Builds a {@link Region}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableRegion.Builder {
    /** An empty builder; prefer {@link Region#builder()}. */
    public Builder() {}
  }
}
