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

  /** Unique within the article and stable for the same name ("ritchie-torres"). */
  public abstract String id();

  /** Canonical name: the fullest form the text gives ("Ritchie Torres", "NATO"). */
  public abstract String name();

  public abstract ActorKind kind();

  /** Roles as written, without the name ("Congressman", "US Ambassador to NATO"). */
  public abstract List<String> titles();

  /** Parties, organisations or states the actor belongs to or represents. */
  public abstract List<String> affiliations();

  /** Every other surface form used for the actor ("Torres", "Congressman Torres"). */
  public abstract List<String> aliases();

  /** Every mention, pronouns that refer to the actor included, in text order. */
  public abstract List<Mention> mentions();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}. */
  public static final class Builder extends ImmutableActor.Builder {}
}
