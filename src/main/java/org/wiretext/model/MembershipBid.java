package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A state's bid to join an organisation or programme, as the article reports it. */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableMembershipBid.class)
@JsonDeserialize(as = ImmutableMembershipBid.class)
@JsonPropertyOrder({"id", "applicant", "organization", "stage", "positions", "decisionRule", "milestones"})
public abstract class MembershipBid {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected MembershipBid() {}

  /**
   * Unique within the article ("b1").
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The id of the actor that seeks to join.
   *
   * @return the applicant
   */
  public abstract String applicant();

  /**
   * The id of the actor it seeks to join.
   *
   * @return the organization
   */
  public abstract String organization();

  /**
   * How far the bid has gone, from the most advanced step the article reports.
   *
   * @return the stage
   */
  public abstract BidStage stage();

  /**
   * Every actor's reported stance on the bid.
   *
   * @return the positions, in order; empty when there are none
   */
  public abstract List<Position> positions();

  /**
   * How the decision is taken, when the article says.
   *
   * @return the decision rule, or empty when there is none
   */
  public abstract Optional<DecisionRule> decisionRule();

  /**
   * Dated steps of the bid, in text order.
   *
   * @return the milestones, in order; empty when there are none
   */
  public abstract List<Milestone> milestones();

  /**
   * A new builder of {@link MembershipBid}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MembershipBid}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableMembershipBid.Builder {
    /** An empty builder; prefer {@link MembershipBid#builder()}. */
    public Builder() {}
  }
}
