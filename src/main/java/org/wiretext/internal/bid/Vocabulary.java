package org.wiretext.internal.bid;

import java.util.Arrays;
import org.wiretext.internal.text.SixBitKeys;

/**
 * The closed vocabulary of the bid rules: every word of a {@link WordSet} or of a
 * {@link PhraseTable} gets a small number when the set is made, and {@link SentenceTokens}
 * gives each word token the number of its word, read in place and lower-cased without a new
 * string. A rule's membership test is then one bit test instead of hashing a string.
 *
 * <p>Words are only ever added (by the class initialisers that make the sets), so a number once
 * given stands. The vocabulary's {@link Snapshot#size() size} is its generation: a token read
 * when the vocabulary had {@code n} words and given no number is known not to be any of those
 * {@code n} words; only a set made later falls back to comparing strings. Lookups read an
 * immutable snapshot and are safe between threads.
 */
final class Vocabulary {

  /** An immutable state of the vocabulary: open addressing by {@link String#hashCode()}, at most half full. */
  static final class Snapshot {
    private final String[] words;
    private final String[] table;
    /** Per slot: the word's number (-1 for an empty slot), hash and length, compared before the word itself. */
    private final int[] ids;
    private final int[] hashes;
    private final int[] lengths;
    /** Per slot: the word's characters, compared in place with the text's. */
    private final char[][] letters;
    private final int mask;
    private final int maxLength;
    /** The numbers of the one-character words of Latin-1 by their character, else -1. */
    private final int[] latin1 = new int[0x100];
    /**
     * The words {@link Vocabulary#pack} can key, by their key: open addressing, at most a
     * quarter full, an empty slot's key 0 (no word's).
     */
    private final long[] packedKeys;
    private final int[] packedIds;
    private final int packedShift;

    private Snapshot(String[] words) {
      this.words = words;
      int size = Integer.highestOneBit(Math.max(8, words.length) * 4);
      table = new String[size];
      ids = new int[size];
      hashes = new int[size];
      lengths = new int[size];
      letters = new char[size][];
      Arrays.fill(ids, -1);
      Arrays.fill(latin1, -1);
      mask = size - 1;
      packedKeys = new long[size];
      packedIds = new int[size];
      packedShift = Long.SIZE - Integer.numberOfTrailingZeros(size);
      int max = 0;
      for (int id = 0; id < words.length; id++) {
        String w = words[id];
        max = Math.max(max, w.length());
        int k = spread(w.hashCode()) & mask;
        while (table[k] != null) {
          k = (k + 1) & mask;
        }
        table[k] = w;
        ids[k] = id;
        hashes[k] = w.hashCode();
        lengths[k] = w.length();
        letters[k] = w.toCharArray();
        if (w.length() == 1 && w.charAt(0) < latin1.length) {
          latin1[w.charAt(0)] = id;
        }
        long key = pack(w);
        if (key != NOT_PACKED) {
          int p = slot(key);
          while (packedKeys[p] != 0) {
            p = (p + 1) & mask;
          }
          packedKeys[p] = key;
          packedIds[p] = id;
        }
      }
      maxLength = max;
    }

    /** The number of words: the generation of this snapshot. */
    int size() {
      return words.length;
    }

    /** The word numbered {@code id}. */
    String word(int id) {
      return words[id];
    }

    /** The number of the one-character word {@code c} as given (a mark), or -1: an array read. */
    int idOf(char c) {
      return c < latin1.length ? latin1[c] : idOf(String.valueOf(c));
    }

    /**
     * The number of the word whose {@link Vocabulary#pack packed key} is {@code key}, or -1:
     * a word a token may be (letters, digits and inner {@code - . ,}, lower-cased) of at most
     * {@value Vocabulary#MAX_PACKED} characters is found by one comparison of longs per probe,
     * with no pass over its characters. Every word of the vocabulary that has a key is in the table,
     * so a key it lacks is no word of the vocabulary.
     */
    int idOfPacked(long key) {
      for (int p = slot(key); ; p = (p + 1) & mask) {
        long k = packedKeys[p];
        if (k == key) {
          return packedIds[p];
        }
        if (k == 0) {
          return -1;
        }
      }
    }

    /** The home slot of a packed key (Fibonacci hashing: the top bits of the key times 2^64/phi). */
    private int slot(long key) {
      return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> packedShift);
    }

    /** The number of {@code word} exactly as given, or -1. */
    int idOf(String word) {
      if (word.length() > maxLength) {
        return -1;
      }
      for (int k = spread(word.hashCode()) & mask; ; k = (k + 1) & mask) {
        String w = table[k];
        if (w == null) {
          return -1;
        }
        if (w.equals(word)) {
          return ids[k];
        }
      }
    }

    /**
     * The number of {@code s[from, to)} lower-cased, or -1 when it is no word of the vocabulary;
     * -2 when the run holds a character outside ASCII (then the caller lower-cases it as a
     * string and asks {@link #idOf(String)}).
     */
    int idOf(char[] s, int from, int to) {
      int n = to - from;
      if (n <= 0) {
        return -1;
      }
      int h = 0;
      boolean upper = false;
      for (int i = from; i < to; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
          upper = true;
        } else if (c >= 0x80) {
          return -2;
        }
        h = 31 * h + c;
      }
      return idOf(s, from, to, h, upper);
    }

    /**
     * The number of the ASCII run {@code s[from, to)} lower-cased, or -1: {@code hash} is the
     * {@link String#hashCode()} of the run lower-cased, {@code upper} whether it has an
     * upper-case letter (else it is compared as it stands).
     */
    int idOf(char[] s, int from, int to, int hash, boolean upper) {
      int n = to - from;
      if (n <= 0 || n > maxLength) {
        return -1;
      }
      for (int k = spread(hash) & mask; ; k = (k + 1) & mask) {
        int id = ids[k];
        if (id < 0) {
          return -1;
        }
        if (hashes[k] == hash && lengths[k] == n) {
          if (matches(letters[k], s, from, upper)) {
            return id;
          }
        }
      }
    }
  }

  /**
   * The keys of the bid tokenizer's words: letters and digits, and the marks a word may hold
   * between letters or digits ({@code - . ,}), coded {@code a}-{@code z} 1-26 (a capital as its
   * small letter), {@code 0}-{@code 9} 27-36, {@code -} 37, {@code .} 38, {@code ,} 39. The
   * tokenizer makes a word's key with the same codes while it finds the word's end.
   */
  static final SixBitKeys KEYS = new SixBitKeys("-.,");
  /** Words of at most this many characters have a {@link #pack packed key}: six bits each fit a long. */
  static final int MAX_PACKED = SixBitKeys.MAX_LENGTH;
  /** What {@link #pack} returns for a word it cannot key. */
  static final long NOT_PACKED = SixBitKeys.NOT_PACKED;

  /**
   * The key of a word as written ({@link #KEYS}); {@link #NOT_PACKED} when it is empty, longer
   * than {@link #MAX_PACKED}, holds a character without a code, or holds a capital letter. A
   * token's key is that of its word lower-cased, and its word is lower-cased: a word of the
   * vocabulary written with a capital ("Abc") is no token's word, and so is given no key (else it
   * would take the key of "abc"). Two words have the same key exactly when they are the same word.
   */
  static long pack(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return NOT_PACKED;
      }
    }
    return KEYS.pack(word.toCharArray(), 0, word.length());
  }

  /**
   * Whether the ASCII run at {@code s[from]} is the word {@code w} of the same length: lower-cased
   * on the way when {@code upper}, else compared as it stands.
   */
  private static boolean matches(char[] w, char[] s, int from, boolean upper) {
    for (int k = 0; k < w.length; k++) {
      char c = s[from + k];
      if (upper && c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != w[k]) {
        return false;
      }
    }
    return true;
  }

  private static volatile Snapshot current = new Snapshot(new String[0]);

  private Vocabulary() {}

  /** The vocabulary as it stands. */
  static Snapshot snapshot() {
    return current;
  }

  /** Adds {@code words} (those not known yet) and returns their numbers, in order. */
  static synchronized int[] register(String... words) {
    Snapshot s = current;
    java.util.Map<String, Integer> added = new java.util.LinkedHashMap<>();
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      int id = s.idOf(words[i]);
      if (id < 0) {
        id = added.computeIfAbsent(words[i], w -> s.words.length + added.size());
      }
      out[i] = id;
    }
    if (!added.isEmpty()) {
      String[] grown = Arrays.copyOf(s.words, s.words.length + added.size());
      for (java.util.Map.Entry<String, Integer> e : added.entrySet()) {
        grown[e.getValue()] = e.getKey();
      }
      current = new Snapshot(grown);
    }
    return out;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
