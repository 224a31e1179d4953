package org.wiretext.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1: keeps the original text and builds the folded view used for matching. Reports
 * control characters, which wire text should not carry, as warnings; they stay in the text.
 *
 * <p>The text's characters are read from a copy in a buffer kept per thread (one bulk copy,
 * which reads faster than {@code charAt} a character at a time) and folded there; the folded
 * view is made from the buffer only when a character folded, else it is the text itself.
 */
public final class Normalizer {

  /** The result: the source text and what was odd about it. */
  public record Normalized(SourceText source, List<Warning> warnings) {
    public Normalized {
      warnings = List.copyOf(warnings);
    }
  }

  private static final int MAX_CONTROL_WARNINGS = 5;
  /** Longest buffer (characters) kept per thread for the next text. */
  private static final int MAX_KEPT = 1 << 16;
  /** Each thread's buffer of folded characters (one element: the array, replaced when short). */
  private static final ThreadLocal<char[][]> BUFFER = ThreadLocal.withInitial(() -> new char[1][]);

  public Normalized normalize(String text) {
    int n = text.length();
    char[] chars = buffer(n);
    text.getChars(0, n, chars, 0);
    boolean folded = false;
    List<Warning> warnings = new ArrayList<>();
    int controls = 0;
    int first = -1;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c >= ' ' && c < 0x7F && c != '`') {
        continue; // printable ASCII, which never folds: most of any text
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        if (first < 0) {
          first = i;
        }
        controls++;
      } else if (Character.isSurrogate(c)) {
        // the neighbours read here are never folded: folding changes no surrogate
        boolean paired = Character.isHighSurrogate(c)
            ? i + 1 < n && Character.isLowSurrogate(chars[i + 1])
            : i > 0 && Character.isHighSurrogate(chars[i - 1]);
        if (!paired && warnings.size() < MAX_CONTROL_WARNINGS) {
          warnings.add(new Warning(i, "lone surrogate"));
        }
      } else {
        char f = SourceText.fold(c);
        if (f != c) {
          chars[i] = f;
          folded = true;
        }
      }
    }
    if (controls > 0) {
      warnings.add(new Warning(first, controls + " control character(s), first"));
    }
    return new Normalized(SourceText.folded(text, folded ? new String(chars, 0, n) : text), warnings);
  }

  /** A buffer of at least {@code n} characters: the thread's own unless {@code n} is large. */
  private static char[] buffer(int n) {
    if (n > MAX_KEPT) {
      return new char[n]; // a text of megabytes does not keep its copy
    }
    char[][] holder = BUFFER.get();
    if (holder[0] == null || holder[0].length < n) {
      holder[0] = new char[Math.max(n, 1 << 12)];
    }
    return holder[0];
  }
}
