package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * A rubric from the kicker lexicon alone on a line anywhere but above the headline
 * ("LETTERS." under it, "Analysis" mid-page) is a section label: FURNITURE.
 */
final class SectionLabelRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (block.lineCount() == 1 && block.length() <= 40 && ctx.lex.isKicker(ctx.text(block))) {
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    return Optional.empty();
  }
}
