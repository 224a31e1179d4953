package org.wiretext.internal.segment;

import java.util.Optional;

/**
 * One layout rule: looks at the current block (and, where the layout needs it, what came
 * before) and claims it, or returns empty to let the next rule try. Rules are tried in the
 * order {@link Segmenter} declares; the first claim wins. A rule that claims may record the
 * fields it found (headline, byline, ...) in the context.
 */
interface BlockRule {

  Optional<Claim> tryClaim(SegmentContext ctx, Block block);
}
