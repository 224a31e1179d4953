package org.wiretext.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One article's report of how far a tracked bid has gone. */
@Value.Immutable
@WireTextStyle
@JsonSerialize(as = ImmutableStageReport.class)
@JsonDeserialize(as = ImmutableStageReport.class)
@JsonPropertyOrder({"article", "date", "stage"})
public abstract class StageReport {

  /** For the generated implementation only: build instances with {@link #builder()}. */
  protected StageReport() {}

  /**
   * The id of the article.
   *
   * @return the article id
   */
  public abstract String article();

  /**
   * The article's date, as in {@link Evidence#date()}.
   *
   * @return the date, or empty when there is none
   */
  public abstract Optional<String> date();

  /**
   * The stage the article reports.
   *
   * @return the stage
   */
  public abstract BidStage stage();

  /**
   * A new builder of {@link StageReport}, with every required field still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StageReport}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableStageReport.Builder {
    /** An empty builder; prefer {@link StageReport#builder()}. */
    public Builder() {}
  }
}
