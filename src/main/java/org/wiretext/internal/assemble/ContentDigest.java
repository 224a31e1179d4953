package org.wiretext.internal.assemble;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content id of an article without an id of its own: the first 8 bytes of the SHA-256 of
 * its text in UTF-8, in hex. The text is encoded a chunk at a time into a small buffer that is
 * hashed after each chunk, so no byte array the size of the text is made per article; the
 * bytes are those of {@code text.getBytes(UTF_8)}, an unpaired surrogate included (as
 * {@code '?'}).
 *
 * <p>Each chunk's characters are first copied into a char array with {@link
 * String#getChars}, one bulk copy, and encoded from there, a run of ASCII characters in a
 * loop of its own: reading the string a character at a time with {@code charAt}, with a test
 * for room in the buffer after each, cost about as much as the hashing itself. A chunk of
 * {@link #CHUNK} characters gives at most three bytes per character (a surrogate pair gives
 * four for two), so the buffer needs no test for room while a chunk is encoded. A chunk never
 * ends between the two halves of a surrogate pair.
 *
 * <p>One instance per thread ({@link #get()}): the digest and the buffers are reused from one
 * article to the next and never shared.
 */
final class ContentDigest {

  private static final ThreadLocal<ContentDigest> PER_THREAD =
      ThreadLocal.withInitial(ContentDigest::new);
  /** Characters encoded between two updates of the digest. */
  static final int CHUNK = 2048;

  private final MessageDigest sha256;
  private final char[] chars = new char[CHUNK];
  private final byte[] buf = new byte[3 * CHUNK];

  private ContentDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The calling thread's instance. */
  static ContentDigest get() {
    return PER_THREAD.get();
  }

  /** 16 hex digits: the first 8 bytes of the SHA-256 of {@code text} in UTF-8. */
  String idOf(String text) {
    int len = text.length();
    for (int from = 0; from < len; ) {
      int to = Math.min(len, from + CHUNK);
      if (to < len && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--; // the pair goes whole into the next chunk
      }
      text.getChars(from, to, chars, 0);
      sha256.update(buf, 0, encode(to - from));
      from = to;
    }
    // digest() hashes and resets, so the instance is ready for the next article
    return HexFormat.of().formatHex(sha256.digest(), 0, 8);
  }

  /** Encodes the first {@code count} of {@link #chars} into {@link #buf}; the bytes written. */
  private int encode(int count) {
    char[] cs = chars;
    byte[] b = buf;
    int n = 0;
    for (int i = 0; i < count; i++) {
      char c = cs[i];
      if (c < 0x80) {
        // a run of ASCII, most of any text: found, then copied a byte a character
        int end = i + 1;
        while (end < count && cs[end] < 0x80) {
          end++;
        }
        int shift = n - i;
        for (int k = i; k < end; k++) {
          b[k + shift] = (byte) cs[k];
        }
        n += end - i;
        i = end - 1;
      } else if (c < 0x800) {
        b[n++] = (byte) (0xC0 | (c >> 6));
        b[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        char low;
        if (Character.isHighSurrogate(c) && i + 1 < count
            && Character.isLowSurrogate(low = cs[i + 1])) {
          int cp = Character.toCodePoint(c, low);
          b[n++] = (byte) (0xF0 | (cp >> 18));
          b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          b[n++] = (byte) (0x80 | (cp & 0x3F));
          i++;
        } else {
          b[n++] = '?'; // what String.getBytes(UTF_8) writes for an unpaired surrogate
        }
      } else {
        b[n++] = (byte) (0xE0 | (c >> 12));
        b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[n++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return n;
  }
}
