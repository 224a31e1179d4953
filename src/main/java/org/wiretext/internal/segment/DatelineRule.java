package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * The dateline opening the first body paragraph ("WASHINGTON, March 3 -", "BUCHAREST, Romania
 * (CNN) --"): cut off as a DATELINE region, so the paragraph starts after it, and recorded
 * with its place, ISO date and the agency in it as the credit. A paragraph that opens with
 * only "(CNN) --" gives a CREDIT region and no dateline.
 */
final class DatelineRule implements InlineRule {

  @Override
  public Optional<Cut> tryCut(SegmentContext ctx, TextRange paragraph, int index, int count) {
    if (index != 0 || ctx.dateline != null || ctx.datelineRange != null) {
      return Optional.empty();
    }
    Optional<DatelineScanner.Match> m = ctx.datelineAt(paragraph.start(), paragraph.end());
    if (m.isEmpty()) {
      return Optional.empty();
    }
    DatelineScanner.Match match = m.get();
    TextRange region = new TextRange(paragraph.start(), match.end());
    match.agency().ifPresent(a -> ctx.offerCredit(a, region.start(), true));
    TextRange rest = new TextRange(match.end(), paragraph.end()).trim(ctx.text);
    ctx.datelineRange = region;
    if (match.place().isEmpty()) {
      return Optional.of(new Cut(RegionKind.CREDIT, region, rest));
    }
    ctx.dateline = match;
    return Optional.of(new Cut(RegionKind.DATELINE, region, rest));
  }
}
