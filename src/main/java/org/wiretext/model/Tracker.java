package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The membership bids of many articles merged into one picture: every bid once, by applicant
 * and organisation, with who has backed or opposed it, when each stance was first and last
 * reported and where, traceable to each article and statement. The JSON document
 * {@code wiretext-tracker/1}, built by {@code org.wiretext.BidTracker}.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableTracker.class)
@JsonDeserialize(as = ImmutableTracker.class)
@JsonPropertyOrder({"schema", "articles", "actors", "bids"})
public abstract class Tracker {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Tracker() {}

  /** The contract this type serialises to: {@value}. */
  public static final String SCHEMA = "wiretext-tracker/1";

  /**
   * The contract's name and version.
   *
   * @return always {@value #SCHEMA}
   */
  @JsonProperty("schema")
  @Value.Default
  public String schema() {
    return SCHEMA;
  }

  /**
   * The ids of the articles that report at least one bid, sorted.
   *
   * @return the article ids, sorted
   */
  public abstract List<String> articles();

  /**
   * Every actor the bids name (applicants, organisations, position holders), merged across
   * articles, by id.
   *
   * @return the actors, sorted by id
   */
  public abstract List<TrackedActor> actors();

  /**
   * Every distinct bid, by id.
   *
   * @return the bids, sorted by id
   */
  public abstract List<TrackedBid> bids();

  /**
   * A new builder of {@link Tracker}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates the built value (called by the generated implementation).
   *
   * @throws IllegalArgumentException when the schema is not {@value #SCHEMA}
   */
  @Value.Check
  protected void check() {
    if (!SCHEMA.equals(schema())) {
      throw new IllegalArgumentException("unsupported schema " + schema() + ", expected " + SCHEMA);
    }
  }

  /** Builds a {@link Tracker}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableTracker.Builder {
    /** An empty builder; prefer {@link Tracker#builder()}. */
    public Builder() {}
  }
}
