package org.wiretext.internal.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wiretext.model.ActorKind;

/**
 * Finds what a personal pronoun most likely refers to, for the statement stage ("he said"):
 * the nearest preceding mention of a compatible actor. "he"/"she" take the nearest person
 * whose recorded gender ({@link ActorTable#gender}) does not contradict the pronoun; "it"
 * takes the nearest organisation or state; "they" the nearest organisation, state or group.
 * The pronoun lexicon is {@code pronouns.tsv}. Looks back over a bounded number of mentions.
 */
public final class PronounResolver {

  /** How many mentions back to look; beyond that a pronoun is too far from its antecedent. */
  private static final int LOOK_BACK = 40;

  private PronounResolver() {}

  /**
   * The key of the actor that {@code pronoun} at {@code offset} most likely refers to, or empty
   * when the pronoun is not a personal pronoun or no compatible actor precedes it.
   */
  public static Optional<String> resolve(ActorTable table, String pronoun, int offset) {
    String kind = Lexicons.get().pronouns.get(pronoun.strip().toLowerCase(Locale.ROOT));
    if (kind == null) {
      return Optional.empty();
    }
    List<ActorTable.MentionRef> mentions = table.mentions();
    for (int i = table.firstStartingAtOrAfter(offset) - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--, seen++) {
      ActorTable.MentionRef m = mentions.get(i);
      if (m.range().end() > offset) {
        continue;
      }
      Optional<ActorTable.ActorRecord> a = table.get(m.actorKey());
      if (a.isPresent() && compatible(table, a.get(), kind)) {
        return Optional.of(a.get().key());
      }
    }
    return Optional.empty();
  }

  /** Whether an actor can be what a pronoun of antecedent class {@code kind} refers to. */
  private static boolean compatible(ActorTable table, ActorTable.ActorRecord a, String kind) {
    ActorKind k = a.kind();
    Gender g = table.gender(a.key());
    switch (kind) {
      case "m":
        return k == ActorKind.PERSON && g != Gender.FEMALE;
      case "f":
        return k == ActorKind.PERSON && g != Gender.MALE;
      case "p":
        return k == ActorKind.PERSON;
      case "o":
        return k == ActorKind.ORGANIZATION || k == ActorKind.STATE;
      case "ol":
        return k == ActorKind.ORGANIZATION || k == ActorKind.STATE || k == ActorKind.GROUP;
      default:
        return false;
    }
  }
}
