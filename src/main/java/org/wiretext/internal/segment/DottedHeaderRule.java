package org.wiretext.internal.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.segment.Lexicons.LabelRole;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * The one-line page header of flattened Daily Mail copy, its fields joined by " . ": "By .
 * Jane Doe . PUBLISHED: . 09:15 EST, 2 May 2016 . | . UPDATED: . 11:02 EST, 2 May 2016 ."
 * The "By . name" part is the BYLINE, the labels, times and bars are FURNITURE (the
 * published time fills {@code published}), and whatever follows the header on the same line
 * is a body paragraph. Only the first 400 characters are examined.
 */
final class DottedHeaderRule implements BlockRule {

  private static final int MAX_HEADER = 400;
  private static final String SEP = " . ";

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (ctx.bodyStarted || block.lineCount() != 1 || block.length() < 8) {
      return Optional.empty();
    }
    String f = ctx.folded.substring(block.start(), Math.min(block.end(), block.start() + MAX_HEADER));
    boolean byStart = f.regionMatches(true, 0, "By .", 0, 4) || f.regionMatches(true, 0, "By:", 0, 3);
    boolean timeStart = f.regionMatches(true, 0, "PUBLISHED: .", 0, 12) || f.regionMatches(true, 0, "UPDATED: .", 0, 10);
    if (!byStart && !timeStart) {
      return Optional.empty();
    }
    int pos = 0;
    int bylineEnd = -1;
    int headerEnd = -1;
    LabelRole pending = null;
    boolean expectName = false;
    while (pos < f.length()) {
      int next = f.indexOf(SEP, pos);
      int segEnd = next < 0 ? f.length() : next;
      String seg = f.substring(pos, segEnd).strip();
      String bare = seg.endsWith(".") ? seg.substring(0, seg.length() - 1).strip() : seg;
      Optional<LabelRole> label = ctx.lex.label(bare);
      Optional<Timestamps.Stamp> stamp = ctx.timestamps.parse(bare);
      if (pos == 0 && byStart && (bare.equalsIgnoreCase("By") || bare.equalsIgnoreCase("By:"))) {
        expectName = true;
      } else if (expectName && NameShape.isNameList(bare)) {
        expectName = false;
        ctx.bylineSeen = true;
        if (ctx.byline == null) {
          ctx.byline = TextShapes.normalise(bare);
        }
        bylineEnd = segEnd;
        while (bylineEnd > pos && TextShapes.isBlank(f.charAt(bylineEnd - 1))) {
          bylineEnd--;
        }
      } else if (label.isPresent() && (label.get() == LabelRole.PUBLISHED || label.get() == LabelRole.UPDATED)) {
        pending = label.get();
      } else if (stamp.isPresent() && stamp.get().hasDate()) {
        if (pending == LabelRole.UPDATED) {
          ctx.updated = ctx.updated == null ? stamp.get().iso() : ctx.updated;
        } else if (ctx.published == null) {
          ctx.published = stamp.get().iso();
        }
        pending = null;
      } else if (!bare.isEmpty() && !StructuralLines.isSeparator(bare)) {
        break;
      }
      headerEnd = segEnd;
      if (next < 0) {
        break;
      }
      pos = next + SEP.length() - 1; // keep the segment's leading blank out, the dot in
    }
    if (headerEnd <= 0 || (byStart && bylineEnd < 0)) {
      return Optional.empty();
    }
    ctx.bylineSeen = true; // the page header sits under the headline: no title after it
    List<Claim.Piece> pieces = new ArrayList<>();
    int start = block.start();
    int furnitureFrom = start;
    if (bylineEnd > 0) {
      pieces.add(new Claim.Piece(RegionKind.BYLINE, new TextRange(start, start + bylineEnd)));
      furnitureFrom = start + bylineEnd;
    }
    int headerStop = start + headerEnd;
    if (headerStop < block.end() && ctx.text.charAt(headerStop) == ' ' && headerStop + 1 < block.end()
        && ctx.text.charAt(headerStop + 1) == '.') {
      headerStop += 2; // the " ." closing the header
    }
    TextRange furniture = new TextRange(furnitureFrom, headerStop).trim(ctx.text);
    if (!furniture.isEmpty()) {
      pieces.add(new Claim.Piece(RegionKind.FURNITURE, furniture));
    }
    TextRange rest = new TextRange(headerStop, block.end()).trim(ctx.text);
    if (!rest.isEmpty()) {
      pieces.add(new Claim.Piece(null, rest));
    }
    return Optional.of(new Claim(pieces, 1));
  }
}
