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

  /** ISO 8601 date as precise as written ("2022-02-24", "2022-03"), when known. */
  public abstract Optional<String> date();

  /** The id of the actor who took the step, when known. */
  public abstract Optional<String> actor();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Spanned.check(this);
  }

  /** Builds a {@link Milestone}. */
  public static final class Builder extends ImmutableMilestone.Builder {}
}
