package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** How the organisation decides on admission ("consensus of 30 member countries"). */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableDecisionRule.class)
@JsonDeserialize(as = ImmutableDecisionRule.class)
@JsonPropertyOrder({"kind", "members", "body"})
public abstract class DecisionRule {

  public abstract RuleKind kind();

  /** The number of members who decide, when the article gives it. */
  public abstract Optional<Integer> members();

  /** The deciding body, when the article names it ("North Atlantic Council"). */
  public abstract Optional<String> body();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRule}. */
  public static final class Builder extends ImmutableDecisionRule.Builder {}
}
