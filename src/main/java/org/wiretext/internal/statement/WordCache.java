package org.wiretext.internal.statement;

import org.wiretext.internal.text.CommonWords;
import org.wiretext.internal.text.LowerCaseWords;

/**
 * The words the statement stage has met on this thread, each with its lower-case string and
 * its {@link WordClass} bits, so that {@link Token#of} finds a word seen before in one probe,
 * reading the text in place, instead of lower-casing it ({@link LowerCaseWords}: a probe of
 * the common words, then of the thread's words) and classifying it ({@link WordClass}: a
 * third probe) again. A news article repeats most of its words, and a parser parses many.
 *
 * <p>A fixed direct-mapped table per thread (a new word replaces the one in its slot), so its
 * memory is bounded whatever the input and no locking is needed. Words with a character
 * outside ASCII, and long runs (URLs, hashes), are looked up afresh each time: lower-casing
 * them may change their length, and they rarely repeat.
 */
final class WordCache {

  /** A word's lower-case string (shared through {@link LowerCaseWords}) and classes. */
  record Word(String lower, int classes) {}

  private static final int SIZE = 4096;
  private static final int MASK = SIZE - 1;
  private static final int MAX_LENGTH = 40;
  private static final ThreadLocal<WordCache> CACHE = ThreadLocal.withInitial(WordCache::new);

  private final Word[] table = new Word[SIZE];
  private final LowerCaseWords words = LowerCaseWords.get();

  private WordCache() {}

  /** The calling thread's cache; look it up once per paragraph, not once per word. */
  static WordCache get() {
    return CACHE.get();
  }

  /** The word {@code text[from, to)}: its lower-case string and classes. */
  Word word(String text, int from, int to) {
    int n = to - from;
    int h = 0;
    for (int i = from; i < to && n <= MAX_LENGTH; i++) {
      char c = text.charAt(i);
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
    if (w != null && w.lower().length() == n && w.lower().hashCode() == h
        && CommonWords.equalsLowered(w.lower(), text, from)) {
      return w;
    }
    w = classify(text, from, to);
    table[k] = w;
    return w;
  }

  private Word classify(String text, int from, int to) {
    String lower = words.lower(text, from, to);
    return new Word(lower, WordClass.of(lower));
  }
}
