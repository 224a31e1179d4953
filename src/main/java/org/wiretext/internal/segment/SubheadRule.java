package org.wiretext.internal.segment;

import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * Subheads: a short line between body paragraphs that reads as a heading rather than a
 * sentence. Two shapes:
 * <ul>
 *   <li>no sentence punctuation at the end ("Smooth transition", "Powell: 'Business as usual'
 *       for now"): at most ten words and 80 characters, starting with a capital, digit or
 *       quotation mark;</li>
 *   <li>Title Case or ALL CAPS with one closing full stop, as archives that end every line
 *       with a full stop print headings ("Joining Forces With China.", "GARLAND STEPS
 *       ASIDE."): at most eight words, every word of four letters or more capitalised, no verb
 *       of saying.</li>
 * </ul>
 * Where the text separates paragraphs by blank lines, a subhead has blank lines around it: a
 * short line inside a run of lines is a list item, which stays in the body.
 */
final class SubheadRule implements BlockRule {

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s/]+");

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (!ctx.bodyStarted || ctx.isLast() || block.lineCount() != 1 || block.length() > 80
        || !ctx.standsAlone(block)) {
      return Optional.empty();
    }
    String s = ctx.folded(block);
    char last = s.charAt(s.length() - 1);
    char first = s.charAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\'')
        || TrailingCreditRule.slashCodeStart(s) > 0) {
      return Optional.empty();
    }
    boolean heading = TextShapes.endsSentence(s) ? isTitleHeading(ctx, s)
        : last != ',' && last != ';' && last != ':' && TextShapes.wordCount(s) <= 10;
    return heading ? Optional.of(Claim.region(RegionKind.SUBHEAD, block.range())) : Optional.empty();
  }

  private static boolean isTitleHeading(SegmentContext ctx, String s) {
    if (s.length() > 60 || TextShapes.wordCount(s) > 8 || ctx.lastKind != null) {
      return false;
    }
    int end = s.length() - 1;
    while (end > 0 && TextShapes.isCloser(s.charAt(end))) {
      end--;
    }
    if (s.charAt(end) != '.') {
      return false;
    }
    String body = s.substring(0, end);
    if (body.contains(". ") || body.contains("? ") || body.contains("! ")) {
      return false;
    }
    if (TextShapes.isAllCaps(body)) {
      return true;
    }
    int longWords = 0;
    for (String w : WORD_BREAKS.split(body)) {
      String word = stripQuotes(w);
      if (word.isEmpty()) {
        continue;
      }
      if (ctx.lex.speechVerbs.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
      int letters = 0;
      for (int i = 0; i < word.length(); i++) {
        if (Character.isLetter(word.charAt(i))) {
          letters++;
        }
      }
      if (letters >= 4) {
        longWords++;
        if (!Character.isUpperCase(word.charAt(0))) {
          return false;
        }
      }
    }
    return longWords >= 1;
  }

  private static String stripQuotes(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }
}
