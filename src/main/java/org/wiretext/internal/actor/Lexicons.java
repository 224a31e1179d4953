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
  /** Every word of the lexicons, numbered; see {@link Token#textId()}. */
  final Vocabulary vocabulary;
  /** Splits lexicon phrases into keys, before the vocabulary is known. */
  private final Tokenizer splitter;
  /** States, organisations and regions by their exact tokens. */
  final PhraseTrie<EntityRef> entities = new PhraseTrie<>(ENTITY_FIRST);
  /** The same, by upper-case tokens, for headlines in capitals. */
  final PhraseTrie<EntityRef> entitiesUpper = new PhraseTrie<>(ENTITY_UPPER_FIRST);
  /** Title heads by lower-case tokens, with the gender they imply. */
  final PhraseTrie<Gender> titleHeads = new PhraseTrie<>(TITLE_HEAD_FIRST);
  /** State bodies by lower-case tokens, with their canonical form. */
  final PhraseTrie<String> governmentBodies = new PhraseTrie<>(BODY_FIRST);
  /** Party words by their exact tokens. */
  final PhraseTrie<String> partyWords = new PhraseTrie<>(PARTY_FIRST);
  // the word classes of a token (Token.is), in the order of Vocabulary's classes: each holds
  // its words exactly as written, read from the token's text unless said otherwise
  /** Capitalised words that are no part of a name ({@code name-stopwords.txt}). */
  static final long STOPWORDS = 1L;
  /** The stopwords that are function words, months or days ("However", "March"). */
  static final long FUNCTION_WORDS = 1L << 1;
  static final long HONORIFICS = 1L << 2;
  static final long PARTICLES = 1L << 3;
  static final long GIVEN_NAMES = 1L << 4;
  static final long PERSON_CUES = 1L << 5;
  static final long ORG_HEADS = 1L << 6;
  /** Title modifiers ("former"), read from the token in lower case. */
  static final long TITLE_MODIFIERS = 1L << 7;
  /** Words after which a full stop ends no sentence ({@code abbreviations.txt}). */
  static final long ABBREVIATIONS = 1L << 8;
  /** Name particles, read from the token in lower case ("De"). */
  static final long PARTICLES_IN_LOWER_CASE = 1L << 9;
  // the first words of the tries' phrases, read from the form each trie is keyed by
  static final long ENTITY_FIRST = 1L << 10;
  /** Read from the token in upper case. */
  static final long ENTITY_UPPER_FIRST = 1L << 11;
  /** Read from the token in lower case. */
  static final long TITLE_HEAD_FIRST = 1L << 12;
  /** Read from the token in lower case. */
  static final long BODY_FIRST = 1L << 13;
  static final long PARTY_FIRST = 1L << 14;
  // the rules' own words, so that a rule tests a token by its bits too
  /** {@link LexiconEntityRule#LOCATIVE}. */
  static final long LOCATIVE = 1L << 15;
  /** {@link TitlePhrases#DETERMINERS}. */
  static final long DETERMINERS = 1L << 16;
  /** {@link DescriptionRule#ARTICLES}, read from the token in lower case. */
  static final long ARTICLES = 1L << 17;
  final Set<String> titleModifiers;
  final Map<String, Gender> honorifics = new HashMap<>();
  /** Capitalised words that are no part of a name: value true for function words. */
  final Map<String, Boolean> stopwords = new HashMap<>();
  final Set<String> orgHeads;
  final Map<String, String> pronouns = new HashMap<>();
  final Set<String> particles;
  final Map<String, Gender> givenNames = new HashMap<>();
  final Set<String> personCues;
  /** Per vocabulary id, the gender of the honorific, or null for another word. */
  private final Gender[] honorificGenders;
  /** Per vocabulary id, the gender of the given name, or null for another word. */
  private final Gender[] givenNameGenders;
  /**
   * Per organisation's canonical name, the keys (lower case) of the organisations it belongs
   * to ({@link OrganizationLexicon.Entry#partOf}), found once.
   */
  private final Map<String, List<String>> partOfKeys = new HashMap<>();
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
      partOfKeys.computeIfAbsent(o.canonical(), Lexicons::findPartOfKeys);
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
    List<PhraseTrie<?>> tries = List.of(entities, entitiesUpper, titleHeads, governmentBodies, partyWords);
    for (PhraseTrie<?> trie : tries) {
      trie.addWordsTo(words);
    }
    List<String> functionWords = new ArrayList<>();
    stopwords.forEach((w, function) -> {
      if (function) {
        functionWords.add(w);
      }
    });
    // in the order of the classes' bits
    List<Vocabulary.WordClass> classes = List.of(text(stopwords.keySet()), text(functionWords),
        text(honorifics.keySet()), text(particles), text(givenNames.keySet()), text(personCues),
        text(orgHeads), lower(titleModifiers), text(abbreviations), lower(particles),
        text(entities.firstWords()), upper(entitiesUpper.firstWords()),
        lower(titleHeads.firstWords()), lower(governmentBodies.firstWords()),
        text(partyWords.firstWords()), text(LexiconEntityRule.LOCATIVE),
        text(TitlePhrases.DETERMINERS), lower(DescriptionRule.ARTICLES));
    for (Vocabulary.WordClass c : classes) {
      words.addAll(c.words());
    }
    words.addAll(pronouns.keySet());
    vocabulary = new Vocabulary(words, classes);
    for (PhraseTrie<?> trie : tries) {
      trie.index(vocabulary);
    }
    honorificGenders = genders(honorifics);
    givenNameGenders = genders(givenNames);
    tokenizer = new Tokenizer(abbreviations, vocabulary);
  }

  private static Vocabulary.WordClass text(Collection<String> words) {
    return new Vocabulary.WordClass(words, Vocabulary.Form.TEXT);
  }

  private static Vocabulary.WordClass lower(Collection<String> words) {
    return new Vocabulary.WordClass(words, Vocabulary.Form.LOWER);
  }

  private static Vocabulary.WordClass upper(Collection<String> words) {
    return new Vocabulary.WordClass(words, Vocabulary.Form.UPPER);
  }

  /** The genders of {@code byWord} by the vocabulary id of the word (null for others). */
  private Gender[] genders(Map<String, Gender> byWord) {
    Gender[] out = new Gender[vocabulary.size()];
    byWord.forEach((w, g) -> out[vocabulary.id(w)] = g);
    return out;
  }

  static Lexicons get() {
    return INSTANCE;
  }

  private void addEntity(String phrase, EntityRef ref) {
    if (ref.form() != EntityRef.Form.REGION && !Recognition.collapsed(ref.canonical())) {
      // the recogniser takes a mention written as its canonical name for that name as it is
      // (Recognition.slice(TextRange, String)), which must then be collapsed as a slice is
      throw new IllegalStateException("canonical name with stray whitespace: '" + ref.canonical() + "'");
    }
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

  /**
   * The keys (lower case) of the organisations that the organisation of this canonical name
   * belongs to, as {@link OrganizationLexicon#lookup} finds it; empty when it knows none.
   */
  List<String> partOfKeys(String canonical) {
    List<String> keys = partOfKeys.get(canonical);
    return keys != null ? keys : findPartOfKeys(canonical);
  }

  private static List<String> findPartOfKeys(String canonical) {
    List<String> partOf = OrganizationLexicon.instance().lookup(canonical)
        .map(OrganizationLexicon.Entry::partOf).orElse(List.of());
    List<String> keys = new ArrayList<>(partOf.size());
    for (String p : partOf) {
      keys.add(p.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(keys);
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

  /** Whether the token is a capitalised function word, month or day ("However", "March"). */
  boolean functionWord(Token t) {
    return t.is(FUNCTION_WORDS);
  }

  /** Whether the token is never part of a person's name. */
  boolean notName(Token t) {
    return t.is(STOPWORDS);
  }

  /** The gender the honorific implies ("Mrs"), or null when the token is none. */
  Gender honorific(Token t) {
    return t.is(HONORIFICS) ? honorificGenders[t.textId()] : null;
  }

  /** The gender of the given name ("Jane"), or null when the token is none. */
  Gender givenName(Token t) {
    return t.is(GIVEN_NAMES) ? givenNameGenders[t.textId()] : null;
  }

  boolean isGivenName(Token t) {
    return t.is(GIVEN_NAMES);
  }

  /** Whether the token is a verb of saying or other word that follows or precedes a name. */
  boolean personCue(Token t) {
    return t.is(PERSON_CUES);
  }

  /** Whether the token, as written, is a name particle ("de", "van"). */
  boolean particle(Token t) {
    return t.is(PARTICLES);
  }

  /** Whether the token, in lower case, is a name particle ("De"). */
  boolean particleInLowerCase(Token t) {
    return t.is(PARTICLES_IN_LOWER_CASE);
  }

  boolean orgHead(Token t) {
    return t.is(ORG_HEADS);
  }

  /** Whether the token, in lower case, is a title modifier ("former"). */
  boolean titleModifier(Token t) {
    return t.is(TITLE_MODIFIERS);
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
