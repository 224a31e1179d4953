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

  /** Unique within the article ("s1", "s2", ...). */
  public abstract String id();

  public abstract StatementKind kind();

  /** The id of the {@link Actor} who said it, when the text says. */
  public abstract Optional<String> speaker();

  /** The quoted words without their quotation marks, or the reported clause without the cue. */
  @Override
  public abstract String text();

  /** The verb or phrase that introduces it, as written ("said", "the letter reads"). */
  public abstract Optional<String> cue();

  /** How it was said, when the text says: "letter", "interview", "statement". */
  public abstract Optional<String> channel();

  /** Ids of the actors it was addressed to. */
  public abstract List<String> addressees();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Spanned.check(this);
  }

  /** Builds a {@link Statement}. */
  public static final class Builder extends ImmutableStatement.Builder {}
}
