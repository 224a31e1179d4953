package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** An actor's stance on a bid, with the ids of the statements that show it. */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutablePosition.class)
@JsonDeserialize(as = ImmutablePosition.class)
@JsonPropertyOrder({"actor", "stance", "evidence"})
public abstract class Position {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Position() {}

  /**
   * The id of the actor taking the stance.
   *
   * @return the actor
   */
  public abstract String actor();

  /**
   * The stance the actor takes.
   *
   * @return the stance
   */
  public abstract Stance stance();

  /**
   * Ids of the statements that show the stance.
   *
   * @return the evidence, in order; empty when there are none
   */
  public abstract List<String> evidence();

  /**
   * A new builder of {@link Position}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePosition.Builder {
    /** An empty builder; prefer {@link Position#builder()}. */
    public Builder() {}
  }
}
