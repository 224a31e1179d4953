package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * A line that is only a site label from {@code layout-furniture.tsv} ("Latest news", "Read
 * more", "Advertisement", "Share this article") is FURNITURE.
 */
final class SiteLabelRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (block.lineCount() == 1 && block.length() <= 60 && ctx.lex.isFurnitureLine(ctx.text(block))) {
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    return Optional.empty();
  }
}
