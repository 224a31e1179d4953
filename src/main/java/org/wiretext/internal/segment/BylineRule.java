package org.wiretext.internal.segment;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.segment.Lexicons.LabelRole;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * Bylines: "By Jane Doe", "By" with the name on the next line, "Von Hans Roth", "Autor: RFE",
 * "Author: ...". The contract gives the author as credited, so "By Michael Gelb, Reuters"
 * gives byline "Michael Gelb"; the agency after the name, or alone on the line under the
 * byline, is kept as the credit when the text gives no other. The whole line is a BYLINE
 * region, wherever it stands (some sites put the author last).
 */
final class BylineRule implements BlockRule {

  private static final int MAX = 100;

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (block.lineCount() > 2 || block.length() > MAX) {
      return Optional.empty();
    }
    String s = ctx.folded(block);
    // the agency on the line under the byline ("By Jane Doe" / "CNN")
    if (ctx.lastKind == RegionKind.BYLINE && ctx.anyClaimed && block.lineCount() == 1 && block.length() <= 60) {
      String t = ctx.text(block).strip();
      String agency = ctx.lex.isAgency(t) ? t : agencyPrefix(ctx, t);
      if (agency != null) {
        ctx.offerCredit(agency, block.start(), false);
        return Optional.of(Claim.region(RegionKind.BYLINE, block.range()));
      }
    }
    // "By" alone, the name on the next line (or in the next block)
    Optional<LabelRole> whole = ctx.lex.label(s);
    if (whole.isPresent() && whole.get() == LabelRole.BYLINE_WORD) {
      Optional<Block> next = ctx.next();
      if (next.isPresent() && next.get().length() <= MAX && next.get().lineCount() <= 4) {
        String name = ctx.text(next.get());
        Optional<String> value = nameAndAgency(ctx, name, next.get().start());
        if (value.isPresent()) {
          record(ctx, value.get());
          return Optional.of(new Claim(List.of(new Claim.Piece(RegionKind.BYLINE,
              new TextRange(block.start(), next.get().end()))), 2));
        }
      }
      return Optional.empty();
    }
    // "Autor: RFE"
    int colon = s.indexOf(':');
    if (colon > 0 && colon <= 12) {
      Optional<LabelRole> label = ctx.lex.label(s.substring(0, colon));
      if (label.isPresent() && label.get() == LabelRole.BYLINE_COLON) {
        String rest = ctx.text.substring(block.start() + colon + 1, block.end()).strip();
        if (!rest.isEmpty() && TextShapes.wordCount(rest) <= 8 && !TextShapes.endsSentence(rest)) {
          Optional<String> value = nameAndAgency(ctx, rest, block.start() + colon + 1);
          record(ctx, value.orElse(TextShapes.normalise(rest)));
          return Optional.of(Claim.region(RegionKind.BYLINE, block.range()));
        }
      }
    }
    // "By Jane Doe", "Written by Jane Doe"
    for (int words = 1; words <= 2; words++) {
      int end = wordsEnd(s, words);
      if (end <= 0 || end >= s.length()) {
        break;
      }
      Optional<LabelRole> label = ctx.lex.label(s.substring(0, end));
      if (label.isPresent() && label.get() == LabelRole.BYLINE_WORD) {
        int from = end;
        if (from < s.length() && s.charAt(from) == ':') {
          from++;
        }
        String rest = ctx.text.substring(block.start() + from, block.end()).strip();
        Optional<String> value = nameAndAgency(ctx, rest, block.start() + from);
        if (value.isPresent()) {
          record(ctx, value.get());
          return Optional.of(Claim.region(RegionKind.BYLINE, block.range()));
        }
      }
    }
    return Optional.empty();
  }

  private static void record(SegmentContext ctx, String value) {
    ctx.bylineSeen = true;
    if (ctx.byline == null) {
      ctx.byline = value;
    }
  }

  /**
   * "Jane Doe", "Jane Doe and John Roe", "Michael Gelb, Reuters", "Jane Doe, Political
   * Editor": the names, with an agency after them offered as a weak credit.
   */
  private static Optional<String> nameAndAgency(SegmentContext ctx, String rest, int at) {
    String names = TextShapes.normalise(rest);
    int comma = names.lastIndexOf(", ");
    String agency = null;
    if (comma > 0) {
      String tail = names.substring(comma + 2);
      agency = ctx.lex.isAgency(tail) ? tail : agencyPrefix(ctx, tail); // "Reuters", "AP Writer"
      if (agency != null) {
        names = names.substring(0, comma);
      }
    }
    if (!NameShape.isNameList(names)) {
      comma = names.indexOf(", ");
      if (comma <= 0) {
        return Optional.empty();
      }
      String tail = names.substring(comma + 2);
      names = names.substring(0, comma);
      if (!NameShape.isNameList(names) || tail.isEmpty() || TextShapes.wordCount(tail) > 5
          || !Character.isUpperCase(tail.charAt(0))) {
        return Optional.empty();
      }
      if (agency == null) {
        agency = agencyPrefix(ctx, tail); // "Associated Press Writer"
      }
    }
    if (agency != null) {
      ctx.offerCredit(agency, at, false);
    }
    return Optional.of(names);
  }

  /** The agency a title after a byline starts with ("Associated Press Writer"), or null. */
  private static String agencyPrefix(SegmentContext ctx, String tail) {
    String[] words = TextShapes.normalise(tail).split(" ");
    for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
      String prefix = String.join(" ", java.util.Arrays.copyOf(words, n));
      if (ctx.lex.isAgency(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  /** Index after the first {@code words} words of s, or -1. */
  private static int wordsEnd(String s, int words) {
    int i = 0;
    int n = s.length();
    for (int w = 0; w < words; w++) {
      while (i < n && TextShapes.isBlank(s.charAt(i))) {
        i++;
      }
      if (i == n) {
        return -1;
      }
      while (i < n && !TextShapes.isBlank(s.charAt(i)) && s.charAt(i) != ':') {
        i++;
      }
    }
    return i;
  }
}
