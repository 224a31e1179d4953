package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * The state of one article's recognition: what the rules found, and the table being built.
 * One per parse; not thread-safe.
 */
final class Recognition {

  final SourceText source;
  final Lexicons lex;
  final ActorTable.Builder table = ActorTable.builder();
  // the lists below start at what a news article of a few kilobytes fills, so that they do not
  // grow (and copy) several times per article from the default of ten: a wire story has some
  // fifty entity mentions, thirty capitalised runs, forty sentences, paragraphs of up to a
  // hundred tokens; a longer one grows them as before
  final List<EntityMention> entityMentions = new ArrayList<>(64);
  final List<PersonMention> personMentions = new ArrayList<>(32);
  /** Title phrases after an article, for {@link DescriptionLinker}. */
  final List<DescriptionRule.Description> descriptions = new ArrayList<>();
  /** Where each sentence of the body begins. */
  final OffsetSet sentenceBoundaries = new OffsetSet(64);
  /** The tokens of the paragraph being read, reused from one paragraph to the next. */
  final List<Token> tokens = new ArrayList<>(PARAGRAPH_TOKENS);
  /**
   * The tokens made for this article, as many as the longest paragraph so far has: the
   * tokenizer reuses them from one paragraph to the next.
   */
  final List<Token> spareTokens = new ArrayList<>(PARAGRAPH_TOKENS);
  final Scan.Scratch scratch = new Scan.Scratch(PARAGRAPH_TOKENS);
  /** The state and organisation actors made so far, by the key of their canonical name. */
  private final Map<String, EntityActor> entityActors = new HashMap<>(64);
  /** How many times {@link #resolveEntities} has run, this one included. */
  private int batch;

  /**
   * A state or organisation actor of the article: one map entry holds what a mention reads
   * and updates, so a mention costs one lookup. An entry is made before its actor when a
   * mention being resolved names it ({@link #namedIn}); {@link #key} says whether the actor is
   * made.
   */
  private static final class EntityActor {
    /** Its key in the table; null until {@link #make}, when the entry only says it is named. */
    String key;
    /** The lower-case canonical name of the reference that made it, its first known form. */
    final String canonicalKey;
    /**
     * The first form it was written in, as written, or null before its first mention: most
     * actors are written in one form only (often the canonical name's own string, {@link
     * #slice(TextRange, String)}), which needs no set.
     */
    private String firstSurface;
    /** The other forms it has been written in, as written; null until the second. */
    private DistinctList otherSurfaces;
    /**
     * The lower-case forms of the canonical name and of the forms it is written in, needed only
     * for a surface without lower-case letters ({@link #capsCopy}), which is rare: null until
     * the first such surface, then kept up to date.
     */
    private Set<String> lowerCaseForms;
    /** The start of its latest mention, for "the Alliance" and the like. */
    int lastSeen;
    /** The {@link #resolveEntities} call that made it: 1 for the first. */
    int batch;
    /** The last {@link #resolveEntities} call in which a mention by name named it, or 0. */
    int namedIn;

    EntityActor(String canonicalKey) {
      this.canonicalKey = canonicalKey;
    }

    boolean made() {
      return key != null;
    }

    void make(String key, int batch) {
      this.key = key;
      this.batch = batch;
    }

    /**
     * Whether {@code surface} is only a form seen before written in capitals: {@link
     * #capsCopy(String, Set)} of the lower-case forms of the canonical name and of every
     * surface so far.
     */
    boolean capsCopy(String surface) {
      if (hasLowerCase(surface)) {
        return false;
      }
      if (lowerCaseForms == null) {
        lowerCaseForms = new HashSet<>();
        lowerCaseForms.add(canonicalKey);
        if (firstSurface != null) {
          lowerCaseForms.add(canonicalKey(firstSurface));
        }
        if (otherSurfaces != null) {
          for (String s : otherSurfaces.items()) {
            lowerCaseForms.add(canonicalKey(s));
          }
        }
      }
      return lowerCaseForms.contains(canonicalKey(surface));
    }

    /**
     * Whether it has been written as {@code surface} before: then that surface is already an
     * alias (or the name), or a {@link #capsCopy} (its lower-case form is one of {@link
     * #lowerCaseForms} since it was first seen).
     */
    boolean written(String surface) {
      return surface.equals(firstSurface) || otherSurfaces != null && otherSurfaces.contains(surface);
    }

    /** Records a form it is written in. */
    void addSurface(String surface) {
      if (written(surface)) {
        return;
      }
      if (firstSurface == null) {
        firstSurface = surface;
      } else {
        if (otherSurfaces == null) {
          otherSurfaces = new DistinctList();
        }
        otherSurfaces.add(surface);
      }
      if (lowerCaseForms != null) {
        lowerCaseForms.add(canonicalKey(surface));
      }
    }
  }

  /** The tokens of a long paragraph: where the per-paragraph buffers start. */
  private static final int PARAGRAPH_TOKENS = 128;

  private static final Comparator<EntityMention> BY_RANGE = (a, b) -> a.range().compareTo(b.range());

  Recognition(SourceText source, Lexicons lex) {
    this.source = source;
    this.lex = lex;
  }

  /** The text of {@code r} with runs of whitespace (a line break inside a name) made one space. */
  String slice(TextRange r) {
    return collapse(source.slice(r));
  }

  /**
   * {@link #slice(TextRange)}, but {@code expected} itself when the text there is exactly it
   * (most mentions of a state or organisation write its canonical name): no new string.
   * {@code expected} must be {@link #collapsed}, as {@link Lexicons} checks every canonical name
   * is when it loads them, so that it is what {@link #slice(TextRange)} would return.
   */
  String slice(TextRange r, String expected) {
    if (expected.length() == r.length() && source.original().startsWith(expected, r.start())) {
      return expected;
    }
    return slice(r);
  }

  /**
   * Whether {@code surface} is only a known form written in capitals ("GEORGIA" in a headline
   * for "Georgia"): a mention, but no alias worth listing.
   */
  static boolean capsCopy(String surface, Set<String> knownLowerCase) {
    return !hasLowerCase(surface) && knownLowerCase.contains(surface.toLowerCase(Locale.ROOT));
  }

  static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String collapse(String s) {
    if (collapsed(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    return sb.toString();
  }

  /** Whether {@link #collapse} would leave {@code s} as it is: no whitespace but single inner spaces. */
  static boolean collapsed(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1 || s.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (c <= ' ' || c == '\u00A0' || c > '\u007E' && Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static String canonicalKey(String canonical) {
    return canonical.toLowerCase(Locale.ROOT);
  }

  /** Whether the article already has an actor for this state or organisation. */
  boolean known(String canonical) {
    EntityActor a = entityActors.get(canonicalKey(canonical));
    return a != null && a.made();
  }

  /**
   * Turns the pending entity mentions into actors, in text order: names first make their
   * actors; a capital goes to the historical state only when the article names it; a generic
   * phrase goes to the organisation of that name mentioned nearest before it (or after it).
   */
  void resolveEntities() {
    if (entityMentions.isEmpty()) {
      return; // a headline without one
    }
    batch++;
    entityMentions.sort(BY_RANGE);
    // the keys these mentions name (each gets its actor below); with the actors made before,
    // what the article names: an entry, made now if need be, marked with this batch
    for (EntityMention m : entityMentions) {
      if (m.form() == EntityRef.Form.NAME) {
        entry(first(m, EntityRef.Form.NAME).key()).namedIn = batch;
      }
    }
    for (EntityMention m : entityMentions) {
      EntityRef ref = choose(m);
      if (ref == null) {
        continue;
      }
      EntityActor actor = entry(ref.key());
      if (!actor.made()) {
        actor.make(table.add(ref.canonical(), ref.kind()), batch);
      }
      String surface = m.surface();
      if (!actor.written(surface)) {
        // a form seen before was an alias then, or a capitals copy: nothing changes
        if (!actor.capsCopy(surface)) {
          table.addAlias(actor.key, surface);
        }
        actor.addSurface(surface);
      }
      table.addMention(actor.key, m.range(), false);
      actor.lastSeen = m.range().start();
    }
    entityMentions.clear();
  }

  /** The entry of {@code key}, made (without its actor) if there is none. */
  private EntityActor entry(String key) {
    EntityActor a = entityActors.get(key);
    if (a == null) {
      a = new EntityActor(key);
      entityActors.put(key, a);
    }
    return a;
  }

  /**
   * Whether the article names the state or organisation of {@code key}: a mention being
   * resolved names it ({@link EntityActor#namedIn}), or an actor made before these mentions is
   * it. An actor that one of them made (a capital's state) does not count, so that the answer
   * is the same for each of them, whatever their order.
   */
  private boolean named(String key) {
    EntityActor a = entityActors.get(key);
    return a != null && (a.namedIn == batch || a.made() && a.batch < batch);
  }

  private EntityRef choose(EntityMention m) {
    switch (m.form()) {
      case NAME:
        return first(m, EntityRef.Form.NAME);
      case CAPITAL: {
        EntityRef modern = null;
        List<EntityRef> refs = m.refs();
        for (int k = 0; k < refs.size(); k++) {
          EntityRef r = refs.get(k);
          if (r.form() != EntityRef.Form.CAPITAL) {
            continue;
          }
          if (r.historical() && named(r.key())) {
            return r;
          }
          if (!r.historical() && modern == null) {
            modern = r;
          }
        }
        if (modern == null || named(modern.key())) {
          return modern;
        }
        // a seat ("Brussels") stands for the organisation the article names, if any
        EntityRef seat = chooseContext(m);
        if (seat != null) {
          return seat;
        }
        return m.locative() ? null : modern;
      }
      case CONTEXT:
        return chooseContext(m);
      default:
        return null;
    }
  }

  private static EntityRef first(EntityMention m, EntityRef.Form form) {
    // by index, as in choose: the JIT left the iterator of these immutable lists allocated
    List<EntityRef> refs = m.refs();
    for (int i = 0; i < refs.size(); i++) {
      EntityRef r = refs.get(i);
      if (r.form() == form) {
        return r;
      }
    }
    return m.refs().get(0);
  }

  /**
   * The organisation a generic phrase stands for: the one named (itself, or an organisation it
   * belongs to) nearest before, or else later.
   */
  private EntityRef chooseContext(EntityMention m) {
    EntityRef best = null;
    int bestSeen = Integer.MIN_VALUE;
    EntityRef later = null;
    List<EntityRef> refs = m.refs();
    for (int i = 0; i < refs.size(); i++) {
      EntityRef r = refs.get(i);
      if (r.form() != EntityRef.Form.CONTEXT) {
        continue;
      }
      // the phrase's own organisation (its key is the reference's), then those it belongs to
      List<String> partOf = lex.partOfKeys(r.canonical());
      for (int k = -1; k < partOf.size(); k++) {
        String ownerKey = k < 0 ? r.key() : partOf.get(k);
        EntityActor owner = entityActors.get(ownerKey);
        if (owner != null && owner.made() && owner.lastSeen < m.range().start() && owner.lastSeen > bestSeen) {
          best = r;
          bestSeen = owner.lastSeen;
        } else if (later == null && named(ownerKey)) {
          later = r;
        }
      }
    }
    return best != null ? best : later;
  }

  /** The canonical name of what a claimed phrase stands for, as an affiliation; null if none. */
  static String affiliation(EntityRef ref) {
    if (ref == null || ref.form() == EntityRef.Form.REGION || ref.form() == EntityRef.Form.CONTEXT) {
      return null;
    }
    return ref.kind() == ActorKind.STATE || ref.kind() == ActorKind.ORGANIZATION ? ref.canonical() : null;
  }
}
