package org.wiretext.internal.bid;

import java.util.Set;

/**
 * A closed class of lower-case words (or marks) the bid rules test tokens against: "and",
 * "the", ",". Its words are numbered in the {@link Vocabulary} when it is made, so testing a
 * token is one bit test on the number {@link SentenceTokens} keeps beside it; only a token read
 * before this set was made (the vocabulary then lacked its words) is compared as a string.
 */
final class WordSet {

  private final Set<String> words;
  private final long[] bits;
  /** The vocabulary's size once this set's words were in it. */
  private final int generation;

  private WordSet(String... words) {
    this.words = Set.of(words);
    int[] ids = Vocabulary.register(words);
    int max = 0;
    for (int id : ids) {
      max = Math.max(max, id);
    }
    bits = new long[(max >>> 6) + 1];
    for (int id : ids) {
      bits[id >>> 6] |= 1L << id;
    }
    generation = Vocabulary.snapshot().size();
  }

  /** The set of {@code words}; like {@link Set#of(Object[])}, refuses duplicates. */
  static WordSet of(String... words) {
    return new WordSet(words);
  }

  /**
   * The words of all of {@code sets}, each once: a rule that tests a token against several sets
   * tests it against their union first, which most tokens are not in.
   */
  static WordSet union(WordSet... sets) {
    Set<String> all = new java.util.LinkedHashSet<>();
    for (WordSet set : sets) {
      all.addAll(set.words);
    }
    return new WordSet(all.toArray(new String[0]));
  }

  /** The length of the longest of the words. */
  int longest() {
    int n = 0;
    for (String w : words) {
      n = Math.max(n, w.length());
    }
    return n;
  }

  /** Whether {@code word} is one of the words, as written. */
  boolean contains(String word) {
    return words.contains(word);
  }

  /**
   * Whether {@code s[from, to)} lower-cased is one of the words, read in place: no string is
   * made unless the run holds a character outside ASCII.
   */
  boolean containsLowered(char[] s, int from, int to) {
    // the vocabulary holds this set's words, so a run it does not know is none of them
    int id = Vocabulary.snapshot().idOf(s, from, to);
    if (id == -2) {
      return words.contains(new String(s, from, to - from).toLowerCase(java.util.Locale.ROOT));
    }
    return id >= 0 && (id >>> 6) < bits.length && (bits[id >>> 6] & (1L << id)) != 0;
  }

  /**
   * Whether any of tokens {@code [from, to)} of {@code s} ({@code to} at most its size) is one of
   * the words: a search over the tokens' numbers alone when the sentence was read with this
   * set's words in the vocabulary.
   */
  boolean anyIn(SentenceTokens s, int from, int to) {
    if (s.generation() >= generation) {
      return s.nextIn(bits, from, to) < to;
    }
    for (int i = Math.max(0, from); i < to; i++) {
      if (contains(s, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first of tokens {@code [from, to)} of {@code s} ({@code to} at most its
   * size) that is one of the words, or {@code to}: like {@link #anyIn}, a search over the
   * tokens' numbers alone when the sentence was read with this set's words in the vocabulary.
   */
  int next(SentenceTokens s, int from, int to) {
    if (s.generation() >= generation) {
      return s.nextIn(bits, from, to);
    }
    for (int i = Math.max(0, from); i < to; i++) {
      if (contains(s, i)) {
        return i;
      }
    }
    return to;
  }

  /**
   * The index of the first of tokens {@code [from, to)} of {@code s} ({@code to} at most its
   * size) that is a mention or one of the words, or {@code to}: a search over the tokens'
   * numbers alone when the sentence was read with this set's words in the vocabulary.
   */
  int nextMentionOrWord(SentenceTokens s, int from, int to) {
    if (s.generation() >= generation) {
      return s.nextMentionOrIn(bits, from, to);
    }
    for (int i = Math.max(0, from); i < to; i++) {
      if (s.id(i) == SentenceTokens.ACTOR || contains(s, i)) {
        return i;
      }
    }
    return to;
  }

  /** Whether token {@code i} of {@code s} is a word token (not an actor) whose word is one of the words. */
  boolean contains(SentenceTokens s, int i) {
    int id = s.id(i);
    if (id >= 0) {
      int w = id >>> 6;
      return w < bits.length && (bits[w] & (1L << id)) != 0;
    }
    // no number: a mention, or not a word of the vocabulary when the sentence was read
    return id != SentenceTokens.ACTOR && s.generation() < generation && words.contains(s.get(i).word());
  }
}
