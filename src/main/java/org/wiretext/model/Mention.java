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

  /** A mention of {@code text} from {@code start} (inclusive) to {@code end} (exclusive). */
  public static Mention of(String text, int start, int end) {
    return builder().text(text).start(start).end(end).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Spanned.check(this);
  }

  /** Builds a {@link Mention}. */
  public static final class Builder extends ImmutableMention.Builder {}
}
