package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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

  /**
   * The keys "a1" to "a511", made once: an article has a few dozen actors, and a key made for
   * each of them per parse would be a new string whose hash every map of actors by key computes
   * again (the statement stage's, the assembler's), where these keep theirs. Index 0 is unused.
   */
  private static final String[] KEYS = new String[512];

  static {
    for (int n = 1; n < KEYS.length; n++) {
      KEYS[n] = "a" + n;
    }
  }

  private static final ActorTable EMPTY =
      new ActorTable(List.of(), new int[0], new Gender[1], 0, List.of());

  private final List<ActorRecord> actors;
  /**
   * The actors by the number of their key ("a12" at 12), null where none: every key is "a"
   * and its number ({@link Builder#add}), so that a lookup parses the key instead of hashing
   * it, and a table, built several times per article as later stages extend it, makes no map.
   */
  private final ActorRecord[] byNumber;
  /**
   * The number of each actor's key, in the order of {@link #actors}: a builder extending the
   * table finds an actor's draft by it without reading the key.
   */
  private final int[] numbers;
  private final List<MentionRef> mentions;
  /**
   * The start and the end of each of {@link #mentions}, in its order: the searches by offset
   * ({@link #mentionsIn}, {@link #firstStartingAtOrAfter}, {@link #mentionAt}), which later
   * stages make per sentence and per quotation, read these arrays instead of each mention's
   * range.
   */
  private final int[] starts;
  private final int[] ends;
  /** What the text says of each actor's gender, by the number of its key; null for unknown. */
  private final Gender[] genders;
  /** The highest number of a key "aN" (0 when none), where {@link #toBuilder()} counts on from. */
  private final int lastNumber;

  /**
   * A table of {@code actors} and their {@code mentions} in text order (see {@link
   * #inTextOrder}); it keeps {@code genders} as it is (an array no one else changes), and indexes
   * the actors by the number of their key, none above {@code lastNumber} (only {@link #get}
   * reads the index). {@code numbers} holds each actor's number, in their order (the builder
   * knows them: no key is parsed); it may be longer than the list of actors.
   */
  private ActorTable(List<ActorRecord> actors, int[] numbers, Gender[] genders,
      int lastNumber, List<MentionRef> mentions) {
    this.actors = List.copyOf(actors);
    this.genders = genders;
    this.lastNumber = lastNumber;
    int n = this.actors.size();
    this.numbers = numbers.length == n ? numbers : Arrays.copyOf(numbers, n);
    ActorRecord[] index = new ActorRecord[lastNumber + 1];
    for (int i = 0; i < n; i++) {
      index[this.numbers[i]] = this.actors.get(i);
    }
    this.byNumber = index;
    this.mentions = mentions;
    int m = mentions.size();
    this.starts = new int[m];
    this.ends = new int[m];
    for (int i = 0; i < m; i++) {
      TextRange r = mentions.get(i).range();
      starts[i] = r.start();
      ends[i] = r.end();
    }
  }

  /**
   * The number of a key "aN" ({@link Builder#add}), or -1 for a string of another form: no
   * substring is cut. A number of up to nine digits is read, so that it cannot overflow. Later
   * stages index per-article arrays by it: the numbers of a table's actors are distinct.
   */
  public static int numberOf(String key) {
    int n = key.length();
    if (n < 2 || n > 10 || key.charAt(0) != 'a') {
      return -1;
    }
    int number = 0;
    for (int i = 1; i < n; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  /**
   * Every mention of {@code actors} in text order: a stable sort ({@link MentionSort}) of each
   * actor's mentions in the actors' order, so that equal ranges keep the order of their actors.
   */
  private static List<MentionRef> inTextOrder(List<ActorRecord> actors) {
    int n = 0;
    for (ActorRecord a : actors) {
      n += a.mentions().size();
    }
    MentionRef[] all = new MentionRef[n];
    n = 0;
    for (ActorRecord a : actors) {
      List<MentionRef> ms = a.mentions(); // by index: no iterator of the immutable list made
      for (int k = 0; k < ms.size(); k++) {
        all[n++] = ms.get(k);
      }
    }
    MentionSort.sort(all);
    return List.of(all);
  }

  /**
   * {@link #inTextOrder} of {@code actors} when they are {@code base}'s actors (none removed,
   * in the same order, perhaps with new ones after them) with {@code fresh} the mentions that
   * {@code base} does not have, each actor's in its order, in the actors' order: {@code
   * base}'s mentions, sorted already, merged with the sorted fresh ones. On equal ranges the
   * earlier actor's mention comes first and, of one actor's, the one {@code base} has (its
   * record lists it first).
   */
  private static List<MentionRef> inTextOrder(List<ActorRecord> actors, ActorTable base,
      List<MentionRef> fresh) {
    if (fresh.isEmpty()) {
      return base.mentions;
    }
    MentionRef[] added = fresh.toArray(new MentionRef[0]);
    MentionSort.sort(added);
    List<MentionRef> old = base.mentions;
    MentionRef[] out = new MentionRef[old.size() + added.length];
    Map<String, Integer> order = null; // each actor's index, built at the first tie
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < old.size() && j < added.length) {
      int c = MentionSort.compare(old.get(i), added[j]);
      if (c == 0) {
        if (order == null) {
          order = new HashMap<>(actors.size() * 2);
          for (int k = 0; k < actors.size(); k++) {
            order.put(actors.get(k).key(), k);
          }
        }
        c = Integer.compare(order.get(old.get(i).actorKey()), order.get(added[j].actorKey()));
      }
      out[n++] = c <= 0 ? old.get(i++) : added[j++];
    }
    while (i < old.size()) {
      out[n++] = old.get(i++);
    }
    while (j < added.length) {
      out[n++] = added[j++];
    }
    return List.of(out);
  }

  public static ActorTable empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder(null);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * What the text says of a person's gender (an honorific such as "Mrs", a title such as
   * "Congresswoman"), for resolving "he" and "she"; {@link Gender#UNKNOWN} when it says nothing.
   */
  public Gender gender(String key) {
    Gender g = record(key) != null ? genders[numberOf(key)] : null;
    return g != null ? g : Gender.UNKNOWN;
  }

  /** Every actor, in order of first mention as they were added. */
  public List<ActorRecord> actors() {
    return actors;
  }

  public Optional<ActorRecord> get(String key) {
    return Optional.ofNullable(record(key));
  }

  /** The actor of {@code key}, or null. */
  private ActorRecord record(String key) {
    int number = numberOf(key);
    ActorRecord a = number >= 0 && number < byNumber.length ? byNumber[number] : null;
    // "a012" has the number of "a12", but is not its key
    return a != null && a.key().equals(key) ? a : null;
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
    int end = range.end();
    for (; to < starts.length && starts[to] < end; to++) {
      all &= ends[to] <= end;
    }
    if (all) {
      return mentions.subList(from, to);
    }
    List<MentionRef> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      if (ends[i] <= end) {
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
      if (starts[i] <= offset && offset < ends[i]) {
        MentionRef m = mentions.get(i);
        if (best == null || m.range().length() > best.range().length()) {
          best = m;
        }
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
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Builds or extends a table. Not thread-safe; one per parse. An actor of the extended table
   * gets a draft only when first changed: a later stage that extends the table touches a few
   * of its actors, and extending costs about what it changes, not the table's size.
   */
  public static final class Builder {
    /**
     * The drafts of the actors added and of the extended table's actors changed so far, by the
     * number of their key ({@link ActorTable#numberOf}), null where none: a lookup parses the
     * key instead of hashing it. The added actors are numbered on from {@link #baseNumber} in
     * the order added, so that reading the array in order visits them in that order. An
     * actor of the extended table that {@link #merge} removed keeps a draft marked {@link
     * Draft#gone}; a removed new actor leaves null.
     */
    private Draft[] drafts;
    /** The genders recorded ({@link #gender(String, Gender)}), by key number like the drafts. */
    private Gender[] genders;
    /** The table this builder extends, or null. */
    private final ActorTable base;
    /** The extended table's highest key number (0 for none): numbers above it are new actors. */
    private final int baseNumber;
    private int next;
    /**
     * The key {@link #live} last found a draft for, and that draft: the callers pass one key
     * string for a run of calls about one actor, which then costs no parse of the key. Only
     * {@link #merge} can take a draft away; it forgets them.
     */
    private String lastKey;
    private Draft lastDraft;
    /** Whether {@link #merge} removed an actor, which may have had the highest key number. */
    private boolean removed;

    private Builder(ActorTable base) {
      this.base = base;
      this.baseNumber = base != null ? base.lastNumber : 0;
      this.next = baseNumber;
      this.drafts = new Draft[baseNumber + 16];
      this.genders = base != null ? Arrays.copyOf(base.genders, drafts.length) : new Gender[drafts.length];
    }

    /** Adds a new actor and returns its key. */
    public String add(String name, ActorKind kind) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      int number = ++next;
      String key = number < KEYS.length ? KEYS[number] : "a" + number;
      if (number >= drafts.length) {
        drafts = Arrays.copyOf(drafts, drafts.length * 2);
        genders = Arrays.copyOf(genders, drafts.length);
      }
      drafts[number] = new Draft(key, name, kind);
      return key;
    }

    public boolean contains(String key) {
      return live(key) != null || baseRecord(key) != null;
    }

    public String name(String key) {
      Draft d = live(key);
      return d != null ? d.name : unchanged(key).name();
    }

    public ActorKind kind(String key) {
      Draft d = live(key);
      return d != null ? d.kind : unchanged(key).kind();
    }

    /**
     * The draft of {@code key}, or null when it has none or {@link #merge} removed it: "a012"
     * has the number of "a12" but is not its key, so the draft's key must be it.
     */
    private Draft live(String key) {
      if (key == lastKey) {
        return lastDraft; // the same actor again (a mention, its alias, its gender...)
      }
      Draft d = slot(key);
      if (d != null && !d.gone) {
        lastKey = key;
        lastDraft = d;
        return d;
      }
      return null;
    }

    /** The draft at the number of {@code key} if that draft's key is {@code key}, or null. */
    private Draft slot(String key) {
      int number = ActorTable.numberOf(key);
      if (number < 0 || number >= drafts.length) {
        return null;
      }
      Draft d = drafts[number];
      return d != null && d.key.equals(key) ? d : null;
    }

    /** Renames the actor; the old name becomes an alias. */
    public Builder rename(String key, String name) {
      Draft d = draft(key);
      if (!d.name.equals(name)) {
        d.aliases().add(d.name);
        d.aliases().remove(name);
        d.name = name;
      }
      return this;
    }

    public Builder kind(String key, ActorKind kind) {
      draft(key).kind = kind;
      return this;
    }

    /** Records the person's gender as the text gives it; UNKNOWN leaves it unrecorded. */
    public Builder gender(String key, Gender gender) {
      if (!contains(key)) {
        throw new IllegalArgumentException("no actor " + key);
      }
      if (gender != Gender.UNKNOWN) {
        genders[ActorTable.numberOf(key)] = gender;
      }
      return this;
    }

    public Builder addTitle(String key, String title) {
      draft(key).titles().add(title);
      return this;
    }

    public Builder addAffiliation(String key, String affiliation) {
      draft(key).affiliations().add(affiliation);
      return this;
    }

    /** Adds a surface form; the canonical name itself is never an alias. */
    public Builder addAlias(String key, String alias) {
      Draft d = draft(key);
      if (!alias.equals(d.name)) {
        d.aliases().add(alias);
      }
      return this;
    }

    public Builder addMention(String key, TextRange range, boolean pronoun) {
      draft(key).added().add(new MentionRef(key, range, pronoun));
      return this;
    }

    /** Moves everything of {@code from} onto {@code into} and removes {@code from}. */
    public Builder merge(String into, String from) {
      if (into.equals(from)) {
        return this;
      }
      Draft a = draft(into);
      Draft b = draft(from);
      int fromNumber = ActorTable.numberOf(from);
      int intoNumber = ActorTable.numberOf(into);
      lastKey = null;
      lastDraft = null;
      if (b.record != null) {
        b.gone = true; // the extended table's record is gone too
      } else {
        drafts[fromNumber] = null;
      }
      removed = true;
      if (!b.titlesSoFar().isEmpty()) {
        a.titles().addAll(b.titlesSoFar());
      }
      if (!b.affiliationsSoFar().isEmpty()) {
        a.affiliations().addAll(b.affiliationsSoFar());
      }
      addAlias(into, b.name);
      for (String alias : b.aliasesSoFar()) {
        addAlias(into, alias);
      }
      if (b.record != null) {
        for (MentionRef m : b.record.mentions()) {
          a.added().add(new MentionRef(into, m.range(), m.pronoun()));
        }
      }
      if (b.added != null) {
        for (MentionRef m : b.added) {
          a.added().add(new MentionRef(into, m.range(), m.pronoun()));
        }
      }
      Gender g = genders[fromNumber];
      genders[fromNumber] = null;
      if (g != null && genders[intoNumber] == null) {
        genders[intoNumber] = g;
      }
      return this;
    }

    /**
     * The table. An actor of the extended table that nothing changed keeps its record, and
     * while no actor was removed the table's mentions keep their order, the added ones merged
     * in ({@link ActorTable#inTextOrder(List, ActorTable, List)}): extending a table costs
     * about what was added.
     */
    public ActorTable build() {
      int capacity = next - baseNumber + (base != null ? base.actors.size() : 0);
      List<ActorRecord> out = new ArrayList<>(capacity);
      int[] numbers = new int[capacity];
      int last = 0;
      List<MentionRef> fresh = base != null && !removed ? new ArrayList<>() : null;
      if (base != null) {
        // the extended table's actors first, in its order: each as its draft has it, if any
        List<ActorRecord> before = base.actors;
        for (int i = 0; i < before.size(); i++) {
          int number = base.numbers[i];
          Draft d = drafts[number]; // only a draft of this very actor sits at its number
          if (d == null || !d.gone) {
            numbers[out.size()] = number;
            out.add(d == null ? before.get(i) : d.toRecord(fresh));
            last = Math.max(last, number);
          }
        }
      }
      // then the added ones, in the order added: their numbers' order
      for (int number = baseNumber + 1; number <= next; number++) {
        Draft d = drafts[number];
        if (d != null) {
          numbers[out.size()] = number;
          out.add(d.toRecord(fresh));
          last = number;
        }
      }
      // while none was removed, every number up to next has its actor
      int lastNumber = removed ? last : next;
      // a gender sits only at an actor's number: gender() asks, and merge() takes the removed one's
      Gender[] kept = Arrays.copyOf(genders, lastNumber + 1);
      return new ActorTable(out, numbers, kept, lastNumber,
          fresh != null ? inTextOrder(out, base, fresh) : inTextOrder(out));
    }

    /**
     * {@code before} (mentions in text order without repeats, as {@link #build} makes them)
     * and then {@code added}, in text order without repeats, as a stable sort of their first
     * occurrences: only {@code added} is sorted, then merged into {@code before} (which comes
     * first on equal ranges, as in a stable sort of both). Equal mentions have equal ranges, so
     * each is compared only with the kept ones of its own range (at most two: one actor's
     * mention of a range is a pronoun or not). The kept mentions of {@code added}, those not
     * in {@code before}, are added to {@code fresh} in order, unless it is null. When none is
     * kept, the answer is {@code before} itself.
     */
    private static List<MentionRef> distinctInTextOrder(List<MentionRef> before,
        List<MentionRef> added, List<MentionRef> fresh) {
      if (added.isEmpty()) {
        return before;
      }
      if (increasing(added) && (before.isEmpty()
          || MentionSort.compare(before.get(before.size() - 1), added.get(0)) < 0)) {
        // sorted, and no two with the same range: nothing repeats
        if (fresh != null) {
          fresh.addAll(added);
        }
        if (before.isEmpty()) {
          return List.copyOf(added);
        }
        MentionRef[] all = before.toArray(new MentionRef[before.size() + added.size()]);
        for (int k = 0; k < added.size(); k++) {
          all[before.size() + k] = added.get(k);
        }
        return List.of(all);
      }
      MentionRef[] tail = added.toArray(new MentionRef[0]);
      MentionSort.sort(tail);
      MentionRef[] a = new MentionRef[before.size() + tail.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < before.size() || j < tail.length) {
        boolean old = j == tail.length
            || i < before.size() && MentionSort.compare(before.get(i), tail[j]) <= 0;
        MentionRef m = old ? before.get(i++) : tail[j++];
        boolean seen = false;
        for (int k = n - 1; k >= 0 && !seen && a[k].range().equals(m.range()); k--) {
          seen = a[k].equals(m);
        }
        if (!seen) {
          a[n++] = m;
          if (!old && fresh != null) {
            fresh.add(m);
          }
        }
      }
      if (n == before.size()) {
        return before; // every added mention repeats one it has: the same list
      }
      return List.of(n == a.length ? a : Arrays.copyOf(a, n));
    }

    /** Whether each mention's range comes strictly after the one before ({@link MentionSort#compare}). */
    private static boolean increasing(List<MentionRef> mentions) {
      for (int i = 1; i < mentions.size(); i++) {
        if (MentionSort.compare(mentions.get(i - 1), mentions.get(i)) >= 0) {
          return false;
        }
      }
      return true;
    }

    /** The draft of {@code key}, made from the extended table's record when first asked for. */
    private Draft draft(String key) {
      Draft d = live(key);
      if (d == null) {
        d = new Draft(unchanged(key));
        // a record of the extended table: its number is at most baseNumber, within the array
        drafts[ActorTable.numberOf(key)] = d;
      }
      return d;
    }

    /** The extended table's record of {@code key}, which has no draft: it is as it was. */
    private ActorRecord unchanged(String key) {
      ActorRecord r = baseRecord(key);
      if (r == null) {
        throw new IllegalArgumentException("no actor " + key);
      }
      return r;
    }

    /** The extended table's record of {@code key} unless {@link #merge} removed it, or null. */
    private ActorRecord baseRecord(String key) {
      if (base == null) {
        return null;
      }
      Draft d = slot(key);
      return d != null && d.gone ? null : base.record(key);
    }

    /**
     * One actor being built. A draft read from a table keeps that table's record and copies a
     * list of it only when first changed: {@link #toRecord()} returns an unchanged record as it
     * is, as most actors stay unchanged when a later stage extends the table, and a changed
     * one often only gains a mention.
     */
    private static final class Draft {
      final String key;
      String name;
      ActorKind kind;
      /** The record this draft was read from, or null for a new actor. */
      final ActorRecord record;
      /** {@link #merge} removed the extended table's actor it was read from. */
      boolean gone;
      /** Null while the record's titles (or none) are its titles (see {@link #titles()}). */
      DistinctList titles;
      /** Null while the record's affiliations (or none) are its affiliations. */
      DistinctList affiliations;
      /** Null while the record's aliases (or none) are its aliases. */
      DistinctList aliases;
      /** The mentions added after the record's (all of a new actor's); null until the first. */
      List<MentionRef> added;

      Draft(String key, String name, ActorKind kind) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.record = null;
      }

      Draft(ActorRecord from) {
        this.key = from.key();
        this.name = from.name();
        this.kind = from.kind();
        this.record = from;
      }

      /** Its titles, to change: the record's copied, or a new list, when first asked for. */
      DistinctList titles() {
        if (titles == null) {
          titles = new DistinctList(titlesSoFar());
        }
        return titles;
      }

      /** Its affiliations, to change (see {@link #titles()}). */
      DistinctList affiliations() {
        if (affiliations == null) {
          affiliations = new DistinctList(affiliationsSoFar());
        }
        return affiliations;
      }

      /** Its aliases, to change (see {@link #titles()}). */
      DistinctList aliases() {
        if (aliases == null) {
          aliases = new DistinctList(aliasesSoFar());
        }
        return aliases;
      }

      List<MentionRef> added() {
        if (added == null) {
          added = new ArrayList<>();
        }
        return added;
      }

      List<String> titlesSoFar() {
        return titles != null ? titles.items() : record != null ? record.titles() : List.of();
      }

      List<String> affiliationsSoFar() {
        return affiliations != null ? affiliations.items() : record != null ? record.affiliations() : List.of();
      }

      List<String> aliasesSoFar() {
        return aliases != null ? aliases.items() : record != null ? record.aliases() : List.of();
      }

      /**
       * The record: the one it was read from when nothing changed it (added mentions that
       * repeat its own change nothing). Its mentions that the record read from does not have
       * go to {@code fresh}, unless it is null.
       */
      ActorRecord toRecord(List<MentionRef> fresh) {
        List<MentionRef> before = record != null ? record.mentions() : List.of();
        // mentions that only repeat the record's (a speaker named again) leave it as it is
        List<MentionRef> mentions =
            added == null ? before : distinctInTextOrder(before, added, fresh);
        if (record != null && titles == null && affiliations == null && aliases == null
            && mentions == before && Objects.equals(name, record.name()) && kind == record.kind()) {
          return record;
        }
        return new ActorRecord(key, name, kind, List.copyOf(titlesSoFar()),
            List.copyOf(affiliationsSoFar()), List.copyOf(aliasesSoFar()), mentions);
      }
    }
  }
}
