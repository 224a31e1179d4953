package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * A line that is only a site label from {@code layout-furniture.tsv} ("Latest news", "Read
 * more", "Advertisement", "Share this article") is FURNITURE; so is a social-media follow
 * line ("Follow Jane Doe on Twitter @janedoe").
 */
final class SiteLabelRule implements BlockRule {

  private static final java.util.List<String> NETWORKS =
      java.util.List.of(" on twitter", " on facebook", " on instagram", " on x ", " @");

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
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    if (block.lineCount() == 1 && block.length() <= 100 && isFollowLine(ctx.folded(block))) {
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    return Optional.empty();
  }
}
