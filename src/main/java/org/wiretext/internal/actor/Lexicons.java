package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wiretext.internal.lexicon.LexiconFile;
import org.wiretext.model.ActorKind;

/**
 * Every lexicon the actor stage reads, loaded once from the resource files and shared by all
 * parses (immutable after construction, so thread-safe).
 */
final class Lexicons {

  private static final Lexicons INSTANCE = new Lexicons();

  final Tokenizer tokenizer;
  /** Splits lexicon phrases into keys, before the vocabulary is known. */
  private final Tokenizer splitter;
  /** States, organisations and regions by their exact tokens. */
  final PhraseTrie<EntityRef> entities = new PhraseTrie<>(1);
  /** The same, by upper-case tokens, for headlines in capitals. */
  final PhraseTrie<EntityRef> entitiesUpper = new PhraseTrie<>(1 << 1);
  /** Title heads by lower-case tokens, with the gender they imply. */
  final PhraseTrie<Gender> titleHeads = new PhraseTrie<>(1 << 2);
  /** State bodies by lower-case tokens, with their canonical form. */
  final PhraseTrie<String> governmentBodies = new PhraseTrie<>(1 << 3);
  /** Party words by their exact tokens. */
  final PhraseTrie<String> partyWords = new PhraseTrie<>(1 << 4);
  // the bits of the sets in Token.lexicons(), after the tries' bits
  private static final int STOPWORDS = 1 << 5;
  private static final int HONORIFICS = 1 << 6;
  private static final int PARTICLES = 1 << 7;
  private static final int GIVEN_NAMES = 1 << 8;
  private static final int PERSON_CUES = 1 << 9;
  private static final int ORG_HEADS = 1 << 10;
  private static final int TITLE_MODIFIERS = 1 << 11;
  final Set<String> titleModifiers;
  final Map<String, Gender> honorifics = new HashMap<>();
  /** Capitalised words that are no part of a name: value true for function words. */
  final Map<String, Boolean> stopwords = new HashMap<>();
  final Set<String> orgHeads;
  final Map<String, String> pronouns = new HashMap<>();
  final Set<String> particles;
  final Map<String, Gender> givenNames = new HashMap<>();
  final Set<String> personCues;
  /** Every entity phrase that is written without lower-case letters (acronyms). */
  private final Set<String> acronymForms = new HashSet<>();

  private Lexicons() {
    Set<String> abbreviations = new HashSet<>(LexiconFile.lines("abbreviations.txt"));
    splitter = new Tokenizer(abbreviations);
    for (StateLexicon.Entry s : StateLexicon.instance().entries()) {
      boolean h = s.historical();
      addEntity(s.canonical(), new EntityRef(s.canonical(), ActorKind.STATE, EntityRef.Form.NAME, h));
      for (String n : s.names()) {
        addEntity(n, new EntityRef(s.canonical(), ActorKind.STATE, EntityRef.Form.NAME, h));
      }
      for (String c : s.capitals()) {
        addEntity(c, new EntityRef(s.canonical(), ActorKind.STATE, EntityRef.Form.CAPITAL, h));
      }
      for (String d : s.demonyms()) {
        addEntity(d, new EntityRef(s.canonical(), ActorKind.STATE, EntityRef.Form.DEMONYM, h));
      }
    }
    for (OrganizationLexicon.Entry o : OrganizationLexicon.instance().entries()) {
      EntityRef ref = new EntityRef(o.canonical(), ActorKind.ORGANIZATION, EntityRef.Form.NAME, false);
      addEntity(o.canonical(), ref);
      for (String n : o.names()) {
        addEntity(n, ref);
      }
      for (String n : o.contextNames()) {
        addEntity(n, new EntityRef(o.canonical(), ActorKind.ORGANIZATION, EntityRef.Form.CONTEXT, false));
      }
    }
    for (String r : LexiconFile.lines("regions.tsv")) {
      addEntity(r, new EntityRef(r, ActorKind.GROUP, EntityRef.Form.REGION, false));
    }
    for (String[] row : LexiconFile.rows("titles.tsv")) {
      titleHeads.put(lowerKeys(row[0]), gender(row.length > 1 ? row[1] : "-"));
    }
    for (String[] row : LexiconFile.rows("government-bodies.tsv")) {
      governmentBodies.put(lowerKeys(row[0]), row.length > 1 ? row[1].strip() : row[0]);
    }
    for (String p : LexiconFile.lines("party-words.txt")) {
      partyWords.put(keys(p), p);
    }
    titleModifiers = new HashSet<>(LexiconFile.lines("title-modifiers.txt"));
    for (String[] row : LexiconFile.rows("honorifics.txt")) {
      honorifics.put(row[0].strip(), gender(row.length > 1 ? row[1] : "-"));
    }
    for (String[] row : LexiconFile.rows("name-stopwords.txt")) {
      stopwords.merge(row[0].strip(), row.length < 2 || !row[1].strip().equals("n"), Boolean::logicalOr);
    }
    orgHeads = new HashSet<>(LexiconFile.lines("org-heads.txt"));
    particles = new HashSet<>(LexiconFile.lines("name-particles.txt"));
    for (String[] row : LexiconFile.rows("given-names.tsv")) {
      givenNames.merge(row[0].strip(), gender(row.length > 1 ? row[1] : "-"),
          (x, y) -> x == y ? x : Gender.UNKNOWN);
    }
    personCues = new HashSet<>(LexiconFile.lines("person-cues.txt"));
    for (String[] row : LexiconFile.rows("pronouns.tsv")) {
      pronouns.put(row[0].strip(), row.length > 1 ? row[1].strip() : "p");
    }
    // every word any lookup by a token's text, lower- or upper-case form can find
    List<String> words = new ArrayList<>(abbreviations);
    // in the order of the tries' bits
    List<PhraseTrie<?>> tries = List.of(entities, entitiesUpper, titleHeads, governmentBodies, partyWords);
    List<Collection<String>> entries = new ArrayList<>();
    for (PhraseTrie<?> trie : tries) {
      trie.addWordsTo(words);
      entries.add(trie.firstWords());
    }
    // in the order of the sets' bits
    entries.add(stopwords.keySet());
    entries.add(honorifics.keySet());
    entries.add(particles);
    entries.add(givenNames.keySet());
    entries.add(personCues);
    entries.add(orgHeads);
    entries.add(titleModifiers);
    words.addAll(titleModifiers);
    words.addAll(honorifics.keySet());
    words.addAll(stopwords.keySet());
    words.addAll(orgHeads);
    words.addAll(pronouns.keySet());
    words.addAll(particles);
    words.addAll(givenNames.keySet());
    words.addAll(personCues);
    tokenizer = new Tokenizer(abbreviations, new Vocabulary(words, entries));
  }

  static Lexicons get() {
    return INSTANCE;
  }

  private void addEntity(String phrase, EntityRef ref) {
    List<String> k = keys(phrase);
    entities.put(k, ref);
    List<String> upper = new ArrayList<>(k.size());
    for (String s : k) {
      upper.add(s.toUpperCase(Locale.ROOT));
    }
    entitiesUpper.put(upper, ref);
    if (phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
      acronymForms.add(String.join(" ", upper));
    }
  }

  /** Whether {@code upperKey} (upper-case tokens joined by spaces) is an acronym form. */
  boolean acronym(String upperKey) {
    return acronymForms.contains(upperKey);
  }

  /** The token texts of a lexicon phrase, split as the text is. */
  List<String> keys(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : splitter.tokenize(phrase.strip(), 0, phrase.strip().length())) {
      out.add(t.text());
    }
    return out;
  }

  private List<String> lowerKeys(String phrase) {
    List<String> out = new ArrayList<>();
    for (String k : keys(phrase)) {
      out.add(k.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Whether {@code word} is a capitalised function word, month or day ("However", "March"). */
  boolean functionWord(String word) {
    return Boolean.TRUE.equals(stopwords.get(word));
  }

  /** Whether {@code word} is never part of a person's name. */
  boolean notName(String word) {
    return stopwords.containsKey(word);
  }

  /** {@link #functionWord(String)} of the token's text. */
  boolean functionWord(Token t) {
    return t.mayBeIn(STOPWORDS) && functionWord(t.text());
  }

  /** {@link #notName(String)} of the token's text. */
  boolean notName(Token t) {
    return t.mayBeIn(STOPWORDS) && notName(t.text());
  }

  /** The gender the honorific implies ("Mrs"), or null when the token is none. */
  Gender honorific(Token t) {
    return t.mayBeIn(HONORIFICS) ? honorifics.get(t.text()) : null;
  }

  /** The gender of the given name ("Jane"), or null when the token is none. */
  Gender givenName(Token t) {
    return t.mayBeIn(GIVEN_NAMES) ? givenNames.get(t.text()) : null;
  }

  boolean isGivenName(Token t) {
    return t.mayBeIn(GIVEN_NAMES) && givenNames.containsKey(t.text());
  }

  /** Whether the token is a verb of saying or other word that follows or precedes a name. */
  boolean personCue(Token t) {
    return t.mayBeIn(PERSON_CUES) && personCues.contains(t.text());
  }

  /** Whether the token, as written, is a name particle ("de", "van"). */
  boolean particle(Token t) {
    return t.mayBeIn(PARTICLES) && particles.contains(t.text());
  }

  /** Whether the token, in lower case, is a name particle ("De"). */
  boolean particleInLowerCase(Token t) {
    return t.mayBeIn(PARTICLES) && particles.contains(t.lower());
  }

  boolean orgHead(Token t) {
    return t.mayBeIn(ORG_HEADS) && orgHeads.contains(t.text());
  }

  /** Whether the token, in lower case, is a title modifier ("former"). */
  boolean titleModifier(Token t) {
    return t.mayBeIn(TITLE_MODIFIERS) && titleModifiers.contains(t.lower());
  }

  static String lower(Token t) {
    return t.lower();
  }

  static String upper(Token t) {
    return t.upper();
  }

  private static Gender gender(String code) {
    switch (code.strip()) {
      case "m":
        return Gender.MALE;
      case "f":
        return Gender.FEMALE;
      default:
        return Gender.UNKNOWN;
    }
  }
}
