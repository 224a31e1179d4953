package org.wiretext.internal.segment;

import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * The photo caption that web wire pages (CNN) place right after the datelined lead: one short
 * sentence, no quotation, describing the picture in the simple present ("Rescue workers search
 * the rubble in ..."). Body sentences report in the past, so a present-tense caption verb from
 * {@code layout-caption-verbs.tsv} among the first words, in this one position, marks it.
 */
final class PhotoCaptionRule implements BlockRule {

  private static final int MAX_WORDS = 20;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}'-]+");

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (!ctx.leadHasDateline || ctx.paragraphsSoFar != 1 || ctx.lastKind != null || ctx.isLast()
        || block.lineCount() != 1 || block.length() > 160) {
      return Optional.empty();
    }
    String s = ctx.folded(block);
    if (s.indexOf('"') >= 0 || !TextShapes.endsSentence(s)) {
      return Optional.empty();
    }
    String[] words = NON_WORD.split(s.toLowerCase(Locale.ROOT));
    if (words.length > MAX_WORDS || words.length < 4) {
      return Optional.empty();
    }
    boolean verb = false;
    for (int i = 0; i < words.length; i++) {
      if (ctx.lex.speechVerbs.contains(words[i])) {
        return Optional.empty();
      }
      if (i >= 1 && i <= 5 && ctx.lex.captionVerbs.contains(words[i])) {
        verb = true;
      }
    }
    return verb ? Optional.of(Claim.region(RegionKind.CAPTION, block.range())) : Optional.empty();
  }
}
