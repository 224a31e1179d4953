package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
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
  /**
   * Each actor's evidence, as a set of statement indexes: a long article adds thousands of
   * statements to one actor. A bit set keeps them without boxing, each once, and reads them
   * back in ascending order.
   */
  private final Map<String, BitSet> evidence = new HashMap<>();

  void add(String actor, Stance stance, List<Integer> statements) {
    Stance known = stances.putIfAbsent(actor, stance);
    if (known != null && known != stance) {
      return;
    }
    BitSet set = evidence.computeIfAbsent(actor, k -> new BitSet());
    for (int i = 0; i < statements.size(); i++) {
      set.set(statements.get(i));
    }
  }

  List<PositionDraft> drafts() {
    List<PositionDraft> out = new ArrayList<>(stances.size());
    for (Map.Entry<String, Stance> e : stances.entrySet()) {
      BitSet set = evidence.get(e.getKey());
      List<Integer> ev = new ArrayList<>(set.cardinality());
      for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
        ev.add(i);
      }
      out.add(new PositionDraft(e.getKey(), e.getValue(), ev));
    }
    return out;
  }
}
