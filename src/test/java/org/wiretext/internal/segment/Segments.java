package org.wiretext.internal.segment;

import java.util.List;
import org.wiretext.internal.text.SourceText;
import org.wiretext.model.RegionKind;

/** Test helpers: segment a text and read back paragraphs and regions as strings. */
final class Segments {

  private Segments() {}

  static Layout segment(String text) {
    return new Segmenter().segment(SourceText.of(text));
  }

  static List<String> paragraphs(Layout layout) {
    return layout.paragraphs().stream().map(r -> layout.source().slice(r)).toList();
  }

  static List<String> regions(Layout layout, RegionKind kind) {
    return layout.regions().stream()
        .filter(r -> r.kind() == kind)
        .map(r -> layout.source().slice(r.range()))
        .toList();
  }
}
