package org.wiretext.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretext.model.Format;

/**
 * The options and inputs that {@code parse} and {@code track} share ({@code --pretty},
 * {@code --threads N}, {@code --input-format F}, {@code --help}, FILE...), read the same way
 * for both; each command reads its own options first and hands the rest here.
 */
final class CommonOptions {

  boolean pretty;
  int threads = 1;
  /** Null: detect each input's format. */
  Format inputFormat;
  boolean help;
  final List<String> inputs = new ArrayList<>();

  /** An option the tool cannot use; its message says what it needs. */
  static final class BadOption extends Exception {
    private static final long serialVersionUID = 1L;

    BadOption(String message) {
      super(message);
    }
  }

  /**
   * Reads {@code args[i]} (and its value): returns the index of the last token read.
   *
   * @throws BadOption for an unknown option or a missing or unusable value
   */
  int read(String[] args, int i) throws BadOption {
    String a = args[i];
    if (a.equals("--pretty")) {
      pretty = true;
    } else if (a.equals("--threads")) {
      threads = threads(value(args, ++i, "--threads needs a number"));
    } else if (a.equals("--input-format")) {
      inputFormat = inputFormat(value(args, ++i, "--input-format needs a format"));
    } else if (a.equals("--help") || a.equals("-h")) {
      help = true;
    } else if (a.startsWith("-") && !a.equals("-")) {
      throw new BadOption("unknown option '" + a + "'");
    } else {
      inputs.add(a);
    }
    return i;
  }

  /** The inputs, standard input ("-") when none was given. */
  List<String> inputsOrStdin() {
    return inputs.isEmpty() ? List.of("-") : inputs;
  }

  static String value(String[] args, int i, String missing) throws BadOption {
    if (i >= args.length) {
      throw new BadOption(missing);
    }
    return args[i];
  }

  private static int threads(String value) throws BadOption {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > 256) {
      throw new BadOption("--threads needs a number from 1 to 256, not '" + value + "'");
    }
    return n;
  }

  private static Format inputFormat(String value) throws BadOption {
    String f = value.toUpperCase(Locale.ROOT).replace("-", "");
    if (f.equals("AUTO")) {
      return null;
    }
    try {
      return Format.valueOf(f);
    } catch (IllegalArgumentException e) {
      throw new BadOption("--input-format needs auto, plain, nitf, ninjs, anpa or iptc7901, not '"
          + value + "'");
    }
  }
}
