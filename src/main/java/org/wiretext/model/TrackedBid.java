package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A bid merged across articles by applicant and organisation: its latest stage, every stage
 * report, and every actor's positions with their evidence.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableTrackedBid.class)
@JsonDeserialize(as = ImmutableTrackedBid.class)
@JsonPropertyOrder({"id", "applicant", "organization", "stage", "articles", "stages", "positions"})
public abstract class TrackedBid {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected TrackedBid() {}

  /**
   * The applicant and organisation ids joined by a slash ("georgia/nato").
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The id of the tracked actor that seeks to join.
   *
   * @return the applicant
   */
  public abstract String applicant();

  /**
   * The id of the tracked actor it seeks to join.
   *
   * @return the organization
   */
  public abstract String organization();

  /**
   * The latest stage reached: the most advanced step of the progression from {@link
   * BidStage#ASPIRANT} to {@link BidStage#MEMBER} any article reports, unless a rejection or
   * withdrawal is reported and no step of the progression is reported at a later date; {@link
   * BidStage#UNKNOWN} only when every article says so.
   *
   * @return the stage
   */
  public abstract BidStage stage();

  /**
   * The ids of the articles that report the bid, sorted.
   *
   * @return the article ids, sorted
   */
  public abstract List<String> articles();

  /**
   * Every article's stage report, dated ones first, by date.
   *
   * @return the stage reports, in order
   */
  public abstract List<StageReport> stages();

  /**
   * Every actor's stances, by actor id then stance.
   *
   * @return the positions, in order; empty when there are none
   */
  public abstract List<TrackedPosition> positions();

  /**
   * A new builder of {@link TrackedBid}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrackedBid}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableTrackedBid.Builder {
    /** An empty builder; prefer {@link TrackedBid#builder()}. */
    public Builder() {}
  }
}
