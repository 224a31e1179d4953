package org.wiretext.internal.segment;

import java.util.List;
import java.util.Optional;
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

  /**
   * The claim of most blocks: the current block, whole, is one body paragraph. It is made
   * once and holds no piece (the segmenter takes the block's own range when it meets this
   * very claim), so that no claim, piece, list or optional is made for every paragraph.
   */
  static final Claim WHOLE_PARAGRAPH = new Claim(List.of(), 1);
  /** {@link #WHOLE_PARAGRAPH}, as a rule returns it. */
  static final Optional<Claim> WHOLE_PARAGRAPH_CLAIM = Optional.of(WHOLE_PARAGRAPH);

  Claim {
    pieces = List.copyOf(pieces);
  }

  static Claim region(RegionKind kind, TextRange range) {
    return new Claim(List.of(new Piece(kind, range)), 1);
  }

}
