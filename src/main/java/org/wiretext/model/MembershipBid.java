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

  /** Unique within the article ("b1"). */
  public abstract String id();

  /** The id of the actor that seeks to join. */
  public abstract String applicant();

  /** The id of the actor it seeks to join. */
  public abstract String organization();

  public abstract BidStage stage();

  /** Every actor's reported stance on the bid. */
  public abstract List<Position> positions();

  /** How the decision is taken, when the article says. */
  public abstract Optional<DecisionRule> decisionRule();

  /** Dated steps of the bid, in text order. */
  public abstract List<Milestone> milestones();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MembershipBid}. */
  public static final class Builder extends ImmutableMembershipBid.Builder {}
}
