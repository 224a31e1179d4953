package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One actor's stance on a tracked bid across every article that reports it, with each report as
 * evidence.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableTrackedPosition.class)
@JsonDeserialize(as = ImmutableTrackedPosition.class)
@JsonPropertyOrder({"actor", "stance", "articleCount", "firstReported", "lastReported", "evidence"})
public abstract class TrackedPosition {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected TrackedPosition() {}

  /**
   * The id of the tracked actor ({@link TrackedActor#id()}).
   *
   * @return the actor id
   */
  public abstract String actor();

  /**
   * The stance; an actor that changed its stance has one position for each.
   *
   * @return the stance
   */
  public abstract Stance stance();

  /**
   * How many distinct articles report this stance.
   *
   * @return the number of articles
   */
  public abstract int articleCount();

  /**
   * The earliest article date with a year among the evidence ("2024-03-05").
   *
   * @return the first date, or empty when no evidence has a dated article
   */
  public abstract Optional<String> firstReported();

  /**
   * The latest article date with a year among the evidence.
   *
   * @return the last date, or empty when no evidence has a dated article
   */
  public abstract Optional<String> lastReported();

  /**
   * Every report: one for each statement that shows the stance, or one for the article when it
   * reports the stance without a statement; dated ones first, by date.
   *
   * @return the evidence, in order; never empty for a tracked position
   */
  public abstract List<Evidence> evidence();

  /**
   * A new builder of {@link TrackedPosition}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrackedPosition}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableTrackedPosition.Builder {
    /** An empty builder; prefer {@link TrackedPosition#builder()}. */
    public Builder() {}
  }
}
