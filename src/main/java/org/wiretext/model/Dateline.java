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

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Dateline() {}

  /**
   * The place as written before the date or agency ("WASHINGTON", "BUCHAREST, Romania").
   *
   * @return the place
   */
  public abstract String place();

  /**
   * The date, ISO 8601 as precise as known ("2022-03-03", "--03-03" when no year is known).
   *
   * @return the date, or empty when there is none
   */
  public abstract Optional<String> date();

  /**
   * A new builder of {@link Dateline}, with every required field still to set.
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

  /** Builds a {@link Dateline}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableDateline.Builder {
    /** An empty builder; prefer {@link Dateline#builder()}. */
    public Builder() {}
  }
}
