package org.wiretext.internal.statement;

import org.wiretext.internal.text.LowerCaseWords;
import org.wiretext.internal.text.SixBitKeys;

/**
 * The words the statement stage has met on this thread, each with its lower-case string and
 * its {@link WordClass} bits, so that {@link Token#of} finds a word seen before in one probe,
 * reading the text in place, instead of lower-casing it ({@link LowerCaseWords}: a probe of
 * the common words, then of the thread's words) and classifying it ({@link WordClass}: a
 * third probe) again. A news article repeats most of its words, and a parser parses many.
 *
 * <p>A word of at most {@value #MAX_PACKED} ASCII characters (most words of news copy) is
 * its own key: its characters, lower-cased, packed six bits each into a long ({@link
 * #KEYS}), so a probe is one comparison of two longs, with no second pass over the
 * characters. Longer ASCII words are found by their hash and compared character by
 * character.
 *
 * <p>Fixed tables per thread (a new word replaces an old one), so their memory is bounded
 * whatever the input and no locking is needed. Words with a character
 * outside ASCII, and long runs (URLs, hashes), are looked up afresh each time: lower-casing
 * them may change their length, and they rarely repeat.
 */
final class WordCache {

  /**
   * A word's lower-case string (shared through {@link LowerCaseWords}) and classes, with the
   * string's hash code, kept here so that a probe compares two ints before any character.
   */
  record Word(String lower, int classes, int hash) {}

  private static final int SIZE = 4096;
  private static final int MASK = SIZE - 1;
  /** Slots per bucket of the packed words' table. */
  static final int WAYS = 4;
  private static final int BUCKET_BITS = Integer.numberOfTrailingZeros(SIZE / WAYS);
  private static final int MAX_LENGTH = 40;
  private static final ThreadLocal<WordCache> CACHE = ThreadLocal.withInitial(WordCache::new);

  /** Words of at most this many characters are keyed by {@link #KEYS}: six bits each fit a long. */
  static final int MAX_PACKED = SixBitKeys.MAX_LENGTH;
  /** What {@link #KEYS} gives for a run it cannot key. */
  static final long NOT_PACKED = SixBitKeys.NOT_PACKED;
  /**
   * The six-bit keys of the words {@link Token#run} cuts: letters, digits and the inner {@code
   * ' - . & , /}, a capital keyed as its small letter.
   */
  static final SixBitKeys KEYS = new SixBitKeys("'-.&,/");

  private final long[] packedKeys = new long[SIZE];
  private final Word[] packedWords = new Word[SIZE];
  private final Word[] table = new Word[SIZE];
  private final LowerCaseWords words = LowerCaseWords.get();
  /** The characters of the text being tokenised, reused from one paragraph to the next. */
  private char[] chars = new char[1024];

  private WordCache() {}

  /** The calling thread's cache; look it up once per paragraph, not once per word. */
  static WordCache get() {
    return CACHE.get();
  }

  /**
   * The characters {@code text[from, to)}, copied into this thread's buffer (index 0 holds
   * {@code text[from]}): reading them from an array is several times cheaper than {@link
   * String#charAt} for a text held in UTF-16. Valid until the next call on this thread.
   */
  char[] chars(String text, int from, int to) {
    if (chars.length < to - from) {
      chars = new char[Math.max(to - from, chars.length * 2)];
    }
    text.getChars(from, to, chars, 0);
    return chars;
  }

  /** The word {@code text[from, to)} on its own (it copies the text: for tests, not a loop). */
  Word word(String text, int from, int to) {
    return word(text, text.toCharArray(), 0, from, to);
  }

  /**
   * The word {@code text[from, to)}, read from {@code chars}, which holds the text from offset
   * {@code base} on ({@code chars[i - base] == text.charAt(i)}): its lower-case string and classes.
   */
  Word word(String text, char[] chars, int base, int from, int to) {
    int n = to - from;
    if (n <= MAX_PACKED) {
      long key = KEYS.pack(chars, from - base, to - base);
      if (key != NOT_PACKED) {
        return packed(text, key, from, to);
      }
    }
    int h = 0;
    for (int i = from - base; i < to - base && n <= MAX_LENGTH; i++) {
      char c = chars[i];
      if (c >= 0x80) {
        n = Integer.MAX_VALUE; // not ASCII: lower-cased afresh
      } else {
        h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
    }
    if (n > MAX_LENGTH || n <= 0) {
      return classify(text, from, to);
    }
    // h is the hash of the lower-cased word, as String.hashCode() computes it
    int k = (h ^ (h >>> 16)) & MASK;
    Word w = table[k];
    if (w != null && w.hash() == h && w.lower().length() == n
        && equalsLowered(w.lower(), chars, from - base)) {
      return w;
    }
    w = classify(text, from, to);
    table[k] = w;
    return w;
  }

  /**
   * The word {@code text[from, to)} whose key is {@code key}, as {@link #KEYS} makes it from
   * the word's characters (not {@link #NOT_PACKED}): for a caller that made the key while it
   * read the word.
   */
  Word packed(String text, long key, int from, int to) {
    // a bucket of WAYS slots, newest first: a few of the few hundred words of a text
    // share a bucket, and with one slot each they would evict each other on every use
    int b = bucket(key) * WAYS;
    for (int k = b; k < b + WAYS; k++) {
      if (packedKeys[k] == key) { // an empty slot's key, 0, is no word's
        return packedWords[k];
      }
    }
    Word w = classify(text, from, to);
    System.arraycopy(packedKeys, b, packedKeys, b + 1, WAYS - 1);
    System.arraycopy(packedWords, b, packedWords, b + 1, WAYS - 1);
    packedKeys[b] = key;
    packedWords[b] = w;
    return w;
  }

  /** The bucket of a packed key (Fibonacci hashing: the top bits of the key times 2^64/phi). */
  static int bucket(long key) {
    return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> (Long.SIZE - BUCKET_BITS));
  }

  /** Whether the ASCII run at {@code chars[from]}, lower-cased, is the word {@code w}. */
  private static boolean equalsLowered(String w, char[] chars, int from) {
    for (int k = 0; k < w.length(); k++) {
      char c = chars[from + k];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private Word classify(String text, int from, int to) {
    String lower = words.lower(text, from, to);
    return new Word(lower, WordClass.of(lower), lower.hashCode());
  }
}
