package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounded look-backs over a sentence's tokens: the subject of a cue, the holder of a stance,
 * skipping a parenthetical clause ("Russia -- which is not a member -- has ...", "Turkey,
 * which tomorrow will ..."). Every look-back visits at most a fixed number of tokens.
 */
final class Clauses {

  private Clauses() {}

  /** Words that end the search for a subject: the cue is in another clause. */
  private static final WordSet CLAUSE_BREAKS = WordSet.of(";", ":", "that", "but", "while", "because", "although");

  /** Words between a stance holder and its cue ("Germany will", "Mr Blair is an enthusiastic"). */
  private static final WordSet HOLDER_GLUE = WordSet.of(
      "has", "have", "had", "is", "are", "was", "were", "been", "be", "being", "will", "would",
      "shall", "also", "strongly", "staunchly", "firmly", "long", "repeatedly", "already", "now",
      "still", "always", "an", "a", "the", "enthusiastic", "staunchest", "strongest", "strong",
      "vocal", "key", "main", "leading", "most", "fiercely", "openly", "publicly", "reportedly",
      "clearly", "certainly", "not", "never", "n't", "did", "does", "do", "can", "could", "may",
      "might", "again", "further", "firm", "fervent", "keen", "loyal", "big", "biggest", "early",
      "consistently", "warmly", "previously", "yet", "all", "both", "too", "very", "earlier",
      "today", "yesterday", "formally", "officially", "then", "so", "far", "thus", "remain",
      "remains", "remained", "stay", "stayed", "grew", "increasingly", "deeply", "highly");

  /** Modals that make a cue advice to its subject, not the subject's stance ("X should help"). */
  private static final WordSet PRESCRIPTIVE = WordSet.of("should", "must", "ought");

  /** The index of the nearest actor token before {@code from} within {@code window} tokens of the same clause, or -1. */
  static int actorBefore(SentenceTokens s, int from, int window) {
    int seen = 0;
    for (int i = from - 1; i >= 0 && seen < window; i--) {
      if (s.isActor(i)) {
        return i;
      }
      if (CLAUSE_BREAKS.contains(s, i)) {
        return -1;
      }
      int open = parentheticalOpen(s, i);
      if (open >= 0) {
        i = open;
        continue;
      }
      seen++;
    }
    return -1;
  }

  /**
   * The holder of a stance cue at {@code from}: the group of actors right before it, past only
   * auxiliaries, adverbs and articles. Empty when the cue is advice ("should support").
   */
  static List<Token> holderBefore(SentenceTokens s, int from) {
    for (int i = from - 1, seen = 0; i >= 0 && seen < 7; i--) {
      if (s.isActor(i)) {
        return s.possessive(i) ? List.of() : groupEndingAt(s, i);
      }
      if (PRESCRIPTIVE.contains(s, i)) {
        return List.of();
      }
      int open = parentheticalOpen(s, i);
      if (open >= 0) {
        i = open;
        continue;
      }
      if (!HOLDER_GLUE.contains(s, i)) {
        return List.of();
      }
      seen++;
    }
    return List.of();
  }

  /** Any-kind coordinated group ending at {@code last}: "Mr Blair and the Labour government". */
  static List<Token> groupEndingAt(SentenceTokens s, int last) {
    List<Token> out = new ArrayList<>();
    out.add(s.get(last));
    int i = last - 1;
    while (i >= 1) {
      int j = i;
      if (s.isWord(j, "the")) {
        j--;
      }
      if (j >= 1 && (s.isWord(j, "and") || s.isWord(j, ",")) && s.isActor(j - 1) && !s.possessive(j - 1)) {
        out.add(0, s.get(j - 1));
        i = j - 2;
      } else {
        break;
      }
    }
    return out;
  }

  /** Any-kind coordinated group starting at {@code first}. */
  static List<Token> groupStartingAt(SentenceTokens s, int first) {
    List<Token> out = new ArrayList<>();
    if (first >= s.size() || !s.isActor(first)) {
      return out;
    }
    out.add(s.get(first));
    int i = first + 1;
    while (i + 1 < s.size() && (s.isWord(i, "and") || s.isWord(i, ","))) {
      int j = s.isWord(i + 1, "the") ? i + 2 : i + 1;
      if (j < s.size() && s.isActor(j)) {
        out.add(s.get(j));
        i = j + 1;
      } else {
        break;
      }
    }
    return out;
  }

  /**
   * When token {@code close} ends a parenthetical ("-- which ... --" or ", which ... ,"), the
   * index of its opening mark; else -1. Looks back at most 15 tokens.
   */
  static int parentheticalOpen(SentenceTokens s, int close) {
    String mark = s.isWord(close, ",") ? "," : s.isWord(close, "--") ? "--" : s.isWord(close, "-") ? "-" : null;
    if (mark == null) {
      return -1;
    }
    for (int i = close - 1; i >= 0 && i >= close - 15; i--) {
      if (s.isWord(i, mark)) {
        return s.isWord(i + 1, "which") || s.isWord(i + 1, "who") || mark.equals("--") ? i : -1;
      }
    }
    return -1;
  }

  /** Whether a negation stands within the three tokens before {@code from}. */
  static boolean negatedBefore(SentenceTokens s, int from) {
    for (int i = from - 1; i >= 0 && i >= from - 3; i--) {
      if (s.isActor(i)) {
        return false;
      }
      if (BidLexicon.NEGATIONS.contains(s, i) || s.isWord(i, "longer")) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet INTENT_NOUNS = WordSet.of("plans", "plan", "intention", "intentions", "desire", "interest", "wish", "ambition");
  private static final WordSet INTENT_VERBS = WordSet.of("want", "wants", "seek", "seeks", "intend", "intends", "plan", "plans", "wish", "wishes", "aspire", "aspires");

  /**
   * Whether the five tokens before {@code from} deny the intention to take the step: "has no
   * plans to join", "does not want to join", "has no intention of applying".
   */
  static boolean intentionDenied(SentenceTokens s, int from) {
    for (int i = from - 1; i >= 1 && i >= from - 5; i--) {
      if (s.isAnyWord(i, CLAUSE_BREAKS) || s.isActor(i)) {
        return false;
      }
      if (s.isAnyWord(i, INTENT_NOUNS) && s.isWord(i - 1, "no")
          || s.isAnyWord(i, INTENT_VERBS) && (s.isWord(i - 1, "not") || s.isWord(i - 1, "n't") || s.isWord(i - 1, "never"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a hedge stands within the five tokens before {@code from}. */
  static boolean hedgedBefore(SentenceTokens s, int from) {
    for (int i = from - 1; i >= 0 && i >= from - 5; i--) {
      if (s.isAnyWord(i, BidLexicon.HEDGES)) {
        return true;
      }
      if (s.isAnyWord(i, CLAUSE_BREAKS)) {
        return false;
      }
    }
    return false;
  }
}
