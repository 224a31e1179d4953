package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A trie over token texts: finds the longest lexicon phrase that starts at a token. A lookup
 * walks at most as many tokens as the longest phrase holds, so scanning a text is linear.
 * Every key must be in the {@link Vocabulary} of {@link Lexicons} (see {@link #addWordsTo}):
 * a lookup stops at a token marked {@link Token#unknown()} without hashing it, and does not
 * start at a token whose {@link Token#lexicons()} lacks the trie's bit (see {@link #firstWords}).
 */
final class PhraseTrie<V> {

  /** The longest phrase found: it covers tokens {@code [from, to)}. */
  record Match<V>(int from, int to, List<V> values) {}

  private static final class Node<V> {
    final Map<String, Node<V>> children = new HashMap<>();
    final List<V> values = new ArrayList<>();
  }

  private final Node<V> root = new Node<>();
  /** This trie's bit in {@link Token#lexicons()}. */
  private final int bit;

  /** A trie whose phrases may start only at tokens with {@code bit} in {@link Token#lexicons()}. */
  PhraseTrie(int bit) {
    this.bit = bit;
  }

  void put(List<String> keys, V value) {
    if (keys.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String k : keys) {
      node = node.children.computeIfAbsent(k, x -> new Node<>());
    }
    if (!node.values.contains(value)) {
      node.values.add(value);
    }
  }

  /** Adds every key of every phrase to {@code out}. */
  void addWordsTo(Collection<String> out) {
    addWords(root, out);
  }

  /** The first keys of the phrases: the words a phrase can start with. */
  Collection<String> firstWords() {
    return root.children.keySet();
  }

  private static <V> void addWords(Node<V> node, Collection<String> out) {
    for (Map.Entry<String, Node<V>> e : node.children.entrySet()) {
      out.add(e.getKey());
      addWords(e.getValue(), out);
    }
  }

  /** The longest phrase at {@code tokens[i]}, each token's key given by {@code key}; null if none. */
  Match<V> longest(List<Token> tokens, int i, Function<Token, String> key) {
    if (i >= tokens.size() || !tokens.get(i).mayBeIn(bit)) {
      return null;
    }
    Node<V> node = root;
    Match<V> best = null;
    for (int k = i; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      node = t.unknown() ? null : node.children.get(key.apply(t));
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        best = new Match<>(i, k + 1, node.values);
      }
    }
    return best;
  }

  /** The phrase that covers exactly {@code tokens[from, to)}, or an empty list. */
  List<V> exactly(List<Token> tokens, int from, int to, Function<Token, String> key) {
    if (from < to && !tokens.get(from).mayBeIn(bit)) {
      return List.of();
    }
    Node<V> node = root;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      node = t.unknown() ? null : node.children.get(key.apply(t));
      if (node == null) {
        return List.of();
      }
    }
    return node.values;
  }
}
