package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wiretext.internal.bid.BidDraft.PositionDraft;
import org.wiretext.model.Stance;

/**
 * The positions found for one bid, one per actor: the first stance found for an actor stands,
 * later evidence for the same stance is added to it.
 */
final class PositionBook {

  private final Map<String, Stance> stances = new LinkedHashMap<>();
  /** Each actor's evidence, a set: a long article adds thousands of statements to one actor. */
  private final Map<String, Set<Integer>> evidence = new HashMap<>();

  void add(String actor, Stance stance, List<Integer> statements) {
    Stance known = stances.putIfAbsent(actor, stance);
    if (known != null && known != stance) {
      return;
    }
    evidence.computeIfAbsent(actor, k -> new HashSet<>()).addAll(statements);
  }

  List<PositionDraft> drafts() {
    List<PositionDraft> out = new ArrayList<>();
    for (Map.Entry<String, Stance> e : stances.entrySet()) {
      List<Integer> ev = new ArrayList<>(evidence.get(e.getKey()));
      ev.sort(null);
      out.add(new PositionDraft(e.getKey(), e.getValue(), ev));
    }
    return out;
  }
}
