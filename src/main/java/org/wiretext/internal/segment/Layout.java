package org.wiretext.internal.segment;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.internal.text.Warning;
import org.wiretext.model.RegionKind;

/**
 * What the segmenter found: the article's fields, its body paragraphs, and every other
 * non-blank part of the text as a region. Paragraphs and regions do not overlap and cover
 * every non-blank character.
 *
 * @param headline the headline text, normalised (quotes folded, whitespace collapsed)
 * @param paragraphs body paragraphs, trimmed, in text order
 * @param regions everything else, in text order
 */
public record Layout(
    SourceText source,
    Optional<String> headline,
    Optional<String> kicker,
    Optional<String> byline,
    Optional<String> credit,
    Optional<DatelineInfo> dateline,
    Optional<String> published,
    Optional<String> language,
    List<TextRange> paragraphs,
    List<RegionInfo> regions,
    List<Warning> warnings) {

  public Layout {
    paragraphs = List.copyOf(paragraphs);
    regions = List.copyOf(regions);
    warnings = List.copyOf(warnings);
  }

  /** A part of the text that is not a body paragraph. */
  public record RegionInfo(RegionKind kind, TextRange range) {}

  /** The dateline: its place as written, its ISO date when known, and its whole range. */
  public record DatelineInfo(String place, Optional<String> date, TextRange range) {}

  /** The first region of {@code kind}, if any. */
  public Optional<RegionInfo> firstRegion(RegionKind kind) {
    return regions.stream().filter(r -> r.kind() == kind).findFirst();
  }
}
