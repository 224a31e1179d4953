package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * Dataset markers ("[SN]URL[SN]", "@highlight"), bare link lines and separator lines ("|",
 * "___") and markup-only embed placeholders are furniture: the contract lists "dataset markers" and "link lines" among it.
 */
final class MarkerRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (block.lineCount() != 1 || block.length() > StructuralLines.MAX_URL
        || !StructuralLines.mayBeMarkerLine(ctx.text.charAt(block.start()), block.length())) {
      return Optional.empty();
    }
    String s = ctx.text(block);
    boolean highlight = StructuralLines.isHighlightMarker(s);
    if (highlight || StructuralLines.isMarker(s) || StructuralLines.isUrl(s)
        || StructuralLines.isSeparator(s) || StructuralLines.isMarkupOnly(s)) {
      ctx.afterHighlightMarker = highlight;
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    return Optional.empty();
  }
}
