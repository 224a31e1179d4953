package org.wiretext.internal.bid;

import org.wiretext.internal.actor.ActorTable.ActorRecord;
import org.wiretext.model.ActorKind;

/**
 * One token of a sentence: either a word or punctuation mark (lower-cased, folded), or a whole
 * actor mention. {@code possessive} marks a token followed by "'s" or "'".
 *
 * @param start offset of the token in the original text
 * @param end end offset (the possessive ending not included)
 * @param word the lower-cased word, or the mention's text for an actor token
 * @param actor the actor of a mention token, else null
 * @param capitalised whether the token starts with an upper-case letter as written
 * @param state the key of the state the token stands for: a state's own mention, or a body of
 *     that state ("Finland's parliament", "Government of Kosovo"); else null
 */
record Token(int start, int end, String word, ActorRecord actor, boolean possessive, boolean capitalised,
    String state) {

  boolean isActor() {
    return actor != null;
  }

  boolean isKind(ActorKind kind) {
    return actor != null && actor.kind() == kind;
  }

  /** Whether the token stands for a state: the state itself or one of its bodies. */
  boolean isState() {
    return state != null;
  }

  boolean isWord(String w) {
    return actor == null && word.equals(w);
  }

  /** A word token of letters or digits (not punctuation, not a mention). */
  boolean isPlainWord() {
    return actor == null && !word.isEmpty() && Character.isLetterOrDigit(word.charAt(0));
  }

  boolean isNumber() {
    return actor == null && !word.isEmpty() && Character.isDigit(word.charAt(0));
  }
}
