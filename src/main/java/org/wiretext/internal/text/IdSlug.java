package org.wiretext.internal.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The readable part of an actor id: lower-case ASCII letters and digits joined by single
 * hyphens, accents dropped ("Vučić" gives "vucic"), at most 64 characters. Articles and
 * trackers make actor ids the same way, so an id reads the same in both documents.
 */
public final class IdSlug {

  private static final int MAX_LENGTH = 64;

  private IdSlug() {}

  /** The slug of {@code name}; empty when it has no ASCII letter or digit. */
  public static String of(String name) {
    String ascii = asciiSlug(name);
    return ascii != null ? ascii : slug(Normalizer.normalize(name, Normalizer.Form.NFKD));
  }

  /**
   * The slug of an ASCII {@code name} (most names), or null when it has another character.
   * NFKD leaves ASCII as it is and no ASCII character is a non-spacing mark, so this is
   * {@link #slug} without the decomposition, written into a byte array: a letter is lowered
   * by arithmetic, and every character that is no letter or digit asks for a hyphen.
   */
  static String asciiSlug(String name) {
    int n = name.length();
    // a slug is never longer than the name (a hyphen stands for at least one character), nor
    // than MAX_LENGTH + 1 (the limit is tested before a hyphen and a letter are written)
    byte[] out = new byte[Math.min(n, MAX_LENGTH + 1)];
    int len = 0;
    boolean hyphen = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (len >= MAX_LENGTH) {
        continue; // the rest is only checked for being ASCII
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && len > 0) {
          out[len++] = '-';
        }
        out[len++] = (byte) c;
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    return new String(out, 0, len, StandardCharsets.ISO_8859_1);
  }

  /** The slug of {@code name}, any characters: the general way. */
  static String slug(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean hyphen = false;
    for (int i = 0; i < name.length() && sb.length() < MAX_LENGTH; i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        hyphen = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        hyphen = true;
      }
    }
    return sb.toString();
  }
}
