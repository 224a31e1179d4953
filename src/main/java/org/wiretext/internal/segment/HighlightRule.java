package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * The block after an "@highlight" marker is a story highlight (CNN/DailyMail summaries):
 * a HIGHLIGHT region, not body text.
 */
final class HighlightRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (!ctx.afterHighlightMarker) {
      return Optional.empty();
    }
    ctx.afterHighlightMarker = false;
    return Optional.of(Claim.region(RegionKind.HIGHLIGHT, block.range()));
  }
}
