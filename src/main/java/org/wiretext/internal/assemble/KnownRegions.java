package org.wiretext.internal.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.Dateline;
import org.wiretext.model.RegionKind;

/**
 * Applies what an input format states to the segmenter's layout: lines of a stated kind are
 * cut out of paragraphs and other regions (so every non-blank character stays accounted for
 * once), and the format's dateline, headline and language are brought to the contract's shape.
 */
final class KnownRegions {
  private KnownRegions() {}

  /**
   * The parts of {@code range} outside every range of {@code cuts} (sorted), each trimmed,
   * empty parts dropped. Linear in the number of cuts.
   */
  static List<TextRange> subtract(TextRange range, List<TextRange> cuts, String text) {
    if (cuts.isEmpty()) {
      return List.of(range);
    }
    List<TextRange> out = new ArrayList<>(1);
    int from = range.start();
    for (TextRange c : cuts) {
      if (c.end() <= from || c.start() >= range.end()) {
        continue;
      }
      if (c.start() > from) {
        add(out, new TextRange(from, c.start()), text);
      }
      from = Math.max(from, c.end());
    }
    if (from < range.end()) {
      add(out, new TextRange(from, range.end()), text);
    }
    return out;
  }

  private static void add(List<TextRange> out, TextRange r, String text) {
    TextRange t = r.trim(text);
    if (!t.isEmpty()) {
      out.add(t);
    }
  }

  /**
   * The segmenter's dateline when it found one; else the format's, spanning the dateline line
   * the format reader wrote into the text.
   */
  static Optional<Dateline> dateline(Layout layout, ArticleAssembler.Known known, SourceText source) {
    Optional<Layout.RegionInfo> stated = firstOfKind(known.regions(), RegionKind.DATELINE);
    if (layout.dateline().isPresent() && stated.isEmpty()) {
      Layout.DatelineInfo d = layout.dateline().get();
      return Optional.of(Dateline.builder()
          .place(d.place())
          .date(d.date().or(known.fields()::datelineDate))
          .text(source.slice(d.range()))
          .start(d.range().start())
          .end(d.range().end())
          .build());
    }
    if (stated.isEmpty() || known.fields().datelinePlace().isEmpty()) {
      return Optional.empty();
    }
    TextRange r = stated.get().range();
    return Optional.of(Dateline.builder()
        .place(known.fields().datelinePlace().get())
        .date(known.fields().datelineDate())
        .text(source.slice(r))
        .start(r.start())
        .end(r.end())
        .build());
  }

  /** The first of {@code regions} of {@code kind}, if any (a loop: no stream per article). */
  private static Optional<Layout.RegionInfo> firstOfKind(List<Layout.RegionInfo> regions, RegionKind kind) {
    for (int i = 0; i < regions.size(); i++) {
      if (regions.get(i).kind() == kind) {
        return Optional.of(regions.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The format's headline, normalised as the segmenter normalises one: the segmenter's own
   * when it found the same line, else with quotes folded.
   */
  static Optional<String> headline(Layout layout, ArticleAssembler.Known known) {
    if (known.fields().headline().isEmpty()) {
      return layout.headline();
    }
    String stated = collapse(known.fields().headline().get());
    Optional<Layout.RegionInfo> line = layout.firstRegion(RegionKind.HEADLINE);
    if (layout.headline().isPresent() && line.isPresent()
        && collapse(layout.source().slice(line.get().range())).equals(stated)) {
      return layout.headline();
    }
    return Optional.of(normaliseHeadline(stated));
  }

  private static String collapse(String s) {
    return String.join(" ", s.strip().split("\\s+"));
  }

  /** Quotes folded as the segmenter folds a headline's. */
  static String normaliseHeadline(String headline) {
    StringBuilder sb = new StringBuilder(headline.length());
    for (int i = 0; i < headline.length(); i++) {
      sb.append(SourceText.fold(headline.charAt(i)));
    }
    return sb.toString();
  }

  /** A BCP 47 tag in its canonical form ("nb-NO"), or empty when it is not one. */
  static Optional<String> languageTag(String tag) {
    Locale l = Locale.forLanguageTag(tag.strip().replace('_', '-'));
    return l.getLanguage().isEmpty() ? Optional.empty() : Optional.of(l.toLanguageTag());
  }
}
