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

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected DecisionRule() {}

  /**
   * How the decision is taken.
   *
   * @return the kind
   */
  public abstract RuleKind kind();

  /**
   * The number of members who decide, when the article gives it.
   *
   * @return the members, or empty when there is none
   */
  public abstract Optional<Integer> members();

  /**
   * The deciding body, when the article names it ("North Atlantic Council").
   *
   * @return the body, or empty when there is none
   */
  public abstract Optional<String> body();

  /**
   * A new builder of {@link DecisionRule}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRule}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableDecisionRule.Builder {
    /** An empty builder; prefer {@link DecisionRule#builder()}. */
    public Builder() {}
  }
}
