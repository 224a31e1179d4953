package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * A rule that cuts a region off the start or end of a body paragraph: a dateline prefix, a
 * "./ REL" credit, an "E-mail to a friend" link. Tried in the order {@link Segmenter}
 * declares, repeatedly, until none cuts.
 */
interface InlineRule {

  /**
   * A region cut from a paragraph and the paragraph that remains (maybe empty).
   *
   * @param kind the region's kind
   * @param region the region, trimmed
   * @param rest the paragraph without it, trimmed
   */
  record Cut(RegionKind kind, TextRange region, TextRange rest) {}

  /**
   * @param paragraph the paragraph's current range
   * @param index its position among the body paragraphs
   * @param count how many body paragraphs there are
   */
  Optional<Cut> tryCut(SegmentContext ctx, TextRange paragraph, int index, int count);
}
