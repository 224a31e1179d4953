package org.wiretext.internal.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.internal.text.Warning;
import org.wiretext.model.RegionKind;

/**
 * Stage 2: splits the text into headline, kicker, byline, credit, dateline, furniture and
 * body paragraphs.
 *
 * <p>Lines are grouped into blocks ({@link BlockSplitter}); each block is offered to the
 * {@link #BLOCK_RULES} in order, and the first rule that claims it decides what it is, as
 * commonmark's block parsers do. Then the {@link #INLINE_RULES} cut datelines, credits and
 * glued-on site labels off the edges of body paragraphs. Whatever the rules do, the result
 * keeps the contract's invariant: paragraphs and regions never overlap and together cover
 * every non-blank character; anything left over becomes an OTHER region with a warning.
 * Every step is linear in the text's length.
 */
public final class Segmenter {

  /** The block rules, in the order they are tried. */
  static final List<BlockRule> BLOCK_RULES = List.of(
      new MarkerRule(),
      new HighlightRule(),
      new TimestampRule(),
      new DottedHeaderRule(),
      new SiteLabelRule(),
      new CopyrightRule(),
      new BylineRule(),
      new KickerRule(),
      new HeadlineRule(),
      new StandfirstRule(),
      new SectionLabelRule(),
      new DeckRule(),
      new SignOffRule(),
      new CaptionRule(),
      new PhotoCaptionRule(),
      new SubheadRule(),
      new BodyParagraphRule());

  /** The paragraph-edge rules, in the order they are tried. */
  static final List<InlineRule> INLINE_RULES = List.of(
      new DatelineRule(),
      new EdgeFurnitureRule(),
      new CopyrightRule(),
      new TrailingCreditRule());

  private static final int MAX_CUTS = 8;

  /** Segments {@code source}; never throws on odd text. */
  public Layout segment(SourceText source) {
    Lexicons lex = Lexicons.get();
    try {
      return run(source, lex);
    } catch (RuntimeException e) {
      // a bug in a rule must not lose the article: fall back to one paragraph per block
      return fallback(source, new Warning(0, "layout rules failed (" + e + "), paragraphs by line"));
    }
  }

  private Layout run(SourceText source, Lexicons lex) {
    String text = source.original();
    Timestamps timestamps = new Timestamps(lex);
    List<Line> lines = LineReader.read(text);
    List<Block> blocks = new BlockSplitter(text, new StructuralLines(lex, timestamps)).split(lines);
    SegmentContext ctx = new SegmentContext(source, lex, blocks);

    // most blocks are one paragraph: room for all of them, so the list never grows
    List<TextRange> paragraphs = new ArrayList<>(blocks.size());
    List<Layout.RegionInfo> regions = new ArrayList<>();
    int i = 0;
    while (i < blocks.size()) {
      ctx.index = i;
      Block block = blocks.get(i);
      Claim claim = null;
      // by index: an iterator per block (and per paragraph edge below) is measurably slower
      for (int r = 0; r < BLOCK_RULES.size(); r++) {
        Optional<Claim> c = BLOCK_RULES.get(r).tryClaim(ctx, block);
        if (c.isPresent()) {
          claim = c.get();
          break;
        }
      }
      if (claim == null || claim == Claim.WHOLE_PARAGRAPH) {
        addPiece(ctx, null, block.range(), paragraphs, regions); // the block is one paragraph
        i++;
        continue;
      }
      List<Claim.Piece> pieces = claim.pieces();
      for (int k = 0; k < pieces.size(); k++) {
        addPiece(ctx, pieces.get(k).kind(), pieces.get(k).range(), paragraphs, regions);
      }
      i += Math.max(1, claim.blocks());
    }

    cutEdges(ctx, paragraphs, regions);

    List<Warning> warnings = new ArrayList<>();
    coverLeftovers(source, paragraphs, regions, warnings);

    Optional<Layout.DatelineInfo> dateline = Optional.ofNullable(ctx.dateline)
        .map(m -> new Layout.DatelineInfo(m.place(), m.date(), ctx.datelineRange));
    String published = ctx.published != null ? ctx.published : ctx.updated;
    return new Layout(source, Optional.ofNullable(ctx.headline), Optional.ofNullable(ctx.kicker),
        Optional.ofNullable(ctx.byline), ctx.credit(), dateline, Optional.ofNullable(published),
        Optional.empty(), paragraphs, regions, warnings);
  }

  /** Adds a claimed piece: a body paragraph when {@code kind} is null, else a region. */
  private static void addPiece(SegmentContext ctx, RegionKind kind, TextRange range,
      List<TextRange> paragraphs, List<Layout.RegionInfo> regions) {
    if (range.isEmpty()) {
      return;
    }
    if (kind == null) {
      paragraphs.add(range);
      ctx.bodyStarted = true;
      ctx.paragraphsSoFar++;
    } else {
      regions.add(new Layout.RegionInfo(kind, range));
    }
    ctx.lastKind = kind;
    ctx.anyClaimed = true;
  }

  /** Applies the inline rules to every paragraph until none cuts (a few times at most). */
  private static void cutEdges(SegmentContext ctx, List<TextRange> paragraphs, List<Layout.RegionInfo> regions) {
    int count = paragraphs.size();
    List<TextRange> kept = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      TextRange para = paragraphs.get(p);
      for (int cuts = 0; cuts < MAX_CUTS && !para.isEmpty(); cuts++) {
        Optional<InlineRule.Cut> cut = Optional.empty();
        for (int r = 0; r < INLINE_RULES.size(); r++) {
          cut = INLINE_RULES.get(r).tryCut(ctx, para, p, count);
          if (cut.isPresent()) {
            break;
          }
        }
        if (cut.isEmpty()) {
          break;
        }
        regions.add(new Layout.RegionInfo(cut.get().kind(), cut.get().region()));
        para = cut.get().rest();
      }
      if (!para.isEmpty()) {
        kept.add(para);
      }
    }
    paragraphs.clear();
    paragraphs.addAll(kept);
  }

  /**
   * Sorts paragraphs and regions and enforces the invariant: an overlap (a rule bug) drops the
   * later piece's overlapping part into nothing only if it is blank; any non-blank character
   * not covered becomes an OTHER region, with a warning.
   */
  static void coverLeftovers(SourceText source, List<TextRange> paragraphs,
      List<Layout.RegionInfo> regions, List<Warning> warnings) {
    String text = source.original();
    paragraphs.sort(Comparator.naturalOrder());
    regions.sort(Comparator.comparing(Layout.RegionInfo::range));
    List<TextRange> all = new ArrayList<>(paragraphs.size() + regions.size());
    all.addAll(paragraphs);
    for (int i = 0; i < regions.size(); i++) {
      all.add(regions.get(i).range());
    }
    all.sort(Comparator.naturalOrder());
    int pos = 0;
    List<Layout.RegionInfo> extra = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      TextRange r = all.get(i);
      if (r.start() < pos) {
        throw new IllegalStateException("overlapping layout pieces at " + r.start());
      }
      addGap(text, pos, r.start(), extra, warnings);
      pos = r.end();
    }
    addGap(text, pos, text.length(), extra, warnings);
    if (!extra.isEmpty()) {
      regions.addAll(extra);
      regions.sort(Comparator.comparing(Layout.RegionInfo::range));
    }
  }

  private static void addGap(String text, int from, int to, List<Layout.RegionInfo> extra, List<Warning> warnings) {
    TextRange gap = trim(text, from, to);
    if (!gap.isEmpty()) {
      extra.add(new Layout.RegionInfo(RegionKind.OTHER, gap));
      warnings.add(new Warning(gap.start(), "text the layout rules did not place"));
    }
  }

  private static TextRange trim(String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && TextShapes.isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && TextShapes.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return new TextRange(s, e);
  }

  /** One paragraph per non-blank line: the layout of last resort. */
  static Layout fallback(SourceText source, Warning warning) {
    List<TextRange> paragraphs = new ArrayList<>();
    for (Line line : LineReader.read(source.original())) {
      paragraphs.add(new TextRange(line.contentStart(), line.contentEnd()));
    }
    return new Layout(source, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), paragraphs, List.of(), List.of(warning));
  }
}
