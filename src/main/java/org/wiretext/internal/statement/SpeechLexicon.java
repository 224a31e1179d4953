package org.wiretext.internal.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wiretext.internal.lexicon.LexiconFile;

/**
 * The statement stage's three lexicons, loaded once: speech cues ({@code speech-cues.tsv}),
 * channels ({@code channels.tsv}) and unnamed-source nouns ({@code source-nouns.tsv}).
 * Phrases are matched token by token from a start token; each first word has a handful of
 * phrases, so a match costs a bounded number of comparisons.
 */
final class SpeechLexicon {

  /** What follows a cue in reported speech (see the header of speech-cues.tsv). */
  enum Frame { CLAUSE, OBJECT, ADDRESSEE, SOURCE, READS, AUX }

  /** A cue form as listed. */
  record Cue(String form, String lemma, Frame frame, int words) {}

  /** A phrase found at a token: the cue or channel, and the index after its last token. */
  record Match<T>(T value, int from, int to) {}

  /**
   * A phrase of a lexicon as it is listed under its first word: what it stands for, and its
   * words after the first, split once when the lexicon is loaded. The first word is the key
   * it was found by, equal to the token's: a match compares only the words after it (none for
   * most cues: "said", "told"), each as a whole string.
   */
  private record Listed<T>(T value, String[] rest) {
    static <T> Listed<T> of(T value, String form) {
      String[] words = form.split(" ");
      return new Listed<>(value, Arrays.copyOfRange(words, 1, words.length));
    }
  }

  static final SpeechLexicon INSTANCE = new SpeechLexicon();

  private final Map<String, List<Listed<Cue>>> cuesByFirst = new HashMap<>();
  private final Set<String> aux = new HashSet<>();
  private final Map<String, List<Listed<String>>> channelsByFirst = new HashMap<>();
  private final Set<String> sourceNouns = new HashSet<>();
  private final Set<String> nounForms = new HashSet<>();

  /** Words before a noun: a cue form after one of them is the noun ("the state"). */
  private static final Set<String> NOUN_MARKERS = Set.of(
      "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
      "your", "some", "many", "any", "no", "every", "each", "other", "such", "more", "most",
      "few", "several", "both", "own", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "'");
  /** Lower-case words a verb can follow: the end of a subject, or a word before a verb. */
  private static final Set<String> BEFORE_VERB = Set.of(
      "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "and", "but", "or",
      "to", "also", "not", "never", "often");
  /** Words after a noun that a reporting verb does not take first. */
  private static final Set<String> AFTER_NOUN = Set.of(
      "about", "of", "on", "over", "from", "during", "at", "in", "by", "with", "for", "were",
      "was", "is", "are", "have", "has", "had", "came", "come", "comes", "will", "would");

  private SpeechLexicon() {
    for (String[] row : LexiconFile.rows("speech-cues.tsv")) {
      Frame frame = Frame.valueOf(row[2].trim().toUpperCase(java.util.Locale.ROOT));
      String form = row[0].trim();
      if (frame == Frame.AUX) {
        aux.add(form);
        continue;
      }
      String[] words = form.split(" ");
      cuesByFirst.computeIfAbsent(words[0], k -> new ArrayList<>())
          .add(Listed.of(new Cue(form, row[1].trim(), frame, words.length), form));
    }
    cuesByFirst.values().forEach(l -> l.sort((a, b) -> b.value().words() - a.value().words()));
    Map<String, List<String[]>> channels = new HashMap<>();
    for (String[] row : LexiconFile.rows("channels.tsv")) {
      String form = row[0].trim();
      channels.computeIfAbsent(form.split(" ")[0], k -> new ArrayList<>())
          .add(new String[] {form, row[1].trim()});
    }
    channels.forEach((first, forms) -> {
      forms.sort((a, b) -> b[0].length() - a[0].length());
      List<Listed<String>> listed = new ArrayList<>(forms.size());
      for (String[] f : forms) {
        listed.add(Listed.of(f[1], f[0]));
      }
      channelsByFirst.put(first, listed);
    });
    for (String line : LexiconFile.lines("source-nouns.tsv")) {
      sourceNouns.add(line.trim());
    }
    for (String line : LexiconFile.lines("cue-nouns.txt")) {
      nounForms.add(line.trim());
    }
  }

  /** The longest cue starting at token {@code i} of the {@code size} first of {@code tokens}, if any. */
  Optional<Match<Cue>> cueAt(Token[] tokens, int size, int i) {
    Token t = tokens[i];
    if (!t.word() || !t.in(WordClass.CUE_START)) {
      return Optional.empty();
    }
    List<Listed<Cue>> cues = cuesByFirst.get(t.lower());
    if (cues == null) {
      return Optional.empty();
    }
    for (int k = 0; k < cues.size(); k++) {
      Listed<Cue> listed = cues.get(k);
      Cue c = listed.value();
      int to = matchRest(tokens, size, i, listed.rest());
      if (to > 0) {
        if (c.words() == 1 && nounForms.contains(c.form())
            && (readsAsNoun(tokens, size, i) || c.frame() == Frame.CLAUSE && nounBefore(tokens, size, i))
            || adjectiveOrImpersonal(tokens, i) || afterArticle(tokens, i)) {
          return Optional.empty();
        }
        return Optional.of(new Match<>(c, i, to));
      }
    }
    return Optional.empty();
  }

  /**
   * A participle after a determiner is an adjective ("a pressing problem"), and "worth noting",
   * "without saying" say nothing of anyone.
   */
  private static boolean adjectiveOrImpersonal(Token[] tokens, int i) {
    if (i == 0 || !tokens[i].lower().endsWith("ing")) {
      return false;
    }
    String prev = tokens[i - 1].lower();
    return NOUN_MARKERS.contains(prev) && !prev.equals("'") || prev.equals("worth")
        || prev.equals("without");
  }

  /** Articles and possessives: no verb follows them ("a call to voters", "his warning"). */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "his", "its", "their",
      "our", "my", "your", "every", "each");

  /** Whether the word before token {@code i} is an article or a possessive determiner. */
  private static boolean afterArticle(Token[] tokens, int i) {
    return i > 0 && tokens[i - 1].word() && ARTICLES.contains(tokens[i - 1].lower());
  }

  /** Number words ("twenty-seven states"): a noun follows them. */
  private static final Set<String> NUMBER_WORDS = Set.of("eleven", "twelve", "thirteen",
      "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions");

  /**
   * Whether a clause cue that is also a noun stands before a noun of its own phrase ("state
   * troopers", "state election offices", "states led by"), or after a number word: a
   * reporting verb is followed by "that", a determiner, a pronoun, a name or an adverb.
   */
  private boolean nounBefore(Token[] tokens, int size, int i) {
    if (i > 0) {
      String prev = tokens[i - 1].lower();
      int dash = prev.lastIndexOf('-');
      if (NUMBER_WORDS.contains(dash >= 0 ? prev.substring(dash + 1) : prev)
          || NUMBER_WORDS.contains(prev)) {
        return true;
      }
    }
    if (i + 1 >= size || i == 0) {
      return false;
    }
    Token prev = tokens[i - 1];
    if (!prev.word() || prev.in(WordClass.SUBJECT_PRONOUN_FORM) || prev.in(WordClass.AUX)) {
      return false; // "NAME, the mayor of X, claims prostitution has spiked": a subject ends here
    }
    Token next = tokens[i + 1];
    String w = next.lower();
    if (!next.word() || next.capitalised() || next.in(WordClass.SUBJECT_PRONOUN_FORM
        | WordClass.CLAUSE_WORD | WordClass.AUX | WordClass.TIME_WORD | WordClass.PREPOSITION)
        || NOUN_MARKERS.contains(w) || BEFORE_VERB.contains(w) || w.endsWith("ly")) {
      return false;
    }
    return true;
  }

  /**
   * Whether the cue form at {@code i}, which is also a noun, is the noun here: after a
   * determiner, a possessive, a number or a common word that cannot end a subject, or before
   * a preposition, a stop or a verb that would make it the subject ("his comments came").
   */
  private boolean readsAsNoun(Token[] tokens, int size, int i) {
    if (i + 1 < size) {
      Token next = tokens[i + 1];
      if (!next.word() && !next.lower().equals("\"") && !next.isPunct(':') || AFTER_NOUN.contains(next.lower())
          || next.in(WordClass.SOURCE_NOUN) || next.in(WordClass.SPEAKER_WORD)) {
        return true;
      }
    }
    if (i == 0) {
      return false;
    }
    Token prev = tokens[i - 1];
    String w = prev.lower();
    if (!prev.word()) {
      return w.equals("'");
    }
    if (NOUN_MARKERS.contains(w) || w.endsWith("'s") || Character.isDigit(w.charAt(0))) {
      return true;
    }
    if (prev.capitalised()) {
      return false;
    }
    return !(BEFORE_VERB.contains(w) || aux.contains(w) || sourceNouns.contains(w)
        || w.endsWith("ly"));
  }

  /** The longest channel phrase starting at token {@code i}, as the contract's channel. */
  Optional<Match<String>> channelAt(Token[] tokens, int size, int i) {
    Token t = tokens[i];
    List<Listed<String>> forms = t.word() && t.in(WordClass.CHANNEL_START)
        ? channelsByFirst.get(t.lower()) : null;
    if (forms == null) {
      return Optional.empty();
    }
    for (int k = 0; k < forms.size(); k++) {
      Listed<String> f = forms.get(k);
      int to = matchRest(tokens, size, i, f.rest());
      if (to > 0) {
        return Optional.of(new Match<>(f.value(), i, to));
      }
    }
    return Optional.empty();
  }

  /** Cues whose words are reported only as a quotation ("chanted "What curfew?""). */
  private static final Set<String> QUOTED_ONLY = Set.of("chant", "sing");

  /**
   * Whether what {@code cue} reports is only ever a quotation, its object: "chanted "No
   * more!" as they marched" quotes the chant however the sentence goes on.
   */
  static boolean quotedOnly(Cue cue) {
    return QUOTED_ONLY.contains(cue.lemma());
  }

  /** The auxiliaries of {@code speech-cues.tsv}, for {@link WordClass#AUX}. */
  Set<String> auxWords() {
    return Set.copyOf(aux);
  }

  /** The unnamed-source nouns, for {@link WordClass#SOURCE_NOUN}. */
  Set<String> sourceNouns() {
    return Set.copyOf(sourceNouns);
  }

  /** The first words of the cues, for {@link WordClass#CUE_START}. */
  Set<String> cueFirstWords() {
    return Set.copyOf(cuesByFirst.keySet());
  }

  /** The first words of the channel phrases, for {@link WordClass#CHANNEL_START}. */
  Set<String> channelFirstWords() {
    return Set.copyOf(channelsByFirst.keySet());
  }

  boolean isAux(String lowerWord) {
    return aux.contains(lowerWord);
  }

  /**
   * The index after the last token of a phrase whose first word is token {@code i}'s (the key
   * it was listed under) and whose other words are {@code rest}, matched from token {@code i +
   * 1}; -1 when the tokens there are not those words.
   */
  private static int matchRest(Token[] tokens, int size, int i, String[] rest) {
    int k = i + 1;
    for (String word : rest) {
      if (k >= size || !tokens[k].lower().equals(word)) {
        return -1;
      }
      k++;
    }
    return k;
  }
}
