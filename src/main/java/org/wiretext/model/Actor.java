package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A person, organisation, state or group the article mentions, once, with all its mentions. */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
@JsonPropertyOrder({"id", "name", "kind", "titles", "affiliations", "aliases", "mentions"})
public abstract class Actor {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Actor() {}

  /**
   * Unique within the article and stable for the same name ("ritchie-torres").
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Canonical name: the fullest form the text gives ("Ritchie Torres", "NATO").
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What the actor is: a person, organisation, state or group.
   *
   * @return the kind
   */
  public abstract ActorKind kind();

  /**
   * Roles as written, without the name ("Congressman", "US Ambassador to NATO").
   *
   * @return the titles, in order; empty when there are none
   */
  public abstract List<String> titles();

  /**
   * Parties, organisations or states the actor belongs to or represents.
   *
   * @return the affiliations, in order; empty when there are none
   */
  public abstract List<String> affiliations();

  /**
   * Every other surface form used for the actor ("Torres", "Congressman Torres").
   *
   * @return the aliases, in order; empty when there are none
   */
  public abstract List<String> aliases();

  /**
   * Every mention, pronouns that refer to the actor included, in text order.
   *
   * @return the mentions, in order; empty when there are none
   */
  public abstract List<Mention> mentions();

  /**
   * A new builder of {@link Actor}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableActor.Builder {
    /** An empty builder; prefer {@link Actor#builder()}. */
    public Builder() {}
  }
}
