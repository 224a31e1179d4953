package org.wiretext.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1: keeps the original text and builds the folded view used for matching. Reports
 * control characters, which wire text should not carry, as warnings; they stay in the text.
 */
public final class Normalizer {

  /** The result: the source text and what was odd about it. */
  public record Normalized(SourceText source, List<Warning> warnings) {
    public Normalized {
      warnings = List.copyOf(warnings);
    }
  }

  private static final int MAX_CONTROL_WARNINGS = 5;

  public Normalized normalize(String text) {
    char[] chars = text.toCharArray();
    List<Warning> warnings = new ArrayList<>();
    int controls = 0;
    int first = -1;
    boolean folded = false;
    for (int i = 0; i < chars.length; i++) {
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
            ? i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])
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
    return new Normalized(SourceText.folded(text, folded ? new String(chars) : text), warnings);
  }
}
