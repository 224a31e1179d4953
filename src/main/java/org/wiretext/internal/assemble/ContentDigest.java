package org.wiretext.internal.assemble;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content id of an article without an id of its own: the first 8 bytes of the SHA-256 of
 * its text in UTF-8, in hex. The text is encoded into a small buffer that is hashed each time
 * it fills, so no byte array the size of the text is made per article; the bytes are those of
 * {@code text.getBytes(UTF_8)}, an unpaired surrogate included (as {@code '?'}).
 *
 * <p>One instance per thread ({@link #get()}): the digest and the buffer are reused from one
 * article to the next and never shared.
 */
final class ContentDigest {

  private static final ThreadLocal<ContentDigest> PER_THREAD =
      ThreadLocal.withInitial(ContentDigest::new);
  /** Room for one more character's four bytes after any position short of the end. */
  private static final int BUFFER = 8192;

  private final MessageDigest sha256;
  private final byte[] buf = new byte[BUFFER];

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
    int n = 0;
    for (int i = 0, len = text.length(); i < len; i++) {
      if (n > BUFFER - 4) {
        sha256.update(buf, 0, n);
        n = 0;
      }
      char c = text.charAt(i);
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else if (c < 0x800) {
        buf[n++] = (byte) (0xC0 | (c >> 6));
        buf[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        char low;
        if (Character.isHighSurrogate(c) && i + 1 < len
            && Character.isLowSurrogate(low = text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, low);
          buf[n++] = (byte) (0xF0 | (cp >> 18));
          buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buf[n++] = (byte) (0x80 | (cp & 0x3F));
          i++;
        } else {
          buf[n++] = '?'; // what String.getBytes(UTF_8) writes for an unpaired surrogate
        }
      } else {
        buf[n++] = (byte) (0xE0 | (c >> 12));
        buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[n++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    sha256.update(buf, 0, n);
    // digest() hashes and resets, so the instance is ready for the next article
    return HexFormat.of().formatHex(sha256.digest(), 0, 8);
  }
}
