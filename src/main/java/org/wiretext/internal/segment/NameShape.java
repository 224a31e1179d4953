package org.wiretext.internal.segment;

import java.util.regex.Pattern;
import java.util.Set;

/**
 * Whether a short text looks like a personal name as bylines print it: one to five words, each
 * capitalised or a name particle ("de", "van", "bin"), made of letters, full stops, hyphens
 * and apostrophes ("Jane Doe", "J.R. Smith", "Ana de la Cruz", "MICHAEL GELB").
 */
final class NameShape {

  private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "du", "del", "della",
      "der", "den", "des", "van", "von", "la", "le", "al", "el", "bin", "ibn", "ben", "y", "e",
      "dos", "das", "ter", "ten", "op", "zu", "af");

  private static final Pattern BLANKS = Pattern.compile("\\s+");
  /** On normalised text (single spaces), so every alternative is a fixed string. */
  private static final Pattern SEPARATORS = Pattern.compile(",| and | & ");

  private NameShape() {}

  static boolean isName(String s) {
    String[] words = BLANKS.split(s.strip());
    if (words.length < 1 || words.length > 5 || words[0].isEmpty()) {
      return false;
    }
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      boolean particle = w > 0 && PARTICLES.contains(word);
      if (!particle && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!(Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019')) {
          return false;
        }
      }
    }
    return true;
  }

  /** Names joined by "and", "&" or commas: "Jane Doe and John Roe". */
  static boolean isNameList(String s) {
    String[] parts = SEPARATORS.split(TextShapes.normalise(s));
    for (String p : parts) {
      if (!isName(p)) {
        return false;
      }
    }
    return parts.length > 0;
  }
}
