package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A dated step of a bid the article reports: a request sent, an application filed. */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
@JsonPropertyOrder({"text", "date", "actor", "start", "end"})
public abstract class Milestone implements Spanned {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Milestone() {}

  /**
   * ISO 8601 date as precise as written ("2022-02-24", "2022-03"), when known.
   *
   * @return the date, or empty when there is none
   */
  public abstract Optional<String> date();

  /**
   * The id of the actor who took the step, when known.
   *
   * @return the actor, or empty when there is none
   */
  public abstract Optional<String> actor();

  /**
   * A new builder of {@link Milestone}, with every required field still to set.
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

  /** Builds a {@link Milestone}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    /** An empty builder; prefer {@link Milestone#builder()}. */
    public Builder() {}
  }
}
