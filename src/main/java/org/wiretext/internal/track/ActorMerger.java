package org.wiretext.internal.track;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wiretext.internal.text.IdSlug;
import org.wiretext.model.ActorKind;
import org.wiretext.model.TrackedActor;

/**
 * Merges the actors of many articles into tracked actors, from the whole set of reports at
 * once (so the result does not depend on the order the articles came in):
 *
 * <ul>
 *   <li>organisations, states and groups merge by their article id, which the actor stage
 *       derives from the canonical name ("european-union");
 *   <li>persons with a full name (two or more words once honorifics and titles are off, the
 *       first not an initial) merge when their folded full names are equal;
 *   <li>a partial person name (a surname alone, "Congressman Torres", "R. Torres") joins a
 *       full name only when exactly one full-name person of the whole tracker answers to that
 *       surname (its last word, its words from a particle on, or a surname-only alias the
 *       articles give it) with a compatible initial; otherwise it stays its own actor, one
 *       for each surname (and initial).
 * </ul>
 */
final class ActorMerger {

  /** A tracked actor in the making. */
  private static final class Cluster {
    final String key;
    final boolean person;
    final Map<ActorKind, Integer> kinds = new EnumMap<>(ActorKind.class);
    /** names that may be canonical, with the articles that use them */
    final Map<String, Set<String>> names = new TreeMap<>();
    final Set<String> otherNames = new TreeSet<>();
    final Set<String> titles = new TreeSet<>();
    final Set<String> articles = new TreeSet<>();
    String id;
    String name;

    Cluster(String key, boolean person) {
      this.key = key;
      this.person = person;
    }
  }

  private final Map<String, Cluster> byOccurrence = new HashMap<>();
  private final List<Cluster> clusters;

  private ActorMerger(Map<String, Cluster> byOccurrence, Collection<Cluster> clusters) {
    this.byOccurrence.putAll(byOccurrence);
    List<Cluster> sorted = new ArrayList<>(clusters);
    sorted.sort(Comparator.comparing(c -> c.key));
    this.clusters = sorted;
    assignIds();
  }

  static ActorMerger of(Collection<BidReport> reports) {
    // every distinct (article, actor) once
    Map<String, Occurrence> occurrences = new TreeMap<>();
    for (BidReport r : reports) {
      add(occurrences, r.articleId(), r.applicant());
      add(occurrences, r.articleId(), r.organization());
      for (PositionInfo p : r.positions()) {
        add(occurrences, r.articleId(), p.actor());
      }
    }
    Map<String, Cluster> clusters = new HashMap<>();
    Map<String, Cluster> byOccurrence = new HashMap<>();
    // full-name persons first: partial names are resolved against all of them
    Map<String, Set<String>> surnames = new HashMap<>();
    List<Occurrence> partial = new ArrayList<>();
    for (Map.Entry<String, Occurrence> e : occurrences.entrySet()) {
      Occurrence o = e.getValue();
      if (o.info.kind() == ActorKind.PERSON) {
        PersonName n = PersonName.of(o.info.name(), o.info.titles());
        if (n.full()) {
          String key = "person:" + n.key();
          Cluster c = clusters.computeIfAbsent(key, k -> new Cluster(k, true));
          c.names.computeIfAbsent(o.info.name(), k -> new TreeSet<>()).add(o.articleId);
          absorb(c, o);
          byOccurrence.put(e.getKey(), c);
          for (String s : n.surnames()) {
            surnames.computeIfAbsent(s, k -> new HashSet<>()).add(key);
          }
          for (String alias : o.info.aliases()) {
            PersonName a = PersonName.of(alias, o.info.titles());
            if (!a.full() && a.initial() == null && n.endsWith(a)) {
              surnames.computeIfAbsent(a.key(), k -> new HashSet<>()).add(key);
            }
          }
        } else {
          partial.add(o);
        }
      } else {
        Cluster c = clusters.computeIfAbsent("actor:" + o.info.localId(), k -> new Cluster(k, false));
        c.names.computeIfAbsent(o.info.name(), k -> new TreeSet<>()).add(o.articleId);
        absorb(c, o);
        byOccurrence.put(o.key(), c);
      }
    }
    for (Occurrence o : partial) {
      PersonName n = PersonName.of(o.info.name(), o.info.titles());
      String initial = n.initial();
      List<String> fits = new ArrayList<>();
      for (String key : surnames.getOrDefault(n.surname(), Set.of())) {
        Cluster c = clusters.get(key);
        if (initial == null || fullNameOf(c).givenStartsWith(initial)) {
          fits.add(key);
        }
      }
      Cluster c;
      if (fits.size() == 1) {
        c = clusters.get(fits.get(0));
        c.otherNames.add(o.info.name());
      } else {
        String key = "surname:" + (initial == null ? "" : initial + " ") + n.surname();
        c = clusters.computeIfAbsent(key, k -> new Cluster(k, true));
        c.names.computeIfAbsent(o.info.name(), k -> new TreeSet<>()).add(o.articleId);
      }
      absorb(c, o);
      byOccurrence.put(o.key(), c);
    }
    return new ActorMerger(byOccurrence, clusters.values());
  }

  /** The tracked actor id of an article's actor. */
  String id(String articleId, ActorInfo a) {
    Cluster c = byOccurrence.get(articleId + '\u0000' + a.localId());
    return c == null ? a.localId() : c.id;
  }

  /** Every tracked actor, by id. */
  List<TrackedActor> actors() {
    List<TrackedActor> out = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      Set<String> aliases = new TreeSet<>(c.otherNames);
      aliases.addAll(c.names.keySet());
      aliases.remove(c.name);
      out.add(TrackedActor.builder().id(c.id).name(c.name).kind(kind(c)).titles(c.titles)
          .aliases(aliases).articles(c.articles).build());
    }
    out.sort(Comparator.comparing(TrackedActor::id));
    return out;
  }

  private static PersonName fullNameOf(Cluster c) {
    return PersonName.of(c.key.substring("person:".length()), List.of());
  }

  private static void add(Map<String, Occurrence> occurrences, String articleId, ActorInfo a) {
    Occurrence o = new Occurrence(articleId, a);
    Occurrence old = occurrences.putIfAbsent(o.key(), o);
    if (old != null && !old.info.equals(a)) {
      old.more.add(a);
    }
  }

  private static void absorb(Cluster c, Occurrence o) {
    for (ActorInfo a : o.all()) {
      c.kinds.merge(a.kind(), 1, Integer::sum);
      c.titles.addAll(a.titles());
      c.otherNames.addAll(a.aliases());
      if (!a.name().equals(o.info.name())) {
        c.otherNames.add(a.name());
      }
    }
    c.articles.add(o.articleId);
  }

  /** The most frequent kind; on a tie, the first in the model's order. */
  private static ActorKind kind(Cluster c) {
    ActorKind best = null;
    for (Map.Entry<ActorKind, Integer> e : c.kinds.entrySet()) {
      if (best == null || e.getValue() > c.kinds.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? ActorKind.ORGANIZATION : best;
  }

  /**
   * Canonical names (the name most articles use; on a tie the longest, then the first in
   * alphabetical order) and ids (an organisation's or state's article id; a person's name as
   * a slug), made unique in the order of the clusters' keys.
   */
  private void assignIds() {
    Set<String> used = new HashSet<>();
    for (Cluster c : clusters) {
      String best = null;
      for (Map.Entry<String, Set<String>> e : c.names.entrySet()) {
        if (best == null || better(e.getKey(), e.getValue().size(), best, c.names.get(best).size())) {
          best = e.getKey();
        }
      }
      c.name = best == null ? c.key : best;
      String base = c.person ? slug(c.name) : c.key.substring("actor:".length());
      if (base.isEmpty()) {
        base = "actor";
      }
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      c.id = id;
    }
  }

  private static boolean better(String name, int count, String best, int bestCount) {
    if (count != bestCount) {
      return count > bestCount;
    }
    if (name.length() != best.length()) {
      return name.length() > best.length();
    }
    return name.compareTo(best) < 0;
  }

  /** The readable part of an actor id, see {@link IdSlug}. */
  static String slug(String name) {
    return IdSlug.of(name);
  }

  /** One article's actor; {@code more} holds differing copies from other bids of the article. */
  private static final class Occurrence {
    final String articleId;
    final ActorInfo info;
    final List<ActorInfo> more = new ArrayList<>(0);

    Occurrence(String articleId, ActorInfo info) {
      this.articleId = articleId;
      this.info = info;
    }

    String key() {
      return articleId + '\u0000' + info.localId();
    }

    List<ActorInfo> all() {
      List<ActorInfo> out = new ArrayList<>(1 + more.size());
      out.add(info);
      out.addAll(more);
      return out;
    }
  }
}
