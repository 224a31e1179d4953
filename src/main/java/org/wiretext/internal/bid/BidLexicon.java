package org.wiretext.internal.bid;

import java.util.Locale;
import org.wiretext.internal.actor.ActorTable.ActorRecord;
import org.wiretext.internal.actor.OrganizationLexicon;
import org.wiretext.internal.lexicon.LexiconFile;
import org.wiretext.model.ActorKind;
import org.wiretext.model.BidStage;
import org.wiretext.model.Stance;

/**
 * The bid stage's lexicons, loaded once: membership cues ({@code bid-patterns.tsv}) and stance
 * cues ({@code bid-stances.tsv}), plus the small closed word classes the rules share (hedges,
 * negations, topic words). Which organisations states join comes from the shared
 * {@link OrganizationLexicon} ({@code organizations.tsv}, its {@code joinable} column).
 */
final class BidLexicon {

  /** Where a membership cue's applicant stands; see {@code bid-patterns.tsv}. */
  enum Role { NOUN, VERB, GERUND, LIST, OBJECT }

  /**
   * A membership cue: its role, the stage it reports as fact, the stage when hedged, and
   * whether it is weak (a word such as "request" or "move" that speaks of a bid only when the
   * text is already speaking of one: it binds to the topic organisation only).
   */
  record Cue(Role role, BidStage stage, BidStage hedged, boolean weak) {}

  /** Where a stance cue's holder stands; see {@code bid-stances.tsv}. */
  enum Holder { SUBJECT, NOUN, BOTH }

  /** A stance cue. */
  record StanceCue(Stance stance, Holder holder) {}

  /** Words before a cue that make its step an intention or a condition, not a fact. */
  static final WordSet HEDGES = WordSet.of(
      "expected", "expect", "expects", "if", "may", "might", "could", "would", "should", "must",
      "want", "wants", "wanted", "seek", "seeks", "sought", "hope", "hopes", "hoped", "plan",
      "plans", "planned", "intend", "intends", "intention", "aim", "aims", "not", "never",
      "unlikely", "likely", "whether", "until", "ready", "eventually", "ever", "to", "ensure",
      "help", "urge", "urged", "unless", "before", "prepare", "prepares", "preparing", "decide",
      "decides", "try", "soon");

  /** Negations that turn a stance. */
  static final WordSet NEGATIONS = WordSet.of("not", "n't", "never", "no", "nor", "cannot");

  /** Words that put a sentence on the subject of membership even without a named applicant. */
  static final WordSet TOPIC_WORDS = WordSet.of(
      "join", "joins", "joining", "joined", "membership", "member", "accession", "admission",
      "talks", "negotiations", "entry", "bid", "application", "integration", "integrating",
      "enlargement", "expansion", "accede", "apply", "applied", "candidacy", "admit", "admitted",
      "negotiating", "candidate");

  /** Generic nouns that stand for an organisation already named ("the military alliance", "the bloc"). */
  static final WordSet ORG_ANAPHORS = WordSet.of(
      "alliance", "bloc", "union", "club", "group", "organisation", "organization", "zone",
      "area", "community", "programme", "program", "partnership", "treaty", "agreement", "scheme");

  private static final BidLexicon INSTANCE = new BidLexicon();

  final PhraseTable<Cue> cues = new PhraseTable<>();
  final PhraseTable<StanceCue> stances = new PhraseTable<>();

  private BidLexicon() {
    for (String[] row : LexiconFile.rows("bid-patterns.tsv")) {
      cues.add(row[0], new Cue(Role.valueOf(row[1].trim()), BidStage.valueOf(row[2].trim()),
          BidStage.valueOf(row[3].trim()), row.length > 4 && row[4].trim().equals("weak")));
    }
    for (String[] row : LexiconFile.rows("bid-stances.tsv")) {
      stances.add(row[0], new StanceCue(Stance.valueOf(row[1].trim()), Holder.valueOf(row[2].trim())));
    }
  }

  static BidLexicon get() {
    return INSTANCE;
  }

  /**
   * Whether {@code actor} is an organisation states join: the organisations lexicon knows its
   * name or one of its aliases as joinable.
   */
  boolean isJoinable(ActorRecord actor) {
    if (actor.kind() != ActorKind.ORGANIZATION) {
      return false;
    }
    OrganizationLexicon orgs = OrganizationLexicon.instance();
    if (orgs.joinable(actor.name())) {
      return true;
    }
    for (String alias : actor.aliases()) {
      if (orgs.joinable(alias)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, a leading "the" and surrounding punctuation dropped, spaces collapsed. */
  static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace('`', '\'').replace('\u2019', '\'').trim();
    k = k.replaceAll("\\s+", " ");
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    return k;
  }
}
