package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One place where an actor is mentioned, pronouns included: {@code {"text", "start", "end"}}. */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableMention.class)
@JsonDeserialize(as = ImmutableMention.class)
@JsonPropertyOrder({"text", "start", "end"})
public abstract class Mention implements Spanned {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Mention() {}

  /**
   * A mention of {@code text} from {@code start} (inclusive) to {@code end} (exclusive).
   *
   * @param text the mention as written
   * @param start first UTF-16 index, inclusive
   * @param end last UTF-16 index, exclusive
   * @return the mention
   * @throws IllegalArgumentException when the offsets are negative, reversed, or do not fit
   *     {@code text}'s length
   */
  public static Mention of(String text, int start, int end) {
    return builder().text(text).start(start).end(end).build();
  }

  /**
   * A new builder of {@link Mention}, with every required field still to set.
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

  /** Builds a {@link Mention}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableMention.Builder {
    /** An empty builder; prefer {@link Mention#builder()}. */
    public Builder() {}
  }
}
