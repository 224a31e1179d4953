package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strings without repeats in the order first added, what a {@code LinkedHashSet} keeps, for
 * an actor's titles, affiliations and aliases while a table is built: an actor has a handful
 * at most, which a list searched from end to end holds with one small array, where a linked
 * set makes a map and a node per string. Past {@link #INDEXED} strings a hash set indexes
 * them too, so that adding many stays linear. Not thread-safe.
 */
final class DistinctList {

  /** How many strings are searched one by one before the hash set is made. */
  static final int INDEXED = 8;

  private final List<String> items;
  /** The strings of {@link #items}, once there are more than {@link #INDEXED}; else null. */
  private Set<String> index;

  DistinctList() {
    items = new ArrayList<>(4);
  }

  /** A list of {@code from}'s strings, each once, in their order. */
  DistinctList(List<String> from) {
    items = new ArrayList<>(Math.max(4, from.size()));
    for (int i = 0; i < from.size(); i++) {
      add(from.get(i));
    }
  }

  /** Adds {@code s} at the end unless it is there already; returns whether it was added. */
  boolean add(String s) {
    if (contains(s)) {
      return false;
    }
    items.add(s);
    if (index != null) {
      index.add(s);
    } else if (items.size() > INDEXED) {
      index = new HashSet<>(items);
    }
    return true;
  }

  /** Adds each of {@code strings} in their order ({@link #add}). */
  void addAll(List<String> strings) {
    for (int i = 0; i < strings.size(); i++) {
      add(strings.get(i));
    }
  }

  /** Removes {@code s} if it is there; the others keep their order. */
  void remove(String s) {
    if (items.remove(s) && index != null) {
      index.remove(s);
    }
  }

  boolean contains(String s) {
    if (index != null) {
      return index.contains(s);
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** The strings in their order: a view to read, not to change. */
  List<String> items() {
    return items;
  }
}
