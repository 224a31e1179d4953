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

  /** The id of the actor taking the stance. */
  public abstract String actor();

  public abstract Stance stance();

  /** Ids of the statements that show the stance. */
  public abstract List<String> evidence();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}. */
  public static final class Builder extends ImmutablePosition.Builder {}
}
