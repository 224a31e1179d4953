package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * Subheads: a short line between body paragraphs that does not end like a sentence ("Smooth
 * transition", "Powell: 'Business as usual' for now"). At most ten words and 80 characters,
 * starting with a capital, digit or quotation mark.
 */
final class SubheadRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (!ctx.bodyStarted || ctx.isLast() || block.lineCount() != 1 || block.length() > 80) {
      return Optional.empty();
    }
    String s = ctx.folded(block);
    char last = s.charAt(s.length() - 1);
    char first = s.charAt(0);
    if (TextShapes.endsSentence(s) || last == ',' || last == ';' || last == ':'
        || TextShapes.wordCount(s) > 10
        || !(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\'')) {
      return Optional.empty();
    }
    return Optional.of(Claim.region(RegionKind.SUBHEAD, block.range()));
  }
}
