package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wiretext.internal.bid.BidDraft.PositionDraft;
import org.wiretext.model.Stance;

/**
 * The positions found for one bid, one per actor: the first stance found for an actor stands,
 * later evidence for the same stance is added to it.
 */
final class PositionBook {

  private final Map<String, Stance> stances = new LinkedHashMap<>();
  private final Map<String, List<Integer>> evidence = new LinkedHashMap<>();

  void add(String actor, Stance stance, List<Integer> statements) {
    Stance known = stances.putIfAbsent(actor, stance);
    if (known != null && known != stance) {
      return;
    }
    List<Integer> ev = evidence.computeIfAbsent(actor, k -> new ArrayList<>());
    for (Integer i : statements) {
      if (!ev.contains(i)) {
        ev.add(i);
      }
    }
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
