package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.internal.segment.Lexicons.LabelRole;
import org.wiretext.model.RegionKind;

/**
 * Archive standfirsts: an "ABSTRACT." marker, the summary after it, and the "FULL TEXT."
 * marker before the body. The markers are FURNITURE; the summary is a standfirst, which the
 * contract keeps out of the paragraphs (an OTHER region). Without a closing marker within a
 * few blocks only the one block after "ABSTRACT." is taken, so a stray label cannot swallow
 * the story.
 */
final class StandfirstRule implements BlockRule {

  private static final int LOOKAHEAD = 6;

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    Optional<LabelRole> label = block.lineCount() == 1 && block.length() <= 30
        ? ctx.lex.label(ctx.text(block)) : Optional.empty();
    if (label.isPresent() && label.get() == LabelRole.ABSTRACT) {
      int until = ctx.index + 2;
      for (int i = ctx.index + 1; i < Math.min(ctx.blocks.size(), ctx.index + 1 + LOOKAHEAD); i++) {
        Block b = ctx.blocks.get(i);
        if (b.length() <= 30 && ctx.lex.label(ctx.text(b)).orElse(null) == LabelRole.FULL_TEXT) {
          until = i;
          break;
        }
      }
      ctx.standfirstUntil = until;
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    if (label.isPresent() && label.get() == LabelRole.FULL_TEXT) {
      ctx.standfirstUntil = -1;
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    if (ctx.index < ctx.standfirstUntil) {
      return Optional.of(Claim.region(RegionKind.OTHER, block.range()));
    }
    return Optional.empty();
  }
}
