package org.wiretext.internal.segment;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.text.TextRange;

/**
 * Groups lines into blocks, the paragraph candidates. Wire copy marks paragraphs in three
 * ways, and this class reads all of them:
 * <ul>
 *   <li>blank lines between paragraphs (web copy);</li>
 *   <li>an indented first line, with hard-wrapped lines of about 65 columns between (Reuters
 *       1987: "    PEKING, March 31 - China's ...");</li>
 *   <li>one paragraph a line, with no blank lines at all.</li>
 * </ul>
 * Inside a run of lines with no blank line between, a line break is a paragraph break unless
 * the text is visibly wrapped: the next line starts in lower case, the line ends mid-sentence
 * with a trailing blank (soft wrap), or the whole run has the even line lengths of
 * hard-wrapped copy. Structural lines (the first line, dataset markers, labels, link lines,
 * separators) always stand alone.
 */
final class BlockSplitter {

  private final String text;
  private final StructuralLines structural;

  BlockSplitter(String text, StructuralLines structural) {
    this.text = text;
    this.structural = structural;
  }

  List<Block> split(List<Line> lines) {
    List<Block> blocks = new ArrayList<>(lines.size()); // at most a block a line
    if (lines.isEmpty()) {
      return blocks;
    }
    boolean indentMode = indentMode(lines);
    // whether each line stands alone (the first always does); isBreak asks it only of the two
    // lines on either side of a break with no blank line, so a line with blank lines on both
    // sides, as every line of copy with blank lines between paragraphs has, is not examined
    boolean[] standalone = new boolean[lines.size()];
    standalone[0] = true;
    for (int i = 1; i < lines.size(); i++) {
      boolean asked = !lines.get(i).blankBefore()
          || (i + 1 < lines.size() && !lines.get(i + 1).blankBefore());
      standalone[i] = asked && structural.isStructural(text, lines.get(i));
    }
    boolean wrapped = false;
    int blockStart = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (i == 0 || line.blankBefore()) {
        wrapped = isWrappedGroup(lines, i);
      }
      if (i > 0 && isBreak(lines.get(i - 1), line, standalone[i - 1] || standalone[i], indentMode, wrapped)) {
        blocks.add(block(lines, blockStart, i));
        blockStart = i;
      }
    }
    blocks.add(block(lines, blockStart, lines.size()));
    return blocks;
  }

  private Block block(List<Line> lines, int from, int to) {
    Line first = lines.get(from);
    Line last = lines.get(to - 1);
    return new Block(new TextRange(first.contentStart(), last.contentEnd()), to - from, first.blankBefore());
  }

  private boolean isBreak(Line prev, Line line, boolean standalone, boolean indentMode, boolean wrapped) {
    if (line.blankBefore() || standalone) {
      return true;
    }
    if (indentMode) {
      // continuation lines start at the margin; a paragraph, or a " REUTER" sign-off, does not
      return line.indent() >= 1;
    }
    char first = text.charAt(line.contentStart());
    if (Character.isLowerCase(first)) {
      return false;
    }
    if (TextShapes.endsSentence(text, prev.contentStart(), prev.contentEnd())) {
      return true;
    }
    if (prev.trailingBlank()) {
      return false;
    }
    return !wrapped;
  }

  /**
   * Indented paragraphs: at least two indented lines directly follow another line. (Blank-line
   * copy whose paragraphs happen to be indented is split the same either way.)
   */
  private static boolean indentMode(List<Line> lines) {
    int indented = 0;
    for (int i = 1; i < lines.size() && indented < 2; i++) {
      Line l = lines.get(i);
      if (l.indent() >= 2 && !l.blankBefore()) {
        indented++;
      }
    }
    return indented >= 2;
  }

  /**
   * Whether the run of lines starting at {@code from} (up to the next blank line) looks
   * hard-wrapped: three or more lines, most of middling length, most ending mid-sentence, and
   * many continuing in lower case (wrapping falls mostly before ordinary words).
   */
  private boolean isWrappedGroup(List<Line> lines, int from) {
    int to = from + 1;
    while (to < lines.size() && !lines.get(to).blankBefore()) {
      to++;
    }
    int n = to - from - 1; // lines that are followed by another in the run
    if (n < 2) {
      return false;
    }
    int middling = 0;
    int open = 0;
    int lower = 0;
    for (int i = from; i < to - 1; i++) {
      Line l = lines.get(i);
      if (l.length() >= 25 && l.length() <= 90) {
        middling++;
      }
      if (!TextShapes.endsSentence(text, l.contentStart(), l.contentEnd())) {
        open++;
      }
      if (Character.isLowerCase(text.charAt(lines.get(i + 1).contentStart()))) {
        lower++;
      }
    }
    return middling * 10 >= n * 6 && open * 2 >= n && lower * 10 >= n * 3;
  }
}
