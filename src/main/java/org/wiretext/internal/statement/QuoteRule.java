package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;

/** One way a quotation is attributed; the attributor tries them in its declared order. */
interface QuoteRule {

  /**
   * The statement that quotation {@code q} of {@code pt} makes under this rule, or empty.
   *
   * @param earlier what the rules found so far in this paragraph, in order
   */
  Optional<Found> tryAttribute(ParagraphText pt, ParagraphText.QuoteTokens q, List<Found> earlier);
}
