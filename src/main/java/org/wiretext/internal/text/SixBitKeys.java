package org.wiretext.internal.text;

/**
 * Short ASCII words as keys: the six-bit codes of a word's characters, lower-cased, packed
 * into a long, the first in the highest bits. A word of at most {@value #MAX_LENGTH}
 * characters is then found in a table by one comparison of longs, with no hash over its
 * characters and no comparison of letters. The actor vocabulary and the statement stage's word
 * cache each key words this way, over the letters and digits and the inner marks their own
 * tokenizers let into a word; a tokenizer that scans a word makes its key on the way with
 * {@link #code}.
 *
 * <p>Codes: {@code a}-{@code z} (and each capital, as its small letter) 1-26, {@code 0}-{@code
 * 9} 27-36, then the marks in the order given, from 37; 0 for any other character. No code is
 * 0, so two runs have the same key exactly when they are the same word lower-cased, whatever
 * their lengths.
 */
public final class SixBitKeys {

  /** Words of at most this many characters have a key: ten codes of six bits fit a long. */
  public static final int MAX_LENGTH = 10;
  /** What {@link #pack} returns for a run it cannot key (no key is 0). */
  public static final long NOT_PACKED = 0L;

  /** The code of each ASCII character, 0 for none. */
  private final byte[] codes = new byte[0x80];

  /**
   * Keys over letters, digits and {@code marks}, coded in that order after the digits.
   *
   * @param marks the ASCII marks a word may hold, at most 27
   */
  public SixBitKeys(String marks) {
    if (marks.length() > 63 - 36) {
      throw new IllegalArgumentException("too many marks for six bits: " + marks);
    }
    int code = 1;
    for (char c = 'a'; c <= 'z'; c++, code++) {
      codes[c] = (byte) code;
      codes[c - ('a' - 'A')] = (byte) code;
    }
    for (char c = '0'; c <= '9'; c++, code++) {
      codes[c] = (byte) code;
    }
    for (int k = 0; k < marks.length(); k++) {
      char c = marks.charAt(k);
      if (c >= 0x80 || Character.isLetterOrDigit(c) || codes[c] != 0) {
        throw new IllegalArgumentException("not an ASCII mark, or twice: " + c);
      }
      codes[c] = (byte) code++;
    }
  }

  /** The six-bit code of {@code c}, 0 when it has none. */
  public int code(char c) {
    return c < 0x80 ? codes[c] : 0;
  }

  /**
   * The key of {@code chars[from, to)} lower-cased; {@link #NOT_PACKED} when it is empty,
   * longer than {@link #MAX_LENGTH} or holds a character without a code.
   */
  public long pack(char[] chars, int from, int to) {
    if (to <= from || to - from > MAX_LENGTH) {
      return NOT_PACKED;
    }
    long key = 0;
    for (int i = from; i < to; i++) {
      int code = code(chars[i]);
      if (code == 0) {
        return NOT_PACKED;
      }
      key = key << 6 | code;
    }
    return key;
  }
}
