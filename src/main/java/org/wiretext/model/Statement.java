package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who said what: a direct quote, reported speech, or reported speech quoting a fragment.
 * {@link #text()} is what was said, cut from the article's text at {@code [start, end)}.
 */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
@JsonPropertyOrder({"id", "kind", "speaker", "text", "cue", "channel", "addressees", "start", "end"})
public abstract class Statement implements Spanned {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected Statement() {}

  /**
   * Unique within the article ("s1", "s2", ...).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * How the statement is reported: direct, indirect or mixed.
   *
   * @return the kind
   */
  public abstract StatementKind kind();

  /**
   * The id of the {@link Actor} who said it, when the text says.
   *
   * @return the speaker, or empty when there is none
   */
  public abstract Optional<String> speaker();

  /**
   * What was said: the words inside the quotation marks (marks left out), or the reported clause with its cue left out.
   *
   * @return the text
   */
  @Override
  public abstract String text();

  /**
   * The verb or phrase that introduces it, as written ("said", "the letter reads").
   *
   * @return the cue, or empty when there is none
   */
  public abstract Optional<String> cue();

  /**
   * How it was said, when the text says: "letter", "interview", "statement".
   *
   * @return the channel, or empty when there is none
   */
  public abstract Optional<String> channel();

  /**
   * Ids of the actors it was addressed to.
   *
   * @return the addressees, in order; empty when there are none
   */
  public abstract List<String> addressees();

  /**
   * A new builder of {@link Statement}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates the built value (called by the generated implementation).
   *
   * @throws IllegalArgumentException when a field is out of range
   */
  @Value.Check
  protected void check() {
    Spanned.check(this);
  }

  /** Builds a {@link Statement}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableStatement.Builder {
    /** An empty builder; prefer {@link Statement#builder()}. */
    public Builder() {}
  }
}
