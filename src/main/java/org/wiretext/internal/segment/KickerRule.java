package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * The kicker: a short label line above the headline ("Flash News", "Breaking", "Analysis").
 * A line from {@code layout-kickers.tsv} qualifies; so does, by shape, a short ALL-CAPS line
 * above a headline in ordinary case ("WORLD NEWS" over "Minister resigns ..."), and a short
 * label above a title that the page then repeats (sites print the headline twice, and what
 * stands above the first copy is the rubric). A short headline in ordinary case is otherwise
 * never taken for a kicker by shape alone.
 */
final class KickerRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (ctx.headline != null || ctx.kicker != null || ctx.bodyStarted || ctx.bylineSeen
        || block.lineCount() != 1 || block.length() > 40) {
      return Optional.empty();
    }
    Optional<Block> next = ctx.next();
    if (next.isEmpty() || !HeadlineRule.isCandidate(ctx, next.get())
        || ctx.index + 2 >= ctx.blocks.size()) {
      return Optional.empty();
    }
    String s = ctx.text(block);
    boolean lexicon = ctx.lex.isKicker(s);
    boolean shape = TextShapes.wordCount(s) <= 3 && TextShapes.isAllCaps(s) && !TextShapes.endsSentence(s)
        && !TextShapes.isAllCaps(ctx.text(next.get()));
    boolean repeated = TextShapes.wordCount(s) <= 4 && !TextShapes.endsSentence(s)
        && HeadlineRule.repeats(ctx, next.get(), ctx.blocks.get(ctx.index + 2));
    if (!lexicon && !shape && !repeated) {
      return Optional.empty();
    }
    ctx.kicker = TextShapes.normalise(stripColon(ctx.folded(block)));
    return Optional.of(Claim.region(RegionKind.KICKER, block.range()));
  }

  static String stripColon(String s) {
    String t = s.strip();
    return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
  }
}
