package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * The deck: a second title line right under the headline, without sentence punctuation ("Would
 * be first black woman ever tapped ..."). It is a standfirst, so an OTHER region. A line under
 * the headline that ends like a sentence, or holds more than one, stays a paragraph: it may
 * carry a statement.
 */
final class DeckRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (ctx.bodyStarted || ctx.headline == null || !ctx.anyClaimed || ctx.lastKind != RegionKind.HEADLINE
        || ctx.isLast() || block.lineCount() != 1 || block.length() > 200) {
      return Optional.empty();
    }
    String s = ctx.text(block);
    if (TextShapes.endsSentence(s) || s.endsWith(":") || s.contains(". ") || TextShapes.wordCount(s) > 20
        || ctx.startsWithDateline(block)) {
      return Optional.empty();
    }
    return Optional.of(Claim.region(RegionKind.OTHER, block.range()));
  }
}
