package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A trie over token texts: finds the longest lexicon phrase that starts at a token. A lookup
 * walks at most as many tokens as the longest phrase holds, so scanning a text is linear.
 * Phrases are put by their words; once all are in, {@link #index} numbers the trie's nodes and
 * keys its edges by {@link Vocabulary} id, so that a lookup reads each token's id (its text, or
 * its lower- or upper-case form: the trie's {@code key}) and probes one table of ints, with no
 * string hashed. Every key must be in that vocabulary (see {@link #addWordsTo}). A lookup
 * does not start at a token outside the trie's word class of first words ({@link #firstWords},
 * {@link Token#is(long)}), which most tokens are: that costs no memory read beyond the token.
 */
final class PhraseTrie<V> {

  /** The longest phrase found: it covers tokens {@code [from, to)}. */
  record Match<V>(int from, int to, List<V> values) {}

  /** A node while phrases are put, before {@link #index}. */
  private static final class Node<V> {
    final Map<String, Node<V>> children = new LinkedHashMap<>();
    final List<V> values = new ArrayList<>();
  }

  private Node<V> root = new Node<>();
  /** The word class of the phrases' first words, or 0 to try every token. */
  private final long first;
  /**
   * The edges by parent node and word id ({@link #edgeKey}), by open addressing at most half
   * full; a slot is empty when its child is 0 (the root is no one's child).
   */
  private long[] edgeKeys;
  private int[] edgeChildren;
  private int edgeMask;
  /** Per node number, the values of the phrase that ends there (empty for none). */
  private List<List<V>> values;
  /** Per node number, how many words lead to it from the root. */
  private int[] depths;

  /**
   * A trie whose phrases start only at tokens of the word class {@code first} (bits of
   * {@link Lexicons}, made of {@link #firstWords}), or at any token for 0.
   */
  PhraseTrie(long first) {
    this.first = first;
  }

  /** A trie that tries every token. */
  PhraseTrie() {
    this(0);
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

  /**
   * Numbers the nodes and keys the edges by the ids of {@code vocabulary}, which must hold every
   * key; the trie is read only after this, and takes no more phrases.
   */
  void index(Vocabulary vocabulary) {
    List<Node<V>> nodes = new ArrayList<>();
    List<long[]> edges = new ArrayList<>();
    List<Integer> depth = new ArrayList<>();
    nodes.add(root);
    depth.add(0);
    for (int n = 0; n < nodes.size(); n++) {
      for (Map.Entry<String, Node<V>> e : nodes.get(n).children.entrySet()) {
        depth.add(depth.get(n) + 1);
        int id = vocabulary.id(e.getKey());
        if (id < 0) {
          throw new IllegalArgumentException("not in the vocabulary: " + e.getKey());
        }
        edges.add(new long[] {edgeKey(n, id), nodes.size()});
        nodes.add(e.getValue());
      }
    }
    int size = Integer.highestOneBit(Math.max(4, edges.size() * 2)) * 2;
    edgeKeys = new long[size];
    edgeChildren = new int[size];
    edgeMask = size - 1;
    for (long[] e : edges) {
      int k = slot(e[0]);
      while (edgeChildren[k] != 0) {
        k = (k + 1) & edgeMask;
      }
      edgeKeys[k] = e[0];
      edgeChildren[k] = (int) e[1];
    }
    depths = new int[nodes.size()];
    for (int n = 0; n < depths.length; n++) {
      depths[n] = depth.get(n);
    }
    values = new ArrayList<>(nodes.size());
    for (Node<V> node : nodes) {
      values.add(node.values.isEmpty() ? List.of() : List.copyOf(node.values));
    }
    root = null;
  }

  /** Whether a phrase may start at {@code t}: it is of the class of first words. */
  private boolean starts(Token t) {
    return first == 0 || t.is(first);
  }

  /** The child of node {@code node} by the word of id {@code id}, or -1 (also for id -1). */
  private int child(int node, int id) {
    if (id < 0) {
      return -1;
    }
    long key = edgeKey(node, id);
    for (int k = slot(key); ; k = (k + 1) & edgeMask) {
      int c = edgeChildren[k];
      if (c == 0) {
        return -1;
      }
      if (edgeKeys[k] == key) {
        return c;
      }
    }
  }

  private static long edgeKey(int node, int id) {
    return (long) node << 32 | id;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & edgeMask;
  }

  /** The longest phrase at {@code tokens[i]}, each token's id given by {@code key}; null if none. */
  Match<V> longest(List<Token> tokens, int i, ToIntFunction<Token> key) {
    int node = longestNode(tokens, i, key);
    return node < 0 ? null : new Match<>(i, i + depths[node], values.get(node));
  }

  /**
   * {@link #longest} without a match made, for a rule's inner loop: the node where the phrase
   * ends, or -1 if none; {@link #length(int)} and {@link #values(int)} read the match from it.
   */
  int longestAt(List<Token> tokens, int i, ToIntFunction<Token> key) {
    return longestNode(tokens, i, key);
  }

  /** How many tokens the phrase that ends at {@code node} ({@link #longestAt}) covers. */
  int length(int node) {
    return depths[node];
  }

  /** The values of the phrase that ends at {@code node} ({@link #longestAt}). */
  List<V> values(int node) {
    return values.get(node);
  }

  /** The end of the longest phrase at {@code tokens[i]} ({@link #longest}), or -1 if none: no match made. */
  int longestEnd(List<Token> tokens, int i, ToIntFunction<Token> key) {
    int node = longestNode(tokens, i, key);
    return node < 0 ? -1 : i + depths[node];
  }

  /** The node where the longest phrase at {@code tokens[i]} ends, or -1 if none. */
  private int longestNode(List<Token> tokens, int i, ToIntFunction<Token> key) {
    if (i >= tokens.size() || !starts(tokens.get(i))) {
      return -1;
    }
    int node = 0;
    int best = -1;
    for (int k = i; k < tokens.size(); k++) {
      node = child(node, key.applyAsInt(tokens.get(k)));
      if (node < 0) {
        break;
      }
      if (!values.get(node).isEmpty()) {
        best = node;
      }
    }
    return best;
  }

  /** The phrase that covers exactly {@code tokens[from, to)}, or an empty list. */
  List<V> exactly(List<Token> tokens, int from, int to, ToIntFunction<Token> key) {
    if (from < to && !starts(tokens.get(from))) {
      return List.of();
    }
    int node = 0;
    for (int k = from; k < to; k++) {
      node = child(node, key.applyAsInt(tokens.get(k)));
      if (node < 0) {
        return List.of();
      }
    }
    return values.get(node);
  }
}
