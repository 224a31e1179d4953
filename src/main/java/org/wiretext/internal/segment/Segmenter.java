package org.wiretext.internal.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * Stage 2: splits the text into headline, kicker, byline, credit, dateline, furniture and
 * body paragraphs.
 */
public final class Segmenter {

  public Layout segment(SourceText source) {
    String text = source.original();
    List<TextRange> blocks = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      TextRange line = new TextRange(i, lineEnd).trim(text);
      if (!line.isEmpty()) {
        blocks.add(line);
      }
      i = lineEnd + 1;
    }
    List<Layout.RegionInfo> regions = new ArrayList<>();
    Optional<String> headline = Optional.empty();
    if (!blocks.isEmpty()) {
      TextRange first = blocks.remove(0);
      regions.add(new Layout.RegionInfo(RegionKind.HEADLINE, first));
      headline = Optional.of(source.slice(first));
    }
    return new Layout(source, headline, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), blocks, regions, List.of());
  }
}
