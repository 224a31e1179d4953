package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A body paragraph or any other piece of the article's text: {@code {"text", "start", "end"}}. */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
@JsonPropertyOrder({"text", "start", "end"})
public abstract class Span implements Spanned {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Span() {}

  /**
   * A span of {@code text} from {@code start} (inclusive) to {@code end} (exclusive).
   *
   * @param text the characters covered, exactly as written
   * @param start first UTF-16 index, inclusive
   * @param end last UTF-16 index, exclusive
   * @return the span
   * @throws IllegalArgumentException when the offsets are negative, reversed, or do not fit
   *     {@code text}'s length
   */
  public static Span of(String text, int start, int end) {
    return builder().text(text).start(start).end(end).build();
  }

  /**
   * Cuts the span {@code [start, end)} out of {@code source}.
   *
   * <pre>{@code
   * Span.cut("Ana said no.", 4, 8)   // {"text": "said", "start": 4, "end": 8}
   * }</pre>
   *
   * @param source the text the offsets index into
   * @param start first UTF-16 index, inclusive
   * @param end last UTF-16 index, exclusive
   * @return the span
   * @throws IndexOutOfBoundsException when the range is not inside {@code source}
   */
  public static Span cut(String source, int start, int end) {
    return of(source.substring(start, end), start, end);
  }

  /**
   * A new builder of {@link Span}, with every required field still to set.
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

  /** Builds a {@link Span}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSpan.Builder {
    /** An empty builder; prefer {@link Span#builder()}. */
    public Builder() {}
  }
}
