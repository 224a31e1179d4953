package org.wiretext.internal.segment;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * Site labels glued to the end of a paragraph ("... he said. E-mail to a friend", "... top
 * diplomat. (Full story)"): the "edge" entries of {@code layout-furniture.tsv}, cut off as
 * FURNITURE when they follow the end of a sentence; likewise a closing link teaser ending in
 * a guillemet arrow ("Watch the rally \u00BB").
 */
final class EdgeFurnitureRule implements InlineRule {

  /** The edge labels, in the lexicon's order (the first that matches wins). */
  private final List<String> labels = Lexicons.get().furnitureEdges;
  /**
   * The {@link #caseKey} of each label's last character: every paragraph is tried against
   * every label, and comparing one precomputed character rules most labels out at once.
   */
  private final char[] lastKeys = new char[labels.size()];

  EdgeFurnitureRule() {
    for (int k = 0; k < lastKeys.length; k++) {
      String label = labels.get(k);
      lastKeys[k] = caseKey(label.charAt(label.length() - 1));
    }
  }

  @Override
  public Optional<Cut> tryCut(SegmentContext ctx, TextRange paragraph, int index, int count) {
    // the label is looked for in the paragraph's last 60 characters, before a closing full stop
    int end = paragraph.end();
    int from = Math.max(paragraph.start(), end - 60);
    int tailEnd = end > from && ctx.folded.charAt(end - 1) == '.' ? end - 1 : end;
    if (tailEnd <= from) {
      return linkArrow(ctx, paragraph);
    }
    char last = caseKey(ctx.folded.charAt(tailEnd - 1));
    for (int k = 0; k < lastKeys.length; k++) {
      if (lastKeys[k] != last) {
        continue;
      }
      String label = labels.get(k);
      int start = tailEnd - label.length();
      if (start <= from || !ctx.folded.regionMatches(true, start, label, 0, label.length())) {
        continue;
      }
      if (!TextShapes.isBlank(ctx.text.charAt(start - 1))) {
        continue;
      }
      TextRange rest = new TextRange(paragraph.start(), start).trim(ctx.text);
      if (rest.isEmpty() || !TextShapes.endsSentence(ctx.text, rest.start(), rest.end())) {
        continue;
      }
      return Optional.of(new Cut(RegionKind.FURNITURE, new TextRange(start, paragraph.end()), rest));
    }
    return linkArrow(ctx, paragraph);
  }

  /**
   * The character's case-insensitive key: {@link String#regionMatches(boolean, int, String,
   * int, int)} ignoring case takes two characters for the same exactly when their keys are
   * equal. It accepts {@code a} and {@code b} when they are equal, when their upper cases are,
   * or when the lower cases of their upper cases are; each of these makes the keys (the lower
   * case of the upper case) equal, and equal keys are the third test.
   */
  static char caseKey(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * A link teaser closing a paragraph with a guillemet arrow ("... the crowd. Watch the rally
   * »"): from the last sentence end to the arrow, at most 100 characters.
   */
  private static Optional<Cut> linkArrow(SegmentContext ctx, TextRange paragraph) {
    int end = paragraph.end();
    if (end - paragraph.start() < 3 || ctx.text.charAt(end - 1) != '\u00BB'
        || !TextShapes.isBlank(ctx.text.charAt(end - 2))) {
      return Optional.empty();
    }
    int limit = Math.max(paragraph.start(), end - 100);
    if (ctx.text.substring(limit, end).indexOf('\u00AB') >= 0) {
      return Optional.empty(); // a quotation in guillemets, not a link arrow
    }
    for (int i = end - 3; i > limit; i--) {
      if (TextShapes.isBlank(ctx.text.charAt(i - 1)) && Character.isUpperCase(ctx.text.charAt(i))) {
        TextRange rest = new TextRange(paragraph.start(), i).trim(ctx.text);
        if (!rest.isEmpty() && TextShapes.endsSentence(ctx.text, rest.start(), rest.end())) {
          return Optional.of(new Cut(RegionKind.FURNITURE, new TextRange(i, end), rest));
        }
      }
    }
    return Optional.empty();
  }
}
