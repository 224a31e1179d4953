package org.wiretext.internal.segment;

import java.util.Optional;

/** The last rule: whatever no other rule claimed is a body paragraph. */
final class BodyParagraphRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (ctx.paragraphsSoFar == 0) {
      ctx.leadHasDateline = ctx.startsWithDateline(block);
    }
    return Claim.WHOLE_PARAGRAPH_CLAIM;
  }
}
