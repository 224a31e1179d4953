package org.wiretext.internal.segment;

import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * Photo captions in "Label: description" form, as web pages print them between paragraphs
 * ("Flooded: Residents of the valley wade through the main street on Sunday"). The shape: one
 * line between body paragraphs, a label of one to five words (maybe quoted) with no verb of
 * saying, a colon, a description of five or more words, and no sentence punctuation at the
 * end: body sentences end with a full stop, captions on these pages do not.
 */
final class CaptionRule implements BlockRule {

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (!ctx.bodyStarted || ctx.isLast() || block.lineCount() != 1 || block.length() < 40
        || block.length() > 300) {
      return Optional.empty();
    }
    if (TextShapes.endsSentence(ctx.folded, block.start(), block.end())) {
      return Optional.empty(); // most body paragraphs: decided before copying the line
    }
    String s = ctx.folded(block);
    if (s.endsWith(",") || s.endsWith(":") || s.endsWith(";")
        || TrailingCreditRule.slashCodeStart(s) > 0) {
      return Optional.empty();
    }
    int colon = s.indexOf(": ");
    if (colon <= 0 || colon > 40) {
      return Optional.empty();
    }
    String label = s.substring(0, colon);
    String rest = s.substring(colon + 2).strip();
    int labelWords = TextShapes.wordCount(label);
    char first = label.charAt(0);
    if (labelWords < 1 || labelWords > 5 || !(Character.isUpperCase(first) || first == '\'' || first == '"')
        || TextShapes.wordCount(rest) < 5 || rest.isEmpty()
        || !(Character.isUpperCase(rest.charAt(0)) || rest.charAt(0) == '\'' || rest.charAt(0) == '"')) {
      return Optional.empty();
    }
    for (String w : NON_LETTERS.split(label.toLowerCase(Locale.ROOT))) {
      if (ctx.lex.speechVerbs.contains(w)) {
        return Optional.empty();
      }
    }
    return Optional.of(Claim.region(RegionKind.CAPTION, block.range()));
  }
}
