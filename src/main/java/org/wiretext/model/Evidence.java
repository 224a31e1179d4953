package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One report of a tracked position: the article, the statement that shows it (when one does),
 * the article's date and dateline place, and the words said.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
@JsonPropertyOrder({"article", "statement", "date", "place", "quote"})
public abstract class Evidence {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Evidence() {}

  /**
   * The id of the article that reports the stance.
   *
   * @return the article id
   */
  public abstract String article();

  /**
   * The id of the statement in that article that shows the stance; empty when the article
   * reports the stance in its own words.
   *
   * @return the statement id, or empty when there is none
   */
  public abstract Optional<String> statement();

  /**
   * The article's date, ISO 8601 as precise as known: its publication date, else its dateline's
   * date ("--05-04" when the year is not given).
   *
   * @return the date, or empty when there is none
   */
  public abstract Optional<String> date();

  /**
   * Where the article was filed: its dateline's place.
   *
   * @return the place, or empty when there is none
   */
  public abstract Optional<String> place();

  /**
   * What the statement says (its text), when there is a statement.
   *
   * @return the quote, or empty when there is none
   */
  public abstract Optional<String> quote();

  /**
   * A new builder of {@link Evidence}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Evidence}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableEvidence.Builder {
    /** An empty builder; prefer {@link Evidence#builder()}. */
    public Builder() {}
  }
}
