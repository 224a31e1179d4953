package org.wiretext.internal.statement;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word classes the rules test, one bit each, and the table that gives every lower-case
 * word the bits of the classes it belongs to. The words of each class stay where the rules
 * declare or load them (closed classes in the rule classes, lexicons in their files); this
 * table only gathers them, once, so that {@link Token#of} can look each word up once and the
 * rules test a mask ({@link Token#in}) instead of hashing the same word into a dozen sets.
 *
 * <p>The table is open addressing over the words' own hash codes, at most half full, and
 * immutable after class initialisation, so it is safe to share between threads.
 */
final class WordClass {

  /** {@link Phrases#CLAUSE_WORDS}: words that start a new clause. */
  static final int CLAUSE_WORD = 1;
  /** {@link Phrases#PREPOSITIONS}. */
  static final int PREPOSITION = 1 << 1;
  /** {@link Phrases#TIME_WORDS}: words of a time adjunct. */
  static final int TIME_WORD = 1 << 2;
  /** {@link Phrases#CONNECTIVES}: sentence adverbs and connectives. */
  static final int CONNECTIVE = 1 << 3;
  /** {@link Phrases#SUBJECT_PRONOUNS}, as written alone. */
  static final int SUBJECT_PRONOUN = 1 << 4;
  /** A subject pronoun alone or in a contraction ("he", "he's", "they're"): {@link Phrases#subjectPronoun}. */
  static final int SUBJECT_PRONOUN_FORM = 1 << 5;
  /** {@link Phrases#DETERMINERS}. */
  static final int DETERMINER = 1 << 6;
  /** Words of a title before a name: {@link Phrases#isTitleWord}. */
  static final int TITLE_WORD = 1 << 7;
  /** Auxiliaries of the speech-cue lexicon: {@link SpeechLexicon#isAux}. */
  static final int AUX = 1 << 8;
  /** Unnamed-source nouns of {@code source-nouns.tsv}: {@link SpeechLexicon#sourceNouns}. */
  static final int SOURCE_NOUN = 1 << 9;
  /** The first word of a speech cue: {@link SpeechLexicon#cueAt} finds none at any other. */
  static final int CUE_START = 1 << 10;
  /** The first word of a channel phrase: {@link SpeechLexicon#channelAt} finds none at any other. */
  static final int CHANNEL_START = 1 << 11;
  /** Titles and organisation words of speaker phrases: {@link NameShape#isSpeakerWord}. */
  static final int SPEAKER_WORD = 1 << 12;
  /** {@link Phrases#OBJECT_PRONOUNS}. */
  static final int OBJECT_PRONOUN = 1 << 13;
  /** The forms of "quote" of the agencies' formula: {@link QuotedAsSayingRule#QUOTED}. */
  static final int QUOTED = 1 << 14;
  /** The report nouns of {@code report-nouns.tsv}: {@link NounCueRule} looks at no other word. */
  static final int REPORT_NOUN = 1 << 15;
  /** {@link Content#ADJUNCT_AFTER_COMMA}: words that open an adjunct of a report after a comma. */
  static final int ADJUNCT_AFTER_COMMA = 1 << 16;
  /** {@link Content#CONCESSIVE}: "though", "although". */
  static final int CONCESSIVE = 1 << 17;
  /** {@link ReportedClauseRule#ADVERBS_BEFORE_PARTICIPLE}. */
  static final int ADVERB_BEFORE_PARTICIPLE = 1 << 18;
  /** {@link ReportedClauseRule#PASSIVE}: auxiliaries of the passive. */
  static final int PASSIVE = 1 << 19;
  /** {@link ReportedClauseRule#GERUND_PREPOSITIONS}: prepositions before a gerund cue. */
  static final int GERUND_PREPOSITION = 1 << 20;
  /** {@link SpeakerResolver#FOCUS_ADVERBS}: "even", "only" before a subject. */
  static final int FOCUS_ADVERB = 1 << 21;
  /** {@link ReportedClauseRule#NOT_CONTENT_START}: words that do not open reported content. */
  static final int NOT_CONTENT_START = 1 << 22;
  /** {@link Content#SUBORDINATORS}: conjunctions that open an adverbial clause. */
  static final int SUBORDINATOR = 1 << 23;
  /** {@link NameShape#QUANTIFIERS}: words that stand for people without naming anyone. */
  static final int QUANTIFIER = 1 << 24;

  private static final String[] WORDS;
  private static final int[] BITS;
  private static final int MASK;

  static {
    Map<String, Integer> classes = new HashMap<>();
    add(classes, CLAUSE_WORD, Phrases.CLAUSE_WORDS);
    add(classes, PREPOSITION, Phrases.PREPOSITIONS);
    add(classes, TIME_WORD, Phrases.TIME_WORDS);
    add(classes, CONNECTIVE, Phrases.CONNECTIVES);
    add(classes, SUBJECT_PRONOUN, Phrases.SUBJECT_PRONOUNS);
    add(classes, SUBJECT_PRONOUN_FORM, Phrases.subjectPronounForms());
    add(classes, DETERMINER, Phrases.DETERMINERS);
    add(classes, TITLE_WORD, Phrases.titleWordSet());
    SpeechLexicon lexicon = SpeechLexicon.INSTANCE;
    add(classes, AUX, lexicon.auxWords());
    add(classes, SOURCE_NOUN, lexicon.sourceNouns());
    add(classes, CUE_START, lexicon.cueFirstWords());
    add(classes, CHANNEL_START, lexicon.channelFirstWords());
    add(classes, SPEAKER_WORD, NameShape.speakerWords());
    add(classes, OBJECT_PRONOUN, Phrases.OBJECT_PRONOUNS);
    add(classes, QUOTED, QuotedAsSayingRule.QUOTED);
    add(classes, REPORT_NOUN, NounCueRule.reportNouns());
    add(classes, ADJUNCT_AFTER_COMMA, Content.ADJUNCT_AFTER_COMMA);
    add(classes, CONCESSIVE, Content.CONCESSIVE);
    add(classes, ADVERB_BEFORE_PARTICIPLE, ReportedClauseRule.ADVERBS_BEFORE_PARTICIPLE);
    add(classes, PASSIVE, ReportedClauseRule.PASSIVE);
    add(classes, GERUND_PREPOSITION, ReportedClauseRule.GERUND_PREPOSITIONS);
    add(classes, FOCUS_ADVERB, SpeakerResolver.FOCUS_ADVERBS);
    add(classes, NOT_CONTENT_START, ReportedClauseRule.NOT_CONTENT_START);
    add(classes, SUBORDINATOR, Content.SUBORDINATORS);
    add(classes, QUANTIFIER, NameShape.QUANTIFIERS);
    int size = Integer.highestOneBit(Math.max(16, classes.size() * 4));
    WORDS = new String[size];
    BITS = new int[size];
    MASK = size - 1;
    classes.forEach((word, bits) -> {
      int k = spread(word.hashCode()) & MASK;
      while (WORDS[k] != null) {
        k = (k + 1) & MASK;
      }
      WORDS[k] = word;
      BITS[k] = bits;
    });
  }

  private WordClass() {}

  private static void add(Map<String, Integer> classes, int bit, Set<String> words) {
    for (String w : words) {
      classes.merge(w, bit, (a, b) -> a | b);
    }
  }

  /** The classes of the lower-case word {@code lower}, as bits; 0 when it is in none. */
  static int of(String lower) {
    for (int k = spread(lower.hashCode()) & MASK; ; k = (k + 1) & MASK) {
      String w = WORDS[k];
      if (w == null) {
        return 0;
      }
      if (w == lower || w.equals(lower)) {
        return BITS[k];
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
