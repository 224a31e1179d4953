package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.internal.segment.Lexicons.LabelRole;
import org.wiretext.model.RegionKind;

/**
 * Publication furniture: "PUBLISHED:" and "UPDATED:" labels, alone or with their time, and
 * timestamp lines ("09:15 EST, 2 May 2016") are FURNITURE; the time a "published" label
 * gives (or, failing that, the first dated line before the body) fills
 * {@code published}. A bare time between paragraphs ("6:05 p.m." in a live file) is a
 * subhead.
 */
final class TimestampRule implements BlockRule {

  private static LabelRole timeLabel(SegmentContext ctx, String s) {
    LabelRole role = ctx.lex.label(s).orElse(null);
    return role == LabelRole.PUBLISHED || role == LabelRole.UPDATED ? role : null;
  }

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (block.lineCount() != 1 || block.length() > 80) {
      return Optional.empty();
    }
    String s = ctx.text(block);
    Optional<LabelRole> label = ctx.lex.label(s);
    if (label.isPresent() && (label.get() == LabelRole.PUBLISHED || label.get() == LabelRole.UPDATED)) {
      ctx.pendingTimeLabel = label.get();
      return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
    }
    if (!Timestamps.hasDigit(s)) {
      // no part of the line can be a timestamp (a timestamp has a digit), so its opening words
      // need not be looked up as labels: the parse below would fail whatever they are
      return Optional.empty();
    }
    LabelRole role = ctx.pendingTimeLabel;
    int colon = s.indexOf(':');
    if (colon > 0 && colon < 20 && timeLabel(ctx, s.substring(0, colon)) != null) {
      role = timeLabel(ctx, s.substring(0, colon));
      s = s.substring(colon + 1);
    } else {
      // "Last updated at 4:05 PM on 12th March 2011": a label of one to three words, no colon
      int end = 0;
      for (int words = 1; words <= 3 && end >= 0; words++) {
        end = s.indexOf(' ', end + 1);
        if (end > 0 && timeLabel(ctx, s.substring(0, end)) != null) {
          role = timeLabel(ctx, s.substring(0, end));
          s = s.substring(end + 1);
          break;
        }
      }
    }
    Optional<Timestamps.Stamp> stamp = ctx.timestamps.parse(s.strip());
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    ctx.pendingTimeLabel = null;
    if (!stamp.get().hasDate()) {
      return Optional.of(Claim.region(
          ctx.bodyStarted ? RegionKind.SUBHEAD : RegionKind.FURNITURE, block.range()));
    }
    String iso = stamp.get().iso();
    if (role == LabelRole.UPDATED) {
      if (ctx.updated == null) {
        ctx.updated = iso;
      }
    } else if (ctx.published == null && (role == LabelRole.PUBLISHED || !ctx.bodyStarted)) {
      ctx.published = iso;
    }
    return Optional.of(Claim.region(RegionKind.FURNITURE, block.range()));
  }
}
