package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * A credit that closes the last paragraph: a "./ REL" code (Balkan agencies sign off this
 * way) or an agency in parentheses ("... on Monday. (AP)"). It is cut out of the paragraph
 * into a CREDIT region and gives the credit, as written ("REL", "AP").
 */
final class TrailingCreditRule implements InlineRule {

  private static final int MAX_CODE = 12;

  @Override
  public Optional<Cut> tryCut(SegmentContext ctx, TextRange paragraph, int index, int count) {
    if (index != count - 1 || paragraph.length() < 4) {
      return Optional.empty();
    }
    int from = Math.max(paragraph.start(), paragraph.end() - 40);
    String tail = ctx.text.substring(from, paragraph.end());
    int at = slashCodeStart(tail);
    String credit = null;
    if (at > 0) {
      credit = codeAfter(tail, at);
    } else if (tail.endsWith(")")) {
      int open = tail.lastIndexOf('(');
      if (open > 0 && TextShapes.isBlank(tail.charAt(open - 1))
          && ctx.lex.isAgency(tail.substring(open + 1, tail.length() - 1))) {
        at = open;
        credit = tail.substring(open + 1, tail.length() - 1).strip();
      }
    }
    if (credit == null) {
      return Optional.empty();
    }
    TextRange region = new TextRange(from + at, paragraph.end());
    ctx.offerCredit(credit, region.start(), true);
    return Optional.of(new Cut(RegionKind.CREDIT, region,
        new TextRange(paragraph.start(), region.start()).trim(ctx.text)));
  }

  /**
   * Where a closing "./ CODE" or "/ CODE" starts in {@code s}, or -1: a slash (after a full
   * stop or a blank, or at the start), blanks, then 2 to 12 letters ending {@code s}, the first
   * upper case.
   */
  static int slashCodeStart(String s) {
    int e = s.length();
    int i = e;
    while (i > 0 && Character.isLetter(s.charAt(i - 1)) && e - i <= MAX_CODE) {
      i--;
    }
    int letters = e - i;
    if (letters < 2 || letters > MAX_CODE || !Character.isUpperCase(s.charAt(i))) {
      return -1;
    }
    while (i > 0 && TextShapes.isHorizontalBlank(s.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || s.charAt(i - 1) != '/') {
      return -1;
    }
    i--;
    if (i > 0 && s.charAt(i - 1) == '.') {
      i--;
    }
    if (i > 0 && !TextShapes.isBlank(s.charAt(i - 1)) && !TextShapes.isCloser(s.charAt(i - 1))
        && s.charAt(i) != '.') {
      return -1;
    }
    return i;
  }

  /** The code after the slash that starts at {@code at}. */
  static String codeAfter(String s, int at) {
    int i = s.indexOf('/', at) + 1;
    return s.substring(i).strip();
  }
}
