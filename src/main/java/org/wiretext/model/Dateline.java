package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dateline opening the story ("WASHINGTON, March 3 -", "BUCHAREST, Romania (CNN) --"):
 * the place as written, the date when one is given, and the whole dateline's span.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableDateline.class)
@JsonDeserialize(as = ImmutableDateline.class)
@JsonPropertyOrder({"place", "date", "text", "start", "end"})
public abstract class Dateline implements Spanned {

  /** The place as written before the date or agency ("WASHINGTON", "BUCHAREST, Romania"). */
  public abstract String place();

  /** The date, ISO 8601 as precise as known ("2022-03-03", "--03-03" when no year is known). */
  public abstract Optional<String> date();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Spanned.check(this);
  }

  /** Builds a {@link Dateline}. */
  public static final class Builder extends ImmutableDateline.Builder {}
}
