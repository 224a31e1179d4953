package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * Copyright notices ("Copyright 2008 CNN. All rights reserved. This material may not be
 * published, broadcast, rewritten, or redistributed.", "(c) 2015 The Associated Press") are
 * furniture, on their own line (as a block rule) or glued to the end of the last paragraph (as
 * an inline rule). A notice must name a year or say "rights reserved", so a sentence about
 * copyright law is not cut.
 */
final class CopyrightRule implements BlockRule, InlineRule {

  private static final int WINDOW = 400;

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (block.length() > WINDOW || block.length() == 0 || !mayOpenNotice(ctx.folded.charAt(block.start()))) {
      return Optional.empty();
    }
    String s = ctx.folded(block);
    return noticeAt(s, 0) ? Optional.of(Claim.region(RegionKind.FURNITURE, block.range())) : Optional.empty();
  }

  @Override
  public Optional<Cut> tryCut(SegmentContext ctx, TextRange paragraph, int index, int count) {
    if (index != count - 1) {
      return Optional.empty();
    }
    int from = Math.max(paragraph.start(), paragraph.end() - WINDOW);
    String tail = ctx.folded.substring(from, paragraph.end());
    for (int i = 1; i < tail.length(); i++) {
      char c = tail.charAt(i);
      if ((c == 'C' || c == '\u00A9' || c == '(') && TextShapes.isBlank(tail.charAt(i - 1)) && noticeAt(tail, i)) {
        TextRange rest = new TextRange(paragraph.start(), from + i).trim(ctx.text);
        if (rest.isEmpty() || !TextShapes.endsSentence(ctx.text, rest.start(), rest.end())) {
          continue;
        }
        return Optional.of(new Cut(RegionKind.FURNITURE, new TextRange(from + i, paragraph.end()), rest));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code c} is the first character of a notice in {@link #noticeAt}. */
  private static boolean mayOpenNotice(char c) {
    return c == 'C' || c == '\u00A9' || c == '(';
  }

  /** Whether a copyright notice starts at {@code i}: the sign, then a year or "rights reserved". */
  private static boolean noticeAt(String s, int i) {
    int p;
    if (s.startsWith("Copyright ", i) || s.startsWith("COPYRIGHT ", i)) {
      p = i + 10;
    } else if (s.startsWith("\u00A9", i)) {
      p = i + 1;
    } else if (s.startsWith("(c) ", i) || s.startsWith("(C) ", i)) {
      p = i + 4;
    } else {
      return false;
    }
    while (p < s.length() && (TextShapes.isBlank(s.charAt(p)) || s.charAt(p) == '\u00A9')) {
      p++;
    }
    boolean year = p + 4 <= s.length() && Character.isDigit(s.charAt(p)) && Character.isDigit(s.charAt(p + 1))
        && Character.isDigit(s.charAt(p + 2)) && Character.isDigit(s.charAt(p + 3));
    return year || containsIgnoreCase(s, i, "rights reserved");
  }

  private static boolean containsIgnoreCase(String s, int from, String needle) {
    for (int i = from; i + needle.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }
}
