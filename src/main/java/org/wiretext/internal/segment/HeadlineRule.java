package org.wiretext.internal.segment;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * The headline: the first real title line, before any byline or body, that is one line of
 * title length and does not open with a dateline (a text that starts with its dateline
 * paragraph has no headline), nor reads as a reported sentence in the past tense. Every later block that repeats it (other quotes or spacing
 * allowed) is a HEADLINE region too; the field holds it once, normalised. A rubric prefix
 * from the kicker lexicon ("EXCLUSIVE: ...") is split off as the kicker.
 */
final class HeadlineRule implements BlockRule {

  private static final int MAX = 250;
  private static final int MAX_SENTENCE = 150;

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (ctx.headline != null) {
      return isRepeat(ctx, block)
          ? Optional.of(Claim.region(RegionKind.HEADLINE, block.range()))
          : Optional.empty();
    }
    if (ctx.bodyStarted || ctx.bylineSeen || ctx.isLast() || !isCandidate(ctx, block)) {
      return Optional.empty();
    }
    String folded = ctx.folded(block);
    int colon = folded.indexOf(": ");
    if (colon > 0 && colon <= 30 && ctx.kicker == null && ctx.lex.isKicker(folded.substring(0, colon))) {
      TextRange kicker = new TextRange(block.start(), block.start() + colon + 1);
      TextRange title = new TextRange(block.start() + colon + 1, block.end()).trim(ctx.text);
      ctx.kicker = TextShapes.normalise(folded.substring(0, colon));
      ctx.headline = TextShapes.normalise(ctx.source.slice(title));
      return Optional.of(new Claim(List.of(new Claim.Piece(RegionKind.KICKER, kicker),
          new Claim.Piece(RegionKind.HEADLINE, title)), 1));
    }
    ctx.headline = TextShapes.normalise(folded);
    return Optional.of(Claim.region(RegionKind.HEADLINE, block.range()));
  }

  /** Whether {@code block} has the shape of a title (used by the kicker rule too). */
  static boolean isCandidate(SegmentContext ctx, Block block) {
    if (block.lineCount() != 1 || block.length() > MAX) {
      return false;
    }
    String s = ctx.text(block);
    if (TextShapes.endsSentence(s) && (s.length() > MAX_SENTENCE || reportsInPastTense(s))) {
      return false;
    }
    if (s.endsWith(":") || TextShapes.wordCount(s) > 40 || ctx.startsWithDateline(block)) {
      return false;
    }
    return Character.isLetterOrDigit(TextShapes.firstLetterOrDigit(s));
  }

  /**
   * Headlines report in the present ("Minister says ..."); a first line that ends like a
   * sentence and reports in the past ("..., police said.") is a lead paragraph.
   */
  private static boolean reportsInPastTense(String s) {
    return s.contains(" said") || s.contains(" told ");
  }

  private static boolean isRepeat(SegmentContext ctx, Block block) {
    if (block.length() > 2 * ctx.headline.length() + 10) {
      return false;
    }
    return repeatKey(ctx.folded(block)).equals(headlineKey(ctx));
  }

  /**
   * The {@link #repeatKey} of the headline found, made once for all the blocks compared with
   * it (it is made again only if the headline changes).
   */
  private static String headlineKey(SegmentContext ctx) {
    if (ctx.headlineKeyOf != ctx.headline) {
      ctx.headlineKey = repeatKey(ctx.headline);
      ctx.headlineKeyOf = ctx.headline;
    }
    return ctx.headlineKey;
  }

  /** Whether {@code copy} repeats the title {@code title} (both short blocks). */
  static boolean repeats(SegmentContext ctx, Block title, Block copy) {
    if (title.length() > MAX || copy.length() > 2 * title.length() + 10 || copy.lineCount() != 1) {
      return false;
    }
    return repeatKey(ctx.folded(copy)).equals(repeatKey(ctx.folded(title)));
  }

  /** The comparison form of a title: the lexicon key without quotation marks. */
  private static String repeatKey(String s) {
    return TextShapes.key(s).replace("\"", "").replace("'", "");
  }
}
