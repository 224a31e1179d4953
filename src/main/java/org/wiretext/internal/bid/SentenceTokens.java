package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.actor.ActorTable.MentionRef;
import org.wiretext.internal.text.Chars;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * A sentence as a list of {@link Token}s, each actor mention one token, with the small
 * navigation helpers the bid rules share (coordinated groups of states, the nearest actor
 * before a cue). Built in one pass over the sentence; every helper looks at a bounded window.
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

  private SentenceTokens(int index, TextRange range, Builder b, int generation) {
    this.index = index;
    this.range = range;
    this.tokens = java.util.Arrays.copyOf(b.tokens, b.size);
    this.ids = java.util.Arrays.copyOf(b.ids, b.size);
    this.generation = generation;
  }

  /** The tokens of a sentence and their numbers, as they are read. */
  private static final class Builder {
    Token[] tokens;
    int[] ids;
    int size;

    Builder(int capacity) {
      tokens = new Token[capacity];
      ids = new int[capacity];
    }

    void add(Token t, int id) {
      if (size == tokens.length) {
        tokens = java.util.Arrays.copyOf(tokens, size * 2);
        ids = java.util.Arrays.copyOf(ids, size * 2);
      }
      tokens[size] = t;
      ids[size] = id;
      size++;
    }
  }

  static SentenceTokens of(int index, TextRange range, SourceText source, ActorTable table) {
    return of(index, range, source, source.folded().toCharArray(), table, java.util.Map.of(), joinable(table));
  }

  /** The keys of the actors of {@code table} that are organisations states join. */
  static java.util.Set<String> joinable(ActorTable table) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (ActorTable.ActorRecord a : table.actors()) {
      if (BidLexicon.get().isJoinable(a)) {
        out.add(a.key());
      }
    }
    return out;
  }

  /**
   * Tokenizes sentence {@code index} at {@code range} of {@code source}, whose folded text
   * {@code chars} holds (copied once per article: the scan reads an array, not the string);
   * {@code bodyStates} maps the key of an
   * organisation that is a body of a state ("Parliament of Finland") to that state's key,
   * {@code joinable} holds the keys of the organisations states join ({@link #joinable}).
   */
  static SentenceTokens of(int index, TextRange range, SourceText source, char[] chars, ActorTable table,
      java.util.Map<String, String> bodyStates, java.util.Set<String> joinable) {
    String text = source.folded();
    Vocabulary.Snapshot vocabulary = Vocabulary.snapshot();
    int generation = vocabulary.size();
    List<MentionRef> mentions = table.mentionsIn(range);
    // about one token per five characters: room for most sentences without growing
    Builder out = new Builder(range.length() / 4 + 4);
    int m = 0;
    int i = range.start();
    while (i < range.end()) {
      while (m < mentions.size() && mentions.get(m).range().start() < i) {
        m++;
      }
      if (m < mentions.size() && mentions.get(m).range().start() == i) {
        MentionRef best = mentions.get(m);
        int k = m + 1;
        for (; k < mentions.size() && mentions.get(k).range().start() == i; k++) {
          if (mentions.get(k).range().end() > best.range().end()) {
            best = mentions.get(k);
          }
        }
        // a speaker phrase that holds another actor's mention ("Lithuania and Poland", a
        // mention of Lithuania) yields to it: each actor keeps its own token
        int limit = best.range().end();
        for (; k < mentions.size() && mentions.get(k).range().start() < limit; k++) {
          if (!mentions.get(k).actorKey().equals(best.actorKey())) {
            limit = mentions.get(k).range().start();
          }
        }
        if (limit < best.range().end()) {
          MentionRef shorter = null;
          for (int j = m; j < mentions.size() && mentions.get(j).range().start() == i; j++) {
            MentionRef c = mentions.get(j);
            if (c.range().end() <= limit && (shorter == null || c.range().end() > shorter.range().end())) {
              shorter = c;
            }
          }
          if (shorter != null) {
            best = shorter;
          }
        }
        int end = best.range().end();
        int after = possessiveEnd(chars, end, range.end());
        ActorTable.ActorRecord actor = table.get(best.actorKey()).orElse(null);
        if (actor != null) {
          String state = actor.kind() == ActorKind.STATE ? actor.key() : bodyStates.get(actor.key());
          out.add(Token.actor(source, i, end, actor, after > end, state, joinable.contains(actor.key())),
              ACTOR);
          i = Math.max(after, end);
          continue;
        }
      }
      char c = chars[i];
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int s = i;
        // the word's hash lower-cased, as the vocabulary looks it up, taken on the way
        int hash = 0;
        boolean upper = false;
        boolean ascii = true;
        while (i < range.end() && isWordChar(chars, i, range.end())) {
          char k = chars[i];
          if (k >= 'A' && k <= 'Z') {
            k = (char) (k + ('a' - 'A'));
            upper = true;
          } else if (k >= 0x80) {
            ascii = false;
          }
          hash = 31 * hash + k;
          i++;
        }
        int after = possessiveEnd(chars, i, range.end());
        int id = ascii ? vocabulary.idOf(chars, s, i, hash, upper) : -2;
        String word = id >= 0 ? vocabulary.word(id) : null;
        if (id == -2) {
          // outside ASCII: lower-cased as a string, and looked up as one
          word = Chars.slice(text, s, i).toLowerCase(Locale.ROOT);
          id = vocabulary.idOf(word);
        }
        out.add(Token.word(source, s, i, word, after > i), id);
        i = after;
      } else if (c == '-' && i + 1 < range.end() && chars[i + 1] == '-') {
        int id = vocabulary.idOf("--");
        out.add(Token.mark(source, i, i + 2, "--"), id);
        i += 2;
      } else {
        int next = i + 1 < range.end() && Character.isHighSurrogate(c) && Character.isLowSurrogate(chars[i + 1])
            ? i + 2 : i + 1;
        boolean dash = c == '\u2014' || c == '\u2013';
        String mark = dash ? "-" : Chars.slice(text, i, next);
        // a Latin-1 mark's number is an array read
        int id = next == i + 1 && (dash || c < 0x100) ? vocabulary.idOf(dash ? '-' : c) : vocabulary.idOf(mark);
        out.add(Token.mark(source, i, next, mark), id);
        i = next;
      }
    }
    return new SentenceTokens(index, range, out, generation);
  }

  /** Letters, digits, and inner hyphens, full stops or commas between letters/digits ("U.S.", "2,000", "28-nation"). */
  private static boolean isWordChar(char[] text, int i, int end) {
    char c = text[i];
    if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c)) {
      return true;
    }
    if ((c == '-' || c == '.' || c == ',') && i + 1 < end && i > 0) {
      char prev = text[i - 1];
      char next = text[i + 1];
      if (c == ',') {
        return Character.isDigit(prev) && Character.isDigit(next);
      }
      if (c == '.') {
        return Character.isLetter(prev) && Character.isLetter(next) || Character.isDigit(prev) && Character.isDigit(next);
      }
      return Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
    }
    return false;
  }

  /** The end of a possessive "'s" or "'" right at {@code i}, else {@code i}. */
  private static int possessiveEnd(char[] text, int i, int end) {
    if (i < end && text[i] == '\'') {
      if (i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S')
          && (i + 2 == end || !Character.isLetter(text[i + 2]))) {
        return i + 2;
      }
      if (i > 0 && (text[i - 1] == 's') && (i + 1 == end || Character.isWhitespace(text[i + 1]))) {
        return i + 1;
      }
    }
    return i;
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
    for (int i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
      if (isAnyWord(i, words)) {
        return true;
      }
    }
    return false;
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
