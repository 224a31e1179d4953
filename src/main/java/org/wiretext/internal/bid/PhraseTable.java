package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-word phrases keyed by their first word, matched longest first against the word tokens
 * of a sentence. A phrase spans an actor token only where the mention's text is the phrase's
 * word (a pronoun such as "its"). Matching at one position costs the
 * number of phrases sharing its first word, a small constant.
 *
 * @param <V> what a phrase carries (a cue's role and stage, a stance)
 */
final class PhraseTable<V> {

  /** A phrase found in a sentence: tokens {@code [from, to)}. */
  record Match<V>(int from, int to, V value) {}

  private record Entry<V>(String[] words, int[] ids, V value) {}

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
  /** The same lists by the {@link Vocabulary} number of their first word. */
  private List<Entry<V>>[] byFirstId = newArray(0);
  /** The {@link Vocabulary} numbers of the phrases' first words, as bits. */
  private long[] firstBits = new long[0];
  /** The vocabulary's size once every phrase's words were in it. */
  private int generation;

  @SuppressWarnings("unchecked")
  private static <V> List<Entry<V>>[] newArray(int n) {
    return (List<Entry<V>>[]) new List<?>[n];
  }

  void add(String phrase, V value) {
    String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
    int[] ids = Vocabulary.register(words);
    List<Entry<V>> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(new Entry<>(words, ids, value));
    list.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    if (ids[0] >= byFirstId.length) {
      byFirstId = java.util.Arrays.copyOf(byFirstId, Math.max(ids[0] + 1, byFirstId.length * 2));
    }
    byFirstId[ids[0]] = list;
    if (ids[0] >>> 6 >= firstBits.length) {
      firstBits = java.util.Arrays.copyOf(firstBits, (ids[0] >>> 6) + 1);
    }
    firstBits[ids[0] >>> 6] |= 1L << ids[0];
    generation = Vocabulary.snapshot().size();
  }

  /** The longest phrase starting at token {@code i}, or null. */
  Match<V> at(SentenceTokens s, int i) {
    Entry<V> e = longestAt(s, i);
    return e == null ? null : new Match<>(i, i + e.words.length, e.value);
  }

  /** Whether a phrase starts at token {@code i}: {@link #at} without making the match. */
  boolean startsAt(SentenceTokens s, int i) {
    return longestAt(s, i) != null;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  private Entry<V> longestAt(SentenceTokens s, int i) {
    List<Entry<V>> list = startingWith(s, i);
    if (list == null) {
      return null;
    }
    for (int n = 0; n < list.size(); n++) {
      Entry<V> e = list.get(n);
      if (i + e.words.length > s.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.words.length && ok; k++) {
        // a possessive inside a phrase breaks it, except on its last word
        ok = matches(s, i + k, e, k) && !(s.possessive(i + k - 1));
      }
      if (ok) {
        return e;
      }
    }
    return null;
  }

  /** The phrases whose first word is token {@code i}'s, longest first, or null: read by its number. */
  private List<Entry<V>> startingWith(SentenceTokens s, int i) {
    int id = s.id(i);
    if (id >= 0) {
      return id < byFirstId.length ? byFirstId[id] : null;
    }
    if (id == SentenceTokens.ACTOR || s.generation() >= generation) {
      return null; // a mention, or not a word of the vocabulary, which holds every phrase's words
    }
    return byFirst.get(s.get(i).word());
  }

  /** Whether token {@code i} of {@code s} is word {@code k} of phrase {@code e}. */
  private boolean matches(SentenceTokens s, int i, Entry<V> e, int k) {
    int id = s.id(i);
    if (id >= 0) {
      return id == e.ids[k];
    }
    if (id == SentenceTokens.ACTOR) {
      // an actor token may stand in a phrase where its text is the phrase's word ("its")
      Token u = s.get(i);
      return u.end() - u.start() == e.words[k].length() && u.word().equalsIgnoreCase(e.words[k]);
    }
    return s.generation() < generation && s.get(i).isWord(e.words[k]);
  }

  /** Every non-overlapping longest match in the sentence, left to right (a list not to be changed). */
  List<Match<V>> all(SentenceTokens s) {
    // the first match is held alone, and a list made at the second: most sentences have no
    // match, and most of the others one, which is answered with an immutable list of it
    Match<V> first = null;
    List<Match<V>> out = null;
    // read when the vocabulary held every phrase's words, a sentence can start a phrase only at
    // a token whose number is a first word's: the search skips to those
    boolean byNumber = s.generation() >= generation;
    int i = byNumber ? s.nextIn(firstBits, 0) : 0;
    while (i < s.size()) {
      Match<V> m = at(s, i);
      int next = m != null ? m.to() : i + 1;
      if (m != null) {
        if (first == null) {
          first = m;
        } else {
          if (out == null) {
            out = new ArrayList<>(4);
            out.add(first);
          }
          out.add(m);
        }
      }
      i = byNumber ? s.nextIn(firstBits, next) : next;
    }
    return out != null ? out : first != null ? List.of(first) : List.of();
  }
}
