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

  /** What this part of the text is. */
  public abstract RegionKind kind();

  /** A region of the given kind. */
  public static Region of(RegionKind kind, String text, int start, int end) {
    return builder().kind(kind).text(text).start(start).end(end).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Spanned.check(this);
  }

  /** Builds a {@link Region}. */
  public static final class Builder extends ImmutableRegion.Builder {}
}
