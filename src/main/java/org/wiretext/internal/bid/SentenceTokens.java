package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.Chars;
import org.wiretext.internal.text.CommonWords;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * A sentence as a list of tokens, each actor mention one token, with the small navigation
 * helpers the bid rules share (coordinated groups of states, the nearest actor before a cue).
 * Read in one pass over the sentence by the article's {@link Tokenizer}, which keeps each
 * token's {@link Vocabulary} number beside it; every helper looks at a bounded window.
 *
 * <p>A token is kept as columns (its number, offsets and flags) in arrays the article's
 * sentences share, each sentence a stretch of them: a word or mark becomes a {@link Token}
 * object only when a rule asks for one with {@link #get(int)}, which most never do (they read
 * the columns through {@link #id}, {@link #isActor}, {@link #isWord} and the like). A mention's
 * token is made as it is read.
 */
final class SentenceTokens {

  /** Words that may stand between the members of a coordinated group ("A, B and C"). */
  private static final WordSet GROUP_GLUE = WordSet.of(",", "and", "&", "the", "or");

  /** The number in {@link #id(int)} of a mention token. */
  static final int ACTOR = -3;

  /** {@link #flags} bits: followed by "'s" or "'"; starts with an upper-case letter as written. */
  static final byte POSSESSIVE = 1;
  static final byte CAPITALISED = 2;
  /** A word of letters or digits (not a mark, not a mention). */
  static final byte PLAIN = 4;
  /** A word with a character outside ASCII: lower-cased as a string, not in place. */
  static final byte NOT_ASCII = 8;

  final int index;
  final TextRange range;
  private final SourceText source;
  /** The article's columns; this sentence's tokens are {@code [base, base + size)} of them. */
  private final Token[] tokens;
  /**
   * Beside each token, the {@link Vocabulary} number of its word, -1 for a word or mark the
   * vocabulary lacked, {@link #ACTOR} for a mention: the rules test these, not the tokens.
   */
  private final int[] ids;
  private final int[] starts;
  /** End offsets (the possessive ending not included). */
  private final int[] ends;
  private final byte[] flags;
  private final int base;
  private final int size;
  /** The vocabulary's size when the sentence was read. */
  private final int generation;

  /**
   * Sentence {@code index} at {@code range}: tokens {@code [base, base + size)} of the columns,
   * which the tokenizer never writes again; {@code tokens} holds the mentions' tokens and fills
   * in the others as they are asked for.
   */
  SentenceTokens(int index, TextRange range, SourceText source, Token[] tokens, int[] ids, int[] starts,
      int[] ends, byte[] flags, int base, int size, int generation) {
    this.index = index;
    this.range = range;
    this.source = source;
    this.tokens = tokens;
    this.ids = ids;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.base = base;
    this.size = size;
    this.generation = generation;
  }

  /** Tokenizes sentence {@code index} at {@code range} of {@code source} on its own (tests). */
  static SentenceTokens of(int index, TextRange range, SourceText source, ActorTable table) {
    return new Tokenizer(source, table).sentence(index, range);
  }

  int size() {
    return size;
  }

  /** Token {@code i}: a word or mark's is made the first time it is asked for. */
  Token get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    Token t = tokens[base + i];
    if (t == null) {
      t = makeToken(base + i);
      tokens[base + i] = t;
    }
    return t;
  }

  /** The token of the word or mark in column {@code k}, as the tokenizer would have made it. */
  private Token makeToken(int k) {
    int start = starts[k];
    int end = ends[k];
    int id = ids[k];
    String word = id >= 0 ? Vocabulary.snapshot().word(id) : null;
    byte f = flags[k];
    if ((f & PLAIN) != 0) {
      if (word == null && (f & NOT_ASCII) != 0) {
        word = Chars.slice(source.folded(), start, end).toLowerCase(Locale.ROOT);
      }
      return Token.word(source, start, end, word, (f & POSSESSIVE) != 0, (f & CAPITALISED) != 0);
    }
    if (word == null) {
      word = Tokenizer.markOf(source.folded(), start, end);
    }
    return Token.mark(source, start, end, word);
  }

  /**
   * The {@link Vocabulary} number of token {@code i}'s word: -1 when the vocabulary lacked it
   * (see {@link #generation()}), {@link #ACTOR} for a mention.
   */
  int id(int i) {
    return ids[base + i];
  }

  /** Whether token {@code i} is a mention. */
  boolean isActor(int i) {
    return ids[base + i] == ACTOR;
  }

  /** Offset of token {@code i} in the original text. */
  int start(int i) {
    return starts[base + i];
  }

  /** End offset of token {@code i} (the possessive ending not included). */
  int end(int i) {
    return ends[base + i];
  }

  /** Whether token {@code i} is followed by "'s" or "'". */
  boolean possessive(int i) {
    return (flags[base + i] & POSSESSIVE) != 0;
  }

  /** Whether token {@code i} starts with an upper-case letter as written (always for a mention). */
  boolean capitalised(int i) {
    return (flags[base + i] & CAPITALISED) != 0;
  }

  /** Whether token {@code i} is a word of letters or digits (not punctuation, not a mention). */
  boolean isPlainWord(int i) {
    return (flags[base + i] & PLAIN) != 0;
  }

  /** Whether token {@code i} is a word that starts with a digit. */
  boolean isNumber(int i) {
    return (flags[base + i] & PLAIN) != 0 && Character.isDigit(source.folded().charAt(starts[base + i]));
  }

  /** Whether token {@code i} is a mention of an organisation states join ({@link Token#isJoinable()}). */
  boolean isJoinable(int i) {
    return ids[base + i] == ACTOR && tokens[base + i].isJoinable();
  }

  /** Whether token {@code i} stands for a state ({@link Token#isState()}). */
  boolean isState(int i) {
    return ids[base + i] == ACTOR && tokens[base + i].isState();
  }

  /**
   * The index of the first token at or after {@code from} whose number is set in {@code bits}
   * (bit {@code id} of word {@code id >>> 6}), or {@link #size()}: a search over the numbers
   * alone, for rules that look only at a few words.
   */
  int nextIn(long[] bits, int from) {
    return nextIn(bits, from, size);
  }

  /** Like {@link #nextIn(long[], int)}, but searching tokens {@code [from, to)} only: {@code to} if none. */
  int nextIn(long[] bits, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      int id = ids[base + i];
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
      int id = ids[base + i];
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

  /**
   * Whether token {@code i} exists and is the word {@code w} (a mention is no word): a word of
   * the vocabulary is compared by its shared string, a mark or an ASCII word outside it in place.
   */
  boolean isWord(int i, String w) {
    if (i < 0 || i >= size) {
      return false;
    }
    int k = base + i;
    int id = ids[k];
    if (id >= 0) {
      return Vocabulary.snapshot().word(id).equals(w);
    }
    if (id == ACTOR) {
      return false;
    }
    byte f = flags[k];
    if ((f & PLAIN) == 0) {
      return Tokenizer.isMark(source.folded(), starts[k], ends[k], w);
    }
    if ((f & NOT_ASCII) == 0) {
      return ends[k] - starts[k] == w.length() && CommonWords.equalsLowered(w, source.folded(), starts[k]);
    }
    return get(i).isWord(w);
  }

  /** Whether token {@code i} exists and is a word of {@code words}. */
  boolean isAnyWord(int i, WordSet words) {
    return i >= 0 && i < size && words.contains(this, i);
  }

  /**
   * The coordinated group of states whose last member is token {@code last}
   * ("Romania and Bulgaria" ending at Bulgaria), first to last; empty when token {@code last}
   * does not stand for a state.
   */
  List<Token> stateGroupEndingAt(int last) {
    List<Token> out = new ArrayList<>();
    if (last < 0 || last >= size || !isState(last)) {
      return out;
    }
    out.add(get(last));
    int i = last - 1;
    while (i >= 0) {
      int j = i;
      while (j >= 0 && j > i - 3 && isAnyWord(j, GROUP_GLUE)) {
        j--;
      }
      if (j < i && j >= 0 && isState(j) && !possessive(j)) {
        out.add(0, get(j));
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
    if (first < 0 || first >= size || !isState(first)) {
      return out;
    }
    out.add(get(first));
    int i = first + 1;
    while (i < size && !possessive(i - 1)) {
      int j = i;
      while (j < size && j < i + 3 && isAnyWord(j, GROUP_GLUE)) {
        j++;
      }
      if (j > i && j < size && isState(j)) {
        out.add(get(j));
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
    for (int i = 0; i < size; i++) {
      if (tokens[base + i] == last) {
        return i;
      }
    }
    return -1;
  }

  /** Whether any of {@code words} occurs among tokens {@code [from, to)}. */
  boolean anyWordIn(int from, int to, WordSet words) {
    return words.anyIn(this, from, Math.min(to, size));
  }

  /** The index of the first token that ends after {@code offset}, or size (binary search). */
  int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[base + mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
