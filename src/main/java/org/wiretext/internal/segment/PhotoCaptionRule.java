package org.wiretext.internal.segment;

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
    return isCaption(s.toLowerCase(Locale.ROOT), ctx.lex)
        ? Optional.of(Claim.region(RegionKind.CAPTION, block.range()))
        : Optional.empty();
  }

  /**
   * Whether the {@link #words} of {@code lower} make a caption: 4 to {@value #MAX_WORDS} of
   * them, no speech verb, a caption verb in positions 1 to 5. The words are taken one at a
   * time, not collected first: the answer is no as soon as a speech verb or one word too many
   * turns up, and the block tested is a body paragraph that most often says "said" early on.
   */
  static boolean isCaption(String lower, Lexicons lex) {
    int n = lower.length();
    // a word's position among the words that splitting at [^\p{L}'-]+ gives, an empty first
    // word before an opening separator included
    int index = n > 0 && !isWordPart(lower.codePointAt(0)) ? 1 : 0;
    boolean verb = false;
    int i = 0;
    while (i < n) {
      while (i < n && !isWordPart(lower.codePointAt(i))) {
        i += Character.charCount(lower.codePointAt(i));
      }
      int start = i;
      while (i < n && isWordPart(lower.codePointAt(i))) {
        i += Character.charCount(lower.codePointAt(i));
      }
      if (i > start) {
        if (index >= MAX_WORDS) {
          return false; // more than MAX_WORDS words
        }
        String word = lower.substring(start, i);
        if (lex.speechVerbs.contains(word)) {
          return false;
        }
        if (index >= 1 && index <= 5 && lex.captionVerbs.contains(word)) {
          verb = true;
        }
        index++;
      }
    }
    // fewer than four words (an opening empty word alone counts as none, as in that split)
    return index >= 4 && verb;
  }

  private static boolean isWordPart(int cp) {
    return Character.isLetter(cp) || cp == '\'' || cp == '-';
  }
}
