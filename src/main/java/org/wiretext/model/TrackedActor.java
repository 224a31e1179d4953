package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An actor merged across articles: the same person, organisation or state under every form the
 * articles use.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableTrackedActor.class)
@JsonDeserialize(as = ImmutableTrackedActor.class)
@JsonPropertyOrder({"id", "name", "kind", "titles", "aliases", "articles"})
public abstract class TrackedActor {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected TrackedActor() {}

  /**
   * Unique within the tracker, derived from the name as an article actor id is ("ritchie-torres").
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The canonical name: the fullest form the articles give.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What the actor is.
   *
   * @return the kind
   */
  public abstract ActorKind kind();

  /**
   * Every role the articles give the actor, sorted.
   *
   * @return the titles, sorted; empty when there are none
   */
  public abstract List<String> titles();

  /**
   * Every other surface form the articles use, the names merged in included, sorted.
   *
   * @return the aliases, sorted; empty when there are none
   */
  public abstract List<String> aliases();

  /**
   * The ids of the articles whose bids name the actor, sorted.
   *
   * @return the article ids, sorted
   */
  public abstract List<String> articles();

  /**
   * A new builder of {@link TrackedActor}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrackedActor}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableTrackedActor.Builder {
    /** An empty builder; prefer {@link TrackedActor#builder()}. */
    public Builder() {}
  }
}
