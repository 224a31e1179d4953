package org.wiretext.internal.segment;

import java.util.List;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * What a {@link BlockRule} says one or more blocks are: pieces in text order, each a region of
 * some kind or (kind {@code null}) a body paragraph.
 *
 * @param pieces the parts of the claimed blocks, covering all their visible characters
 * @param blocks how many blocks, from the current one, the claim consumes
 */
record Claim(List<Piece> pieces, int blocks) {

  /** One part of a claim; {@code kind == null} means a body paragraph. */
  record Piece(RegionKind kind, TextRange range) {}

  Claim {
    pieces = List.copyOf(pieces);
  }

  static Claim region(RegionKind kind, TextRange range) {
    return new Claim(List.of(new Piece(kind, range)), 1);
  }

  static Claim paragraph(TextRange range) {
    return new Claim(List.of(new Piece(null, range)), 1);
  }
}
