package org.wiretext.internal.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * The working state of one segmentation: the text, its blocks, where the rules are, and the
 * article fields found so far. Rules read it to know the layout around the current block
 * ("is there a headline yet?", "has the body started?") and write the fields they find.
 * Not thread-safe: one per {@link Segmenter#segment} call.
 */
final class SegmentContext {

  final SourceText source;
  final String text;
  final String folded;
  final Lexicons lex;
  final Timestamps timestamps;
  final DatelineScanner datelines;
  /**
   * The answers of {@link #datelineAt}: the start and limit of each scan asked for (a few per
   * article, searched in a loop) and what it found.
   */
  private long[] scanKeys = new long[4];
  private final List<Optional<DatelineScanner.Match>> scanAnswers = new ArrayList<>(4);
  final List<Block> blocks;

  /** The block whose text {@link #text(Block)} cut last, and that text. */
  private Block textOf;
  private String blockText;
  /** The block whose folded text {@link #folded(Block)} cut last, and that text. */
  private Block foldedOf;
  private String blockFolded;

  /** Whether blank lines separate blocks anywhere in the text (else: a block a line). */
  final boolean blankLineLayout;

  /** Index of the block the rules are looking at. */
  int index;

  // what the layout looks like so far
  boolean bodyStarted;
  /** A byline or page header was seen: the headline, if any, came before it. */
  boolean bylineSeen;
  int paragraphsSoFar;
  /** Kind of the last piece claimed ({@code null} for a paragraph), and whether there is one. */
  RegionKind lastKind;
  boolean anyClaimed;
  boolean afterHighlightMarker;
  /** After a list heading ("Related"): the link titles that follow are furniture. */
  boolean inLinkList;
  Lexicons.LabelRole pendingTimeLabel;
  /** Blocks before this index are a standfirst (after an "ABSTRACT." marker). */
  int standfirstUntil = -1;
  boolean leadHasDateline;

  // fields found
  String headline;
  String kicker;
  String byline;
  String published;
  String updated;
  private String credit;
  private int creditAt = Integer.MAX_VALUE;
  private String weakCredit;
  DatelineScanner.Match dateline;
  TextRange datelineRange;
  /** {@link HeadlineRule}'s comparison form of the headline {@link #headlineKeyOf}. */
  String headlineKey;
  String headlineKeyOf;

  SegmentContext(SourceText source, Lexicons lex, List<Block> blocks) {
    this.source = source;
    this.text = source.original();
    this.folded = source.folded();
    this.lex = lex;
    this.timestamps = new Timestamps(lex);
    this.datelines = new DatelineScanner(lex);
    this.blocks = blocks;
    this.blankLineLayout = anyBlankBefore(blocks);
  }

  /** Whether a blank line comes before any of {@code blocks} (a loop: no stream per article). */
  private static boolean anyBlankBefore(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).blankBefore()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the current block stands alone: blank lines around it, or a layout without blank
   * lines where every line stands alone. A short line inside a run of lines is a list item.
   */
  boolean standsAlone(Block b) {
    if (!blankLineLayout) {
      return true;
    }
    return b.blankBefore() && (index + 1 >= blocks.size() || blocks.get(index + 1).blankBefore());
  }

  /**
   * The original text of {@code b}; callers check its length first. The last block's text is
   * kept: the rules ask for a short block's text one after another (a one-line block is
   * offered to most of them), and it is cut once.
   */
  String text(Block b) {
    if (b != textOf) {
      blockText = text.substring(b.start(), b.end());
      textOf = b;
    }
    return blockText;
  }

  /** The folded text of {@code b}, kept as {@link #text(Block)} keeps the original. */
  String folded(Block b) {
    if (b != foldedOf) {
      blockFolded = folded.substring(b.start(), b.end());
      foldedOf = b;
    }
    return blockFolded;
  }

  /** The block after the current one, if any. */
  Optional<Block> next() {
    return index + 1 < blocks.size() ? Optional.of(blocks.get(index + 1)) : Optional.empty();
  }

  boolean isLast() {
    return index == blocks.size() - 1;
  }

  /**
   * Offers an agency credit found at {@code at}. Credits the text gives outright (a dateline's
   * "(Reuters)", a "./ REL" or "REUTER" sign-off) win over one after a byline's name; among
   * them the first in the text wins.
   */
  void offerCredit(String value, int at, boolean strong) {
    if (value == null || value.isBlank()) {
      return;
    }
    if (strong) {
      if (at < creditAt) {
        credit = value;
        creditAt = at;
      }
    } else if (weakCredit == null) {
      weakCredit = value;
    }
  }

  Optional<String> credit() {
    return Optional.ofNullable(credit != null ? credit : weakCredit);
  }

  /** Whether the block starts with a dateline (a headline never does). */
  boolean startsWithDateline(Block b) {
    return datelineAt(b.start(), b.end()).isPresent();
  }

  /**
   * The dateline at {@code start} of the text, looked for before {@code limit}, if any. Each
   * answer is kept: the rules ask about the same few blocks more than once (the kicker rule
   * tests the block after a title as the headline rule does, the body paragraph rule and the
   * dateline rule both test the lead), and a scan looks words up in the lexicons.
   */
  Optional<DatelineScanner.Match> datelineAt(int start, int limit) {
    long key = ((long) start << 32) | limit;
    int scans = scanAnswers.size();
    for (int i = 0; i < scans; i++) {
      if (scanKeys[i] == key) {
        return scanAnswers.get(i);
      }
    }
    Optional<DatelineScanner.Match> answer = datelines.scan(text, folded, start, limit);
    if (scans == scanKeys.length) {
      scanKeys = Arrays.copyOf(scanKeys, scans * 2);
    }
    scanKeys[scans] = key;
    scanAnswers.add(answer);
    return answer;
  }
}
