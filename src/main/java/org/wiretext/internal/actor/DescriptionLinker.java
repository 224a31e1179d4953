package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties a description to the person it introduces: "a NATO spokesman has said ... " and, in
 * the same or the next sentence, "Jane Roe told reporters". The name must be the person's
 * first mention, a full name with no title of its own, followed at once by a verb of saying,
 * and no other full name may come between (a surname may: "who served Roe's father"); the description then becomes the person's title and
 * one of its mentions. Descriptions and names are each visited once, in text order.
 */
final class DescriptionLinker {

  private DescriptionLinker() {}

  static void link(Recognition rec) {
    List<DescriptionRule.Description> descriptions = new ArrayList<>(rec.descriptions);
    if (descriptions.isEmpty()) {
      return;
    }
    descriptions.sort(Comparator.comparing(DescriptionRule.Description::range));
    List<PersonMention> names = new ArrayList<>();
    for (PersonMention m : rec.personMentions) {
      if (!m.headline) {
        names.add(m);
      }
    }
    names.sort(Comparator.comparing(m -> m.range));
    Set<String> seenSurnames = new HashSet<>();
    Map<PersonMention, DescriptionRule.Description> links = new HashMap<>();
    int d = 0;
    DescriptionRule.Description open = null;
    for (PersonMention m : names) {
      while (d < descriptions.size() && descriptions.get(d).range().end() <= m.range.start()) {
        open = descriptions.get(d++);
      }
      String last = m.foldedLast();
      boolean first = seenSurnames.add(last);
      if (open != null && first && m.fullName() && m.cued && m.titles().isEmpty()
          && boundaries(rec, open.range().end(), m.range.start()) <= 1) {
        links.put(m, open);
      }
      if (m.fullName()) {
        open = null; // a full name between a description and a later name breaks the tie
      }
    }
    for (Map.Entry<PersonMention, DescriptionRule.Description> e : links.entrySet()) {
      PersonMention m = e.getKey();
      m.addTitle(e.getValue().title());
      m.addAliasForm(e.getValue().surface());
      m.addDescriptionRange(e.getValue().range());
    }
  }

  /** How many sentences begin in {@code [from, to]}: 0, 1, or 2 for two or more. */
  private static int boundaries(Recognition rec, int from, int to) {
    int a = rec.sentenceBoundaries.ceiling(from);
    if (a < 0 || a > to) {
      return 0;
    }
    int b = rec.sentenceBoundaries.higher(a);
    return b < 0 || b > to ? 1 : 2;
  }
}
