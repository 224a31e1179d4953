package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/** Test fixtures: a layout whose first block is the headline and each further block a paragraph. */
final class Articles {

  private Articles() {}

  /** Blocks are separated by blank lines; the first is the headline. */
  static Layout layout(String text) {
    List<TextRange> blocks = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = text.indexOf("\n\n", i);
      if (end < 0) {
        end = text.length();
      }
      TextRange r = new TextRange(i, end).trim(text);
      if (!r.isEmpty()) {
        blocks.add(r);
      }
      i = end + 2;
    }
    List<Layout.RegionInfo> regions = new ArrayList<>();
    regions.add(new Layout.RegionInfo(RegionKind.HEADLINE, blocks.remove(0)));
    return new Layout(SourceText.of(text), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), blocks, regions,
        List.of());
  }

  static ActorTable recognize(String text) {
    return new ActorRecognizer().recognize(layout(text));
  }

  static Optional<ActorTable.ActorRecord> named(ActorTable t, String name) {
    return t.actors().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  static List<String> names(ActorTable t) {
    return t.actors().stream().map(ActorTable.ActorRecord::name).toList();
  }
}
