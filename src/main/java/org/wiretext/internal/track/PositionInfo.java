package org.wiretext.internal.track;

import java.io.Serializable;
import java.util.List;
import org.wiretext.model.Stance;

/** One article's position on one of its bids, with the statements that show it. */
public record PositionInfo(ActorInfo actor, Stance stance, List<Quote> quotes) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the list, so the record is immutable. */
  public PositionInfo {
    quotes = List.copyOf(quotes);
  }
}
