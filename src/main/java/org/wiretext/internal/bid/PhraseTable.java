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
    generation = Vocabulary.snapshot().size();
  }

  /** The longest phrase starting at token {@code i}, or null. */
  Match<V> at(SentenceTokens s, int i) {
    Token t = s.get(i);
    if (t.isActor()) {
      return null;
    }
    List<Entry<V>> list;
    int id = t.id();
    if (id >= 0) {
      list = id < byFirstId.length ? byFirstId[id] : null;
    } else if (t.generation() >= generation) {
      return null; // not a word of the vocabulary, which holds every phrase's words
    } else {
      list = byFirst.get(t.word());
    }
    if (list == null) {
      return null;
    }
    for (Entry<V> e : list) {
      if (i + e.words.length > s.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.words.length && ok; k++) {
        Token u = s.get(i + k);
        // a possessive inside a phrase breaks it, except on its last word
        // an actor token may stand in a phrase where its text is the phrase's word ("its")
        boolean same = u.isActor()
            ? u.end() - u.start() == e.words[k].length() && u.word().equalsIgnoreCase(e.words[k])
            : u.id() >= 0 ? u.id() == e.ids[k] : u.generation() < generation && u.isWord(e.words[k]);
        ok = same && !(s.get(i + k - 1).possessive());
      }
      if (ok) {
        return new Match<>(i, i + e.words.length, e.value);
      }
    }
    return null;
  }

  /** Every non-overlapping longest match in the sentence, left to right. */
  List<Match<V>> all(SentenceTokens s) {
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Match<V> m = at(s, i);
      if (m != null) {
        out.add(m);
        i = m.to() - 1;
      }
    }
    return out;
  }
}
