package org.wiretext.internal.bid;

import java.util.List;
import java.util.Locale;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.actor.ActorTable.ActorRecord;
import org.wiretext.model.ActorKind;

/**
 * Whether an actor speaks for an applicant state: the state itself, or an actor whose name,
 * titles or affiliations name it or use its adjective ("President of Kosovo", "Government of
 * Kosovo", "Romanian prime minister"). Adjectives are recognised by a shared stem with the
 * state's name ("Romania"/"Romanian", "Turkey"/"Turkish"), which covers regular demonyms.
 */
final class ApplicantVoice {

  private ApplicantVoice() {}

  static boolean speaksFor(ActorTable table, String actorKey, String applicantKey) {
    if (actorKey.equals(applicantKey)) {
      return true;
    }
    ActorRecord actor = table.get(actorKey).orElse(null);
    ActorRecord state = table.get(applicantKey).orElse(null);
    if (actor == null || state == null) {
      return false;
    }
    // the texts about the actor: its titles, affiliations and (unless a person) its name
    for (String title : actor.titles()) {
      if (hasStemOf(title, state)) {
        return true;
      }
    }
    for (String affiliation : actor.affiliations()) {
      if (hasStemOf(affiliation, state)) {
        return true;
      }
    }
    return actor.kind() != ActorKind.PERSON && hasStemOf(actor.name(), state);
  }

  /** Whether a word of {@code text} shares its stem with a name of {@code state} (an alias or its name). */
  private static boolean hasStemOf(String text, ActorRecord state) {
    // the words are the runs of letters and hyphens; only a capitalised one can be a stem
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i > start && Character.isUpperCase(text.charAt(start))) {
        List<String> aliases = state.aliases();
        for (int k = 0; k < aliases.size(); k++) {
          if (sameStem(text, start, i, aliases.get(k))) {
            return true;
          }
        }
        if (sameStem(text, start, i, state.name())) {
          return true;
        }
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return false;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetter(cp) || cp == '-';
  }

  /**
   * The key of the state that organisation {@code body} is a body of ("Parliament of
   * Finland", "Finland's parliament", "Government of Kosovo"), so that it can stand for the
   * state as an applicant; or null. It is the first of the states among {@code actors}, in
   * their order, that a name of the body names. {@code body} is an organisation states do not
   * join (a joinable organisation is never a body of a state).
   */
  static String bodyState(List<ActorRecord> actors, ActorRecord body) {
    for (int k = 0; k < actors.size(); k++) {
      ActorRecord state = actors.get(k);
      if (state.kind() == ActorKind.STATE && names(body, state)) {
        return state.key();
      }
    }
    return null;
  }

  /**
   * Whether a name of {@code body} (an alias or its name) has a word that is a name of
   * {@code state} exactly: each pair of names is tried in place, no list of them is made.
   */
  private static boolean names(ActorRecord body, ActorRecord state) {
    if (namesIn(body.name(), state)) {
      return true;
    }
    // by index: every organisation is tried against every state, and an iterator each adds up
    List<String> forms = body.aliases();
    for (int k = 0; k < forms.size(); k++) {
      if (namesIn(forms.get(k), state)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} has a word that is a name of {@code state} (an alias or its name). */
  private static boolean namesIn(String text, ActorRecord state) {
    if (hasWord(text, state.name())) {
      return true;
    }
    List<String> aliases = state.aliases();
    for (int k = 0; k < aliases.size(); k++) {
      if (hasWord(text, aliases.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first occurrence of {@code name} in {@code text} stands between non-letters. */
  private static boolean hasWord(String text, String name) {
    int at = text.indexOf(name);
    return !name.isEmpty() && at >= 0 && (at == 0 || !Character.isLetter(text.charAt(at - 1)))
        && (at + name.length() == text.length() || !Character.isLetter(text.charAt(at + name.length())));
  }

  /** "Kosovo"/"Kosovo", "Romanian"/"Romania", "Turkish"/"Turkey": a shared stem of at least four letters. */
  static boolean sameStem(String word, String name) {
    return sameStem(word, 0, word.length(), name);
  }

  /** {@link #sameStem(String, String)} for the word {@code text[from, to)}, read in place. */
  private static boolean sameStem(String text, int from, int to, String name) {
    int length = to - from;
    if (length == 0 || name.isEmpty()) {
      return false;
    }
    char first = text.charAt(from);
    char nameFirst = name.charAt(0);
    // an ASCII letter lower-cases alone, to one letter: words whose first letters differ so
    // (nearly every pair tried) share no letter of a stem, and are not equal; no further scan
    if (first < 0x80 && nameFirst < 0x80 && lowerAscii(first) != lowerAscii(nameFirst)) {
      return false;
    }
    if (!Character.isUpperCase(first) || name.indexOf(' ') >= 0) {
      return false;
    }
    if (isAscii(text, from, to) && isAscii(name, 0, name.length())) {
      // ASCII lower-cases letter by letter, to the same length: compared in place, no copies
      // (equal words share every letter, so the stem test below also answers equality)
      int common = 0;
      while (common < length && common < name.length()
          && lowerAscii(text.charAt(from + common)) == lowerAscii(name.charAt(common))) {
        common++;
      }
      return common == length && common == name.length() || stemRule(common, length, name.length());
    }
    String w = text.substring(from, to).toLowerCase(Locale.ROOT);
    String n = name.toLowerCase(Locale.ROOT);
    if (w.equals(n)) {
      return true;
    }
    int common = 0;
    while (common < w.length() && common < n.length() && w.charAt(common) == n.charAt(common)) {
      common++;
    }
    return stemRule(common, w.length(), n.length());
  }

  /** The stem test on lower-cased forms: {@code common} letters shared, the rest a short ending. */
  private static boolean stemRule(int common, int wordLength, int nameLength) {
    return common >= 4 && common >= nameLength - 2 && wordLength - common <= 3;
  }

  private static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
