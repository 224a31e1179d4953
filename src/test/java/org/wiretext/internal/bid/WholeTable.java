package org.wiretext.internal.bid;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.actor.ActorTable.ActorRecord;
import org.wiretext.model.ActorKind;

/**
 * The bid stage's per-actor facts worked out over a whole actor table at once, the plain way:
 * the reference the tokenizer's per-actor arrays are compared with in tests.
 */
final class WholeTable {
  private WholeTable() {}

  /** The keys of the actors of {@code table} that are organisations states join. */
  static Set<String> joinable(ActorTable table) {
    Set<String> out = new HashSet<>();
    for (ActorRecord a : table.actors()) {
      if (BidLexicon.get().isJoinable(a)) {
        out.add(a.key());
      }
    }
    return out;
  }

  /**
   * Each organisation of {@code table} that is a body of a state the article names, mapped to
   * that state ({@link ApplicantVoice#bodyState}); joinable organisations (their keys in
   * {@code joinable}) are never bodies of a state.
   */
  static Map<String, String> bodyStates(ActorTable table, Set<String> joinable) {
    Map<String, String> out = new HashMap<>();
    List<ActorRecord> actors = table.actors();
    for (ActorRecord body : actors) {
      if (body.kind() != ActorKind.ORGANIZATION || joinable.contains(body.key())) {
        continue;
      }
      String state = ApplicantVoice.bodyState(actors, body);
      if (state != null) {
        out.put(body.key(), state);
      }
    }
    return out;
  }
}
