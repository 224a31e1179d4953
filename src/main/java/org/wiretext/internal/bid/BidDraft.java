package org.wiretext.internal.bid;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.BidStage;
import org.wiretext.model.DecisionRule;
import org.wiretext.model.Stance;

/** A membership bid as the bid stage found it; actors are actor-table keys. */
public record BidDraft(
    String applicant,
    String organization,
    BidStage stage,
    List<PositionDraft> positions,
    Optional<DecisionRule> decisionRule,
    List<MilestoneDraft> milestones) {

  public BidDraft {
    positions = List.copyOf(positions);
    milestones = List.copyOf(milestones);
  }

  /** An actor's stance, with the indexes of the statements (in the attribution's list) that show it. */
  public record PositionDraft(String actor, Stance stance, List<Integer> evidence) {
    public PositionDraft {
      evidence = List.copyOf(evidence);
    }
  }

  /** A step of the bid at {@code range}, with its ISO date and the actor who took it when known. */
  public record MilestoneDraft(TextRange range, Optional<String> date, Optional<String> actor) {}
}
