package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * A line that is only a site label from {@code layout-furniture.tsv} ("Latest news", "Read
 * more", "Advertisement", "Share this article") is FURNITURE; so is a social-media follow
 * line ("Follow Jane Doe on Twitter @janedoe"), a link teaser ending in a guillemet arrow
 * ("Watch the rally \u00BB"), and so are the link titles listed under a list
 * heading ("Latest news", "Related"): single lines that do not end like a sentence.
 */
final class SiteLabelRule implements BlockRule {

  private static final java.util.List<String> NETWORKS =
      java.util.List.of(" on twitter", " on facebook", " on instagram", " on x ", " @");

  /**
   * "Watch the rally \u00BB": one phrase, an arrow after a blank, and no opening guillemet
   * (that would be a quotation).
   */
  static boolean isArrowTeaser(String s) {
    int n = s.length();
    return n > 2 && s.charAt(n - 1) == '\u00BB' && TextShapes.isBlank(s.charAt(n - 2)) && s.indexOf('\u00AB') < 0
        && !s.contains(". ") && !s.contains("? ") && !s.contains("! ");
  }

  static boolean isFollowLine(String s) {
    String l = s.toLowerCase(java.util.Locale.ROOT);
    int i = 0;
    while (i < l.length() && !Character.isLetter(l.charAt(i))) {
      i++;
    }
    if (!l.startsWith("follow ", i)) {
      return false;
    }
    for (String n : NETWORKS) {
      if (l.contains(n)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (block.lineCount() == 1 && block.length() <= 60 && ctx.lex.isFurnitureLine(ctx.text(block))) {
      ctx.inLinkList = ctx.lex.isListHeading(ctx.text(block));
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    if (ctx.inLinkList) {
      // the titles listed under "Latest news" / "Related": short lines that are not sentences
      ctx.inLinkList = block.lineCount() == 1 && block.length() <= 200
          && !TextShapes.endsSentence(ctx.text, block.start(), block.end());
      if (ctx.inLinkList) {
        return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
      }
    }
    if (block.lineCount() == 1 && block.length() <= 100 && (isFollowLine(ctx.folded(block))
        || isArrowTeaser(ctx.text(block)))) {
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    return Optional.empty();
  }
}
