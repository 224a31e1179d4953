package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * The actors of one article and every mention of each, as the actor stage found them and
 * later stages extended them (a pronoun speaker, an unnamed source). Immutable; extend it
 * through {@link #toBuilder()}. Keys are internal ("a1", "a2", ...); the assembler turns
 * them into the contract's stable ids.
 */
public final class ActorTable {

  /** One actor. Lists are in first-seen order without duplicates. */
  public record ActorRecord(
      String key,
      String name,
      ActorKind kind,
      List<String> titles,
      List<String> affiliations,
      List<String> aliases,
      List<MentionRef> mentions) {

    public ActorRecord {
      titles = List.copyOf(titles);
      affiliations = List.copyOf(affiliations);
      aliases = List.copyOf(aliases);
      mentions = List.copyOf(mentions);
    }
  }

  /** A mention of actor {@code actorKey} at {@code range}; {@code pronoun} for he, she, it... */
  public record MentionRef(String actorKey, TextRange range, boolean pronoun) {}

  /** By start, then end: {@link TextRange#compareTo}, read without a key extractor. */
  private static final Comparator<MentionRef> BY_RANGE = (a, b) -> {
    TextRange x = a.range();
    TextRange y = b.range();
    return x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end());
  };

  private static final ActorTable EMPTY = new ActorTable(List.of(), Map.of());

  private final List<ActorRecord> actors;
  private final Map<String, ActorRecord> byKey;
  private final List<MentionRef> mentions;
  private final Map<String, Gender> genders;

  /**
   * A table of {@code actors}; it keeps {@code genders} as it is (a map no one else changes),
   * and indexes the actors by key in a plain hash map (only {@link #get} reads it).
   */
  private ActorTable(List<ActorRecord> actors, Map<String, Gender> genders) {
    this.actors = List.copyOf(actors);
    this.genders = genders;
    Map<String, ActorRecord> map = new HashMap<>(this.actors.size() * 2);
    int n = 0;
    for (ActorRecord a : this.actors) {
      map.put(a.key(), a);
      n += a.mentions().size();
    }
    MentionRef[] all = new MentionRef[n];
    n = 0;
    for (ActorRecord a : this.actors) {
      for (MentionRef m : a.mentions()) {
        all[n++] = m;
      }
    }
    Arrays.sort(all, BY_RANGE);
    this.byKey = map;
    this.mentions = List.of(all);
  }

  public static ActorTable empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder(List.of());
  }

  public Builder toBuilder() {
    Builder b = new Builder(actors);
    b.genders.putAll(genders);
    return b;
  }

  /**
   * What the text says of a person's gender (an honorific such as "Mrs", a title such as
   * "Congresswoman"), for resolving "he" and "she"; {@link Gender#UNKNOWN} when it says nothing.
   */
  public Gender gender(String key) {
    return genders.getOrDefault(key, Gender.UNKNOWN);
  }

  /** Every actor, in order of first mention as they were added. */
  public List<ActorRecord> actors() {
    return actors;
  }

  public Optional<ActorRecord> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Every mention of every actor, in text order. */
  public List<MentionRef> mentions() {
    return mentions;
  }

  /**
   * The mentions that lie wholly inside {@code range}, in text order (unmodifiable). When every
   * mention starting in the range also ends there, the answer is a view of {@link #mentions()}.
   */
  public List<MentionRef> mentionsIn(TextRange range) {
    return mentionsIn(range, firstStartingAtOrAfter(range.start()));
  }

  /**
   * {@link #mentionsIn(TextRange)} for a caller that walks the text in order and so knows
   * where the range's mentions begin: {@code from} is the index in {@link #mentions()} of the
   * first mention that starts at or after the range's start.
   */
  public List<MentionRef> mentionsIn(TextRange range, int from) {
    int to = from;
    boolean all = true;
    for (; to < mentions.size() && mentions.get(to).range().start() < range.end(); to++) {
      all &= mentions.get(to).range().end() <= range.end();
    }
    if (all) {
      return mentions.subList(from, to);
    }
    List<MentionRef> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      if (mentions.get(i).range().end() <= range.end()) {
        out.add(mentions.get(i));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The mention that covers {@code offset}, the longest when several do. */
  public Optional<MentionRef> mentionAt(int offset) {
    MentionRef best = null;
    int i = firstStartingAtOrAfter(offset + 1) - 1;
    // mentions are short; look back over the few that start before offset
    for (int seen = 0; i >= 0 && seen < 16; i--, seen++) {
      MentionRef m = mentions.get(i);
      if (m.range().contains(offset) && (best == null || m.range().length() > best.range().length())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The index in {@link #mentions()} of the first mention starting at or after {@code offset}
   * (the size when there is none): mentions before it start before {@code offset}.
   */
  public int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).range().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Builds or extends a table. Not thread-safe; one per parse. */
  public static final class Builder {
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    private int next;

    private Builder(List<ActorRecord> from) {
      for (ActorRecord a : from) {
        drafts.put(a.key(), new Draft(a));
        next = Math.max(next, numberOf(a.key()));
      }
    }

    private static int numberOf(String key) {
      try {
        return key.startsWith("a") ? Integer.parseInt(key.substring(1)) : 0;
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    /** Adds a new actor and returns its key. */
    public String add(String name, ActorKind kind) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      String key = "a" + (++next);
      drafts.put(key, new Draft(key, name, kind));
      return key;
    }

    public boolean contains(String key) {
      return drafts.containsKey(key);
    }

    public String name(String key) {
      return draft(key).name;
    }

    public ActorKind kind(String key) {
      return draft(key).kind;
    }

    /** Renames the actor; the old name becomes an alias. */
    public Builder rename(String key, String name) {
      Draft d = draft(key);
      if (!d.name.equals(name)) {
        d.edit();
        d.aliases().add(d.name);
        d.aliases().remove(name);
        d.name = name;
      }
      return this;
    }

    public Builder kind(String key, ActorKind kind) {
      draft(key).edit().kind = kind;
      return this;
    }

    /** Records the person's gender as the text gives it; UNKNOWN leaves it unrecorded. */
    public Builder gender(String key, Gender gender) {
      draft(key);
      if (gender != Gender.UNKNOWN) {
        genders.put(key, gender);
      }
      return this;
    }

    public Builder addTitle(String key, String title) {
      draft(key).edit().titles().add(title);
      return this;
    }

    public Builder addAffiliation(String key, String affiliation) {
      draft(key).edit().affiliations().add(affiliation);
      return this;
    }

    /** Adds a surface form; the canonical name itself is never an alias. */
    public Builder addAlias(String key, String alias) {
      Draft d = draft(key);
      if (!alias.equals(d.name)) {
        d.edit().aliases().add(alias);
      }
      return this;
    }

    public Builder addMention(String key, TextRange range, boolean pronoun) {
      draft(key).edit().mentions.add(new MentionRef(key, range, pronoun));
      return this;
    }

    /** Moves everything of {@code from} onto {@code into} and removes {@code from}. */
    public Builder merge(String into, String from) {
      if (into.equals(from)) {
        return this;
      }
      Draft a = draft(into).edit();
      Draft b = drafts.remove(from);
      if (b == null) {
        throw new IllegalArgumentException("no actor " + from);
      }
      b.edit();
      if (b.titles != null) {
        a.titles().addAll(b.titles);
      }
      if (b.affiliations != null) {
        a.affiliations().addAll(b.affiliations);
      }
      addAlias(into, b.name);
      if (b.aliases != null) {
        for (String alias : b.aliases) {
          addAlias(into, alias);
        }
      }
      for (MentionRef m : b.mentions) {
        a.mentions.add(new MentionRef(into, m.range(), m.pronoun()));
      }
      Gender g = genders.remove(from);
      if (g != null) {
        genders.putIfAbsent(into, g);
      }
      return this;
    }

    public ActorTable build() {
      List<ActorRecord> out = new ArrayList<>(drafts.size());
      for (Draft d : drafts.values()) {
        out.add(d.record != null ? d.record : new ActorRecord(d.key, d.name, d.kind, copy(d.titles),
            copy(d.affiliations), copy(d.aliases), distinctInTextOrder(d.mentions)));
      }
      Map<String, Gender> kept = new HashMap<>(genders.size() * 2);
      for (Map.Entry<String, Gender> g : genders.entrySet()) {
        if (drafts.containsKey(g.getKey())) {
          kept.put(g.getKey(), g.getValue());
        }
      }
      return new ActorTable(out, kept);
    }

    /**
     * The mentions in text order without repeats, as a stable sort of their first occurrences:
     * equal mentions have equal ranges, so each is compared only with the kept ones of its own
     * range (at most two: one actor's mention of a range is a pronoun or not).
     */
    private static List<MentionRef> distinctInTextOrder(List<MentionRef> mentions) {
      if (increasing(mentions)) {
        return List.copyOf(mentions); // sorted, and no two with the same range: nothing repeats
      }
      MentionRef[] a = mentions.toArray(new MentionRef[0]);
      Arrays.sort(a, BY_RANGE);
      int n = 0;
      for (MentionRef m : a) {
        boolean seen = false;
        for (int k = n - 1; k >= 0 && !seen && a[k].range().equals(m.range()); k--) {
          seen = a[k].equals(m);
        }
        if (!seen) {
          a[n++] = m;
        }
      }
      return List.of(n == a.length ? a : Arrays.copyOf(a, n));
    }

    /** Whether each mention's range comes strictly after the one before ({@link #BY_RANGE}). */
    private static boolean increasing(List<MentionRef> mentions) {
      for (int i = 1; i < mentions.size(); i++) {
        if (BY_RANGE.compare(mentions.get(i - 1), mentions.get(i)) >= 0) {
          return false;
        }
      }
      return true;
    }

    private static List<String> copy(LinkedHashSet<String> set) {
      return set == null ? List.of() : List.copyOf(set);
    }

    private Draft draft(String key) {
      Draft d = drafts.get(key);
      if (d == null) {
        throw new IllegalArgumentException("no actor " + key);
      }
      return d;
    }

    /**
     * One actor being built. A draft read from a table keeps that table's record and copies
     * its lists only when first changed ({@link #edit()}): {@link #build()} returns an
     * unchanged record as it is, as most actors stay unchanged when a later stage extends the
     * table.
     */
    private static final class Draft {
      final String key;
      String name;
      ActorKind kind;
      /** The record this draft was read from, while nothing changed it; else null. */
      ActorRecord record;
      /** Null until the first title (see {@link #titles()}). */
      LinkedHashSet<String> titles;
      /** Null until the first affiliation (see {@link #affiliations()}). */
      LinkedHashSet<String> affiliations;
      /** Null until the first alias (see {@link #aliases()}). */
      LinkedHashSet<String> aliases;
      List<MentionRef> mentions;

      Draft(String key, String name, ActorKind kind) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.mentions = new ArrayList<>();
      }

      Draft(ActorRecord from) {
        this.key = from.key();
        this.name = from.name();
        this.kind = from.kind();
        this.record = from;
      }

      /** Its titles, made when first asked for (most actors have none). */
      LinkedHashSet<String> titles() {
        if (titles == null) {
          titles = new LinkedHashSet<>();
        }
        return titles;
      }

      /** Its affiliations, made when first asked for. */
      LinkedHashSet<String> affiliations() {
        if (affiliations == null) {
          affiliations = new LinkedHashSet<>();
        }
        return affiliations;
      }

      /** Its aliases, made when first asked for. */
      LinkedHashSet<String> aliases() {
        if (aliases == null) {
          aliases = new LinkedHashSet<>();
        }
        return aliases;
      }

      /** The draft with its own lists, copied from its record before the first change. */
      Draft edit() {
        ActorRecord r = record;
        if (r != null) {
          titles = new LinkedHashSet<>(r.titles());
          affiliations = new LinkedHashSet<>(r.affiliations());
          aliases = new LinkedHashSet<>(r.aliases());
          mentions = new ArrayList<>(r.mentions());
          record = null;
        }
        return this;
      }
    }
  }
}
