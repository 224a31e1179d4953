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

  /** A span of {@code text} from {@code start} (inclusive) to {@code end} (exclusive). */
  public static Span of(String text, int start, int end) {
    return builder().text(text).start(start).end(end).build();
  }

  /** Cuts the span {@code [start, end)} out of {@code source}. */
  public static Span cut(String source, int start, int end) {
    return of(source.substring(start, end), start, end);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Spanned.check(this);
  }

  /** Builds a {@link Span}. */
  public static final class Builder extends ImmutableSpan.Builder {}
}
