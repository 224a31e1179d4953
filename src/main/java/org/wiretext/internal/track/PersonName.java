package org.wiretext.internal.track;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretext.internal.lexicon.LexiconFile;

/**
 * A person's name as the tracker compares it: the words left once leading honorifics and
 * titles are taken off ("Congressman Torres" gives "Torres"), folded (lower case, no accents,
 * no full stops). A name of two or more words whose first is not an initial is a full name;
 * anything else (a surname alone, "R. Torres") is partial and may only join a full name.
 *
 * @param words the folded words of the name, honorifics and titles taken off
 * @param display the same words as written
 */
record PersonName(List<String> words, List<String> display) {

  /** Honorifics ("Mr", "Dr"), title heads ("Congressman", "President") and title modifiers. */
  private static final Set<String> LEADING = leadingWords();
  private static final int MAX_PHRASE = 4;
  private static final Set<String> PARTICLES = Set.copyOf(LexiconFile.lines("name-particles.txt"));

  static PersonName of(String name, List<String> titles) {
    String rest = name.strip();
    // the actor's own titles, where the name starts with one ("Interior Minister Hans Weber")
    for (String t : titles) {
      if (rest.length() > t.length() && rest.regionMatches(true, 0, t, 0, t.length())
          && rest.charAt(t.length()) == ' ') {
        rest = rest.substring(t.length() + 1).strip();
        break;
      }
    }
    List<String> display = new ArrayList<>();
    for (String w : rest.split(" +")) {
      if (!w.isEmpty()) {
        display.add(w);
      }
    }
    int from = 0;
    for (boolean more = true; more; ) {
      more = false;
      // the longest honorific, title or modifier phrase at 'from', leaving at least one word
      for (int k = Math.min(MAX_PHRASE, display.size() - 1 - from); k >= 1; k--) {
        if (LEADING.contains(foldAll(display.subList(from, from + k)))) {
          from += k;
          more = true;
          break;
        }
      }
    }
    display = List.copyOf(display.subList(from, display.size()));
    List<String> words = new ArrayList<>(display.size());
    for (String w : display) {
      words.add(fold(w));
    }
    return new PersonName(List.copyOf(words), display);
  }

  /** Two or more words, the first of them not an initial. */
  boolean full() {
    return words.size() >= 2 && !initial(words.get(0));
  }

  /** The given-name initial of a partial name ("r" of "R. Torres"), or null. */
  String initial() {
    return words.size() >= 2 && initial(words.get(0)) ? words.get(0).substring(0, 1) : null;
  }

  /** The surname a partial name gives: every word after an initial ("torres"). */
  String surname() {
    return String.join(" ", initial() != null ? words.subList(1, words.size()) : words);
  }

  /** The folded full name ("ritchie torres"). */
  String key() {
    return String.join(" ", words);
  }

  /** The name as written, honorifics and titles taken off ("Torres"). */
  String written() {
    return String.join(" ", display);
  }

  /**
   * The surnames a full name answers to: its last word, and the words from its first particle
   * ("von der leyen" of "Ursula von der Leyen").
   */
  List<String> surnames() {
    List<String> out = new ArrayList<>(2);
    out.add(words.get(words.size() - 1));
    for (int i = 1; i < words.size() - 1; i++) {
      if (PARTICLES.contains(words.get(i))) {
        out.add(String.join(" ", words.subList(i, words.size())));
        break;
      }
    }
    return out;
  }

  /** Whether {@code other} (a partial name's words) ends this full name: a surname alias. */
  boolean endsWith(PersonName other) {
    int n = other.words.size();
    return n > 0 && n < words.size() && words.subList(words.size() - n, words.size()).equals(other.words);
  }

  /** The given-name initial is compatible with this full name's first word. */
  boolean givenStartsWith(String initial) {
    return initial == null || words.get(0).startsWith(initial);
  }

  static String fold(String w) {
    String d = Normalizer.normalize(w, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK && c != '.') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static String foldAll(List<String> ws) {
    StringBuilder sb = new StringBuilder();
    for (String w : ws) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(fold(w));
    }
    return sb.toString();
  }

  private static boolean initial(String folded) {
    return folded.length() == 1 && Character.isLetter(folded.charAt(0));
  }

  private static Set<String> leadingWords() {
    Set<String> s = new HashSet<>();
    for (String[] row : LexiconFile.rows("honorifics.txt")) {
      s.add(fold(row[0]));
    }
    for (String[] row : LexiconFile.rows("titles.tsv")) {
      s.add(fold(row[0]));
    }
    for (String line : LexiconFile.lines("title-modifiers.txt")) {
      s.add(fold(line));
    }
    return Set.copyOf(s);
  }
}
