package org.wiretext.cli;

import java.util.Locale;
import org.wiretext.model.Format;

/** The values of the options that several commands share, read the same way everywhere. */
final class OptionValues {

  private OptionValues() {}

  /** An option value the tool cannot use; its message says what it needs. */
  static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message);
    }
  }

  /** The value of {@code --threads}: a number from 1 to 256. */
  static int threads(String value) throws BadValue {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > 256) {
      throw new BadValue("--threads needs a number from 1 to 256, not '" + value + "'");
    }
    return n;
  }

  /** The value of {@code --input-format}: a format, or null for "auto" (detect it). */
  static Format inputFormat(String value) throws BadValue {
    String f = value.toUpperCase(Locale.ROOT).replace("-", "");
    if (f.equals("AUTO")) {
      return null;
    }
    try {
      return Format.valueOf(f);
    } catch (IllegalArgumentException e) {
      throw new BadValue("--input-format needs auto, plain, nitf, ninjs, anpa or iptc7901, not '"
          + value + "'");
    }
  }
}
