package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.actor.ActorTable.ActorRecord;

/**
 * Whether an actor speaks for an applicant state: the state itself, or an actor whose name,
 * titles or affiliations name it or use its adjective ("President of Kosovo", "Government of
 * Kosovo", "Romanian prime minister"). Adjectives are recognised by a shared stem with the
 * state's name ("Romania"/"Romanian", "Turkey"/"Turkish"), which covers regular demonyms.
 */
final class ApplicantVoice {

  private ApplicantVoice() {}

  static boolean speaksFor(ActorTable table, String actorKey, String applicantKey) {
    if (actorKey.equals(applicantKey)) {
      return true;
    }
    ActorRecord actor = table.get(actorKey).orElse(null);
    ActorRecord state = table.get(applicantKey).orElse(null);
    if (actor == null || state == null) {
      return false;
    }
    List<String> about = new ArrayList<>(actor.titles());
    about.addAll(actor.affiliations());
    if (actor.kind() != org.wiretext.model.ActorKind.PERSON) {
      about.add(actor.name());
    }
    List<String> names = new ArrayList<>(state.aliases());
    names.add(state.name());
    for (String text : about) {
      for (String word : text.split("[^\\p{L}-]+")) {
        for (String name : names) {
          if (sameStem(word, name)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "Kosovo"/"Kosovo", "Romanian"/"Romania", "Turkish"/"Turkey": a shared stem of at least four letters. */
  static boolean sameStem(String word, String name) {
    if (word.isEmpty() || name.isEmpty() || !Character.isUpperCase(word.charAt(0)) || name.indexOf(' ') >= 0) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    String n = name.toLowerCase(Locale.ROOT);
    if (w.equals(n)) {
      return true;
    }
    int common = 0;
    while (common < w.length() && common < n.length() && w.charAt(common) == n.charAt(common)) {
      common++;
    }
    return common >= 4 && common >= n.length() - 2 && w.length() - common <= 3;
  }
}
