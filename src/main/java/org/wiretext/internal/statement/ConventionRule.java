package org.wiretext.internal.statement;

import java.util.List;

/**
 * A convention of how a paragraph's statements are written down, applied after the quote and
 * clause rules found them; the attributor applies them in declared order.
 */
interface ConventionRule {

  /** The statements of {@code pt}, rewritten under this convention (in the same order). */
  List<Found> apply(ParagraphText pt, List<Found> found);
}
