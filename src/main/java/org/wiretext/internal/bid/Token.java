package org.wiretext.internal.bid;

import java.util.Locale;
import org.wiretext.internal.actor.ActorTable.ActorRecord;
import org.wiretext.internal.text.Chars;
import org.wiretext.internal.text.CommonWords;
import org.wiretext.internal.text.SourceText;
import org.wiretext.model.ActorKind;

/**
 * One token of a sentence: either a word or punctuation mark (lower-cased, folded), or a whole
 * actor mention. {@code possessive} marks a token followed by "'s" or "'". A mention's token is
 * made as the sentence is read; a word's or mark's only when a rule asks {@link
 * SentenceTokens#get} for it (the sentence keeps its tokens as columns).
 *
 * <p>A word of the {@link Vocabulary} carries the vocabulary's shared string (its number is kept
 * beside it by {@link SentenceTokens}); any other word (a name, a number) is only cut from the text and lower-cased when a rule asks for
 * its {@link #word()}, which most never do: they test tokens against {@link WordSet}s or with
 * {@link #isWord(String)}, which compares in place.
 */
final class Token {

  private final SourceText source;
  private final int start;
  private final int end;
  private final ActorRecord actor;
  private final boolean possessive;
  private final boolean capitalised;
  private final String state;
  /** Whether this is a word of letters or digits (not a mark, not a mention). */
  private final boolean plain;
  /** Whether this mention's actor is an organisation states join ({@link BidLexicon#isJoinable}). */
  private final boolean joinable;
  /** The word, once known: null for a word outside the vocabulary until asked for. */
  private String word;

  private Token(SourceText source, int start, int end, String word, ActorRecord actor, boolean possessive,
      boolean capitalised, String state, boolean plain, boolean joinable) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.word = word;
    this.actor = actor;
    this.possessive = possessive;
    this.capitalised = capitalised;
    this.state = state;
    this.plain = plain;
    this.joinable = joinable;
  }

  /** A whole actor mention at {@code [start, end)}; its word is the mention's text as written. */
  static Token actor(SourceText source, int start, int end, ActorRecord actor, boolean possessive,
      String state, boolean joinable) {
    return new Token(source, start, end, null, actor, possessive, true, state, false, joinable);
  }

  /**
   * A word of letters or digits at {@code [start, end)}: {@code word} the vocabulary's shared
   * string, or null for a word outside it (then the run is ASCII, cut when asked for);
   * {@code capitalised} whether it starts with an upper-case letter.
   */
  static Token word(SourceText source, int start, int end, String word, boolean possessive,
      boolean capitalised) {
    return new Token(source, start, end, word, null, possessive, capitalised, null, true, false);
  }

  /** A punctuation mark {@code mark} at {@code [start, end)}. */
  static Token mark(SourceText source, int start, int end, String mark) {
    return new Token(source, start, end, mark, null, false, false, null,
        !mark.isEmpty() && Character.isLetterOrDigit(mark.charAt(0)), false);
  }

  /** Offset of the token in the original text. */
  int start() {
    return start;
  }

  /** End offset (the possessive ending not included). */
  int end() {
    return end;
  }

  /** The lower-cased word, or the mention's text for an actor token. */
  String word() {
    String w = word;
    if (w == null) {
      if (actor != null) {
        w = source.slice(start, end);
      } else {
        String text = source.folded();
        w = CommonWords.lower(text, start, end);
        if (w == null) {
          w = Chars.slice(text, start, end).toLowerCase(Locale.ROOT);
        }
      }
      word = w;
    }
    return w;
  }

  /** The actor of a mention token, else null. */
  ActorRecord actor() {
    return actor;
  }

  /** Whether the token is followed by "'s" or "'". */
  boolean possessive() {
    return possessive;
  }

  /** Whether the token starts with an upper-case letter as written (always for a mention). */
  boolean capitalised() {
    return capitalised;
  }

  /**
   * The key of the state the token stands for: a state's own mention, or a body of that state
   * ("Finland's parliament", "Government of Kosovo"); else null.
   */
  String state() {
    return state;
  }

  boolean isActor() {
    return actor != null;
  }

  /** Whether this is a mention of an organisation states join. */
  boolean isJoinable() {
    return joinable;
  }

  boolean isKind(ActorKind kind) {
    return actor != null && actor.kind() == kind;
  }

  /** Whether the token stands for a state: the state itself or one of its bodies. */
  boolean isState() {
    return state != null;
  }

  /** Whether this is a word or mark token (not a mention) whose word is {@code w}. */
  boolean isWord(String w) {
    if (actor != null) {
      return false;
    }
    String known = word;
    if (known != null) {
      return known.equals(w);
    }
    // an ASCII word outside the vocabulary, not cut yet: compare in place
    int n = end - start;
    if (w.length() != n) {
      return false;
    }
    return CommonWords.equalsLowered(w, source.folded(), start);
  }

  /** A word token of letters or digits (not punctuation, not a mention). */
  boolean isPlainWord() {
    return actor == null && plain;
  }

  boolean isNumber() {
    return actor == null && plain && Character.isDigit(source.folded().charAt(start));
  }
}
