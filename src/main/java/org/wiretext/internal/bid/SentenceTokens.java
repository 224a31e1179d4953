package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * A sentence as a list of {@link Token}s, each actor mention one token, with the small
 * navigation helpers the bid rules share (coordinated groups of states, the nearest actor
 * before a cue). Read in one pass over the sentence by the article's {@link Tokenizer}, which
 * keeps each token's {@link Vocabulary} number beside it; every helper looks at a bounded window.
 */
final class SentenceTokens {

  /** Words that may stand between the members of a coordinated group ("A, B and C"). */
  private static final WordSet GROUP_GLUE = WordSet.of(",", "and", "&", "the", "or");

  /** The number in {@link #id(int)} of a mention token. */
  static final int ACTOR = -3;

  final int index;
  final TextRange range;
  private final Token[] tokens;
  /**
   * Beside each token, the {@link Vocabulary} number of its word, -1 for a word or mark the
   * vocabulary lacked, {@link #ACTOR} for a mention: the rules test these, not the tokens.
   */
  private final int[] ids;
  /** The vocabulary's size when the sentence was read. */
  private final int generation;

  SentenceTokens(int index, TextRange range, Token[] tokens, int[] ids, int generation) {
    this.index = index;
    this.range = range;
    this.tokens = tokens;
    this.ids = ids;
    this.generation = generation;
  }

  /** Tokenizes sentence {@code index} at {@code range} of {@code source} on its own (tests). */
  static SentenceTokens of(int index, TextRange range, SourceText source, ActorTable table) {
    return new Tokenizer(source, table).sentence(index, range);
  }

  int size() {
    return tokens.length;
  }

  Token get(int i) {
    return tokens[i];
  }

  /**
   * The {@link Vocabulary} number of token {@code i}'s word: -1 when the vocabulary lacked it
   * (see {@link #generation()}), {@link #ACTOR} for a mention.
   */
  int id(int i) {
    return ids[i];
  }

  /**
   * The index of the first token at or after {@code from} whose number is set in {@code bits}
   * (bit {@code id} of word {@code id >>> 6}), or {@link #size()}: a search over the numbers
   * alone, for rules that look only at a few words.
   */
  int nextIn(long[] bits, int from) {
    return nextIn(bits, from, ids.length);
  }

  /** Like {@link #nextIn(long[], int)}, but searching tokens {@code [from, to)} only: {@code to} if none. */
  int nextIn(long[] bits, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      int id = ids[i];
      if (id >= 0 && (id >>> 6) < bits.length && (bits[id >>> 6] & (1L << id)) != 0) {
        return i;
      }
    }
    return to;
  }

  /**
   * The index of the first token among {@code [from, to)} that is a mention or whose number is
   * set in {@code bits}, or {@code to}: for a rule that reads a sentence's actors and a few words.
   */
  int nextMentionOrIn(long[] bits, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      int id = ids[i];
      if (id == ACTOR || id >= 0 && (id >>> 6) < bits.length && (bits[id >>> 6] & (1L << id)) != 0) {
        return i;
      }
    }
    return to;
  }

  /** The vocabulary's size when the sentence was read: a word it lacked then has number -1. */
  int generation() {
    return generation;
  }

  /** Whether token {@code i} exists and is the word {@code w}. */
  boolean isWord(int i, String w) {
    return i >= 0 && i < tokens.length && tokens[i].isWord(w);
  }

  /** Whether token {@code i} exists and is a word of {@code words}. */
  boolean isAnyWord(int i, WordSet words) {
    return i >= 0 && i < tokens.length && words.contains(this, i);
  }

  /**
   * The coordinated group of states whose last member is token {@code last}
   * ("Romania and Bulgaria" ending at Bulgaria), first to last; empty when token {@code last}
   * does not stand for a state.
   */
  List<Token> stateGroupEndingAt(int last) {
    List<Token> out = new ArrayList<>();
    if (last < 0 || last >= tokens.length || !tokens[last].isState()) {
      return out;
    }
    out.add(tokens[last]);
    int i = last - 1;
    while (i >= 0) {
      int j = i;
      while (j >= 0 && j > i - 3 && isAnyWord(j, GROUP_GLUE)) {
        j--;
      }
      if (j < i && j >= 0 && tokens[j].isState() && !tokens[j].possessive()) {
        out.add(0, tokens[j]);
        i = j - 1;
      } else {
        break;
      }
    }
    return out;
  }

  /** The coordinated group of states that starts at token {@code first}. */
  List<Token> stateGroupStartingAt(int first) {
    List<Token> out = new ArrayList<>();
    if (first < 0 || first >= tokens.length || !tokens[first].isState()) {
      return out;
    }
    out.add(tokens[first]);
    int i = first + 1;
    while (i < tokens.length && !tokens[i - 1].possessive()) {
      int j = i;
      while (j < tokens.length && j < i + 3 && isAnyWord(j, GROUP_GLUE)) {
        j++;
      }
      if (j > i && j < tokens.length && tokens[j].isState()) {
        out.add(tokens[j]);
        i = j + 1;
      } else {
        break;
      }
    }
    return out;
  }

  /** Index of the last group member when a group starts at {@code first}. */
  int stateGroupEndIndex(int first) {
    List<Token> g = stateGroupStartingAt(first);
    if (g.isEmpty()) {
      return first;
    }
    Token last = g.get(g.size() - 1);
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] == last) {
        return i;
      }
    }
    return -1;
  }

  /** Whether any of {@code words} occurs among tokens {@code [from, to)}. */
  boolean anyWordIn(int from, int to, WordSet words) {
    return words.anyIn(this, from, Math.min(to, tokens.length));
  }

  /** The index of the first token that ends after {@code offset}, or size (binary search). */
  int indexAt(int offset) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
