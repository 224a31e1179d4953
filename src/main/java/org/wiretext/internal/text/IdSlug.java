package org.wiretext.internal.text;

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
    // NFKD leaves ASCII as it is: most names need no normalising
    String ascii = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(ascii.length());
    boolean hyphen = false;
    for (int i = 0; i < ascii.length() && sb.length() < MAX_LENGTH; i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
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

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
