package org.wiretext.internal.bid;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wiretext.internal.bid.BidLexicon.Cue;
import org.wiretext.internal.bid.BidLexicon.Role;

/** The applicant rules, in the order the detector tries them. */
final class ApplicantRules {
  private static final WordSet NOT_A_BID_VERB = WordSet.of("for", "full", "eventual", "early", "formal");

  private ApplicantRules() {}

  /** Possessive pronoun mentions that stand for a state ("its bid"). */
  private static final WordSet POSSESSIVE_PRONOUNS = WordSet.of("its", "their");

  /** Words allowed between a possessive applicant and its noun ("China's formal application"). */
  private static final int POSSESSIVE_GAP = 2;

  /** A rule of {@link #ORDER} and the one cue role it reads (for any other it returns empty). */
  private record ForRole(Role role, ApplicantRule rule) {}

  private static final List<ForRole> RULES = List.of(
      new ForRole(Role.NOUN, ApplicantRules::possessive),
      new ForRole(Role.NOUN, ApplicantRules::ofPhrase),
      new ForRole(Role.NOUN, ApplicantRules::seeker),
      new ForRole(Role.VERB, ApplicantRules::subject),
      new ForRole(Role.GERUND, ApplicantRules::gerund),
      new ForRole(Role.LIST, ApplicantRules::listAfter),
      new ForRole(Role.LIST, ApplicantRules::apposition),
      new ForRole(Role.OBJECT, ApplicantRules::object));

  static final List<ApplicantRule> ORDER = RULES.stream().map(ForRole::rule).toList();

  /**
   * Per cue role, the rules of {@link #ORDER} that read it, in that order: the detector tries
   * only these, as every other rule returns empty for a cue of that role.
   */
  private static final Map<Role, List<ApplicantRule>> BY_ROLE = new EnumMap<>(Role.class);

  static {
    for (Role role : Role.values()) {
      BY_ROLE.put(role, RULES.stream().filter(r -> r.role() == role).map(ForRole::rule).toList());
    }
  }

  /** The rules, in order, that may find the applicant of a cue of {@code role}. */
  static List<ApplicantRule> forRole(Role role) {
    return BY_ROLE.get(role);
  }

  static boolean isPossessive(Token t) {
    return t.possessive() || t.isActor() && POSSESSIVE_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
  }

  /** "China's application", "Romania and Bulgaria's bid", "its bid", "Turkey's EU bid". */
  static Optional<ApplicantRule.Slot> possessive(SentenceTokens s, PhraseTable.Match<Cue> cue) {
    if (cue.value().role() != Role.NOUN) {
      return Optional.empty();
    }
    for (int i = cue.from() - 1; i >= 0 && i >= cue.from() - 1 - POSSESSIVE_GAP; i--) {
      if (POSSESSIVE_PRONOUNS.contains(s, i)) {
        // "its application" with the pronoun unresolved: the last state named before it, unless
        // that state takes a stance on it ("Austria will veto its entry": its is another state)
        int st = lastStateBefore(s, i, 20);
        return st < 0 || stanceBetween(s, st + 1, i) ? Optional.empty()
            : Optional.of(new ApplicantRule.Slot(List.of(s.get(st)), cue.to() - 1, false, true));
      }
      if (s.isState(i) && isPossessive(s.get(i))) {
        return Optional.of(new ApplicantRule.Slot(s.stateGroupEndingAt(i), cue.to() - 1, false, true));
      }
      if (s.isActor(i) && !s.isJoinable(i) || !s.isActor(i) && !s.isPlainWord(i)) {
        break;
      }
    }
    return Optional.empty();
  }

  private static final WordSet OF_WORDS = WordSet.of("of", "for", "by", "from", "with");

  /** Whether a stance cue starts among tokens {@code [from, to)}. */
  private static boolean stanceBetween(SentenceTokens s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (BidLexicon.get().stances.startsAt(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** The last token before {@code from}, within {@code window}, that stands for a state; -1 if none. */
  static int lastStateBefore(SentenceTokens s, int from, int window) {
    for (int i = from - 1; i >= 0 && i >= from - window; i--) {
      if (s.isState(i)) {
        return i;
      }
    }
    return -1;
  }

  /** "the admission of Chile to the OECD", "an application by Turkey". */
  static Optional<ApplicantRule.Slot> ofPhrase(SentenceTokens s, PhraseTable.Match<Cue> cue) {
    if (cue.value().role() != Role.NOUN || !s.isAnyWord(cue.to(), OF_WORDS)) {
      return Optional.empty();
    }
    List<Token> g = s.stateGroupStartingAt(cue.to() + 1);
    if (g.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ApplicantRule.Slot(g, s.stateGroupEndIndex(cue.to() + 1), false));
  }

  /** Verbs of wanting whose object is a membership noun: "X will demand accession", "X seeks membership". */
  private static final WordSet SEEKING = WordSet.of(
      "demand", "demands", "demanded", "seek", "seeks", "sought", "want", "wants", "wanted",
      "request", "requests", "requested", "pursue", "pursues", "pursued", "apply", "applied",
      "applies", "push", "pushes", "pushed", "for", "full", "eventual", "early", "formal",
      "granted", "given", "awarded", "won", "received", "obtained", "gained", "be", "been", "was",
      "were", "is", "are", "has", "have", "had", "began", "begin", "begins", "started", "start",
      "starts", "opened", "open", "opens", "launched", "held", "holds", "resumed", "resume",
      "concluded");

  private static final WordSet VERBS_OF_SEEKING = WordSet.of(
      "demand", "demands", "demanded", "seek", "seeks", "sought", "want", "wants", "wanted",
      "request", "requests", "requested", "pursue", "pursues", "pursued", "apply", "applied",
      "applies", "push", "pushes", "pushed", "granted", "given", "awarded", "won", "received",
      "obtained", "gained", "began", "begin", "begins", "started", "start", "starts", "opened",
      "open", "opens", "launched", "held", "holds", "resumed", "resume", "concluded");

  /** Verbs that give membership steps to a state named right after them ("granted Ukraine candidate status"). */
  private static final WordSet GRANTING = WordSet.of(
      "granted", "grant", "grants", "gave", "give", "gives", "offered", "offer", "offers",
      "awarded", "award", "extended", "extend");

  /** "Peru will soon seek accession", "Serbia seeks full membership", "Moldova was granted candidate status". */
  static Optional<ApplicantRule.Slot> seeker(SentenceTokens s, PhraseTable.Match<Cue> cue) {
    if (cue.value().role() != Role.NOUN) {
      return Optional.empty();
    }
    int i = cue.from() - 1;
    if (i >= 1 && s.isState(i) && !s.possessive(i) && s.isAnyWord(i - 1, GRANTING)) {
      int giver = Clauses.actorBefore(s, i - 1, 4);
      boolean joinable = giver >= 0 && s.isJoinable(giver);
      return Optional.of(new ApplicantRule.Slot(s.stateGroupEndingAt(i), cue.to() - 1, false, false,
          joinable ? giver : -1));
    }
    int verb = -1;
    for (; i >= 0 && i >= cue.from() - 4 && s.isAnyWord(i, SEEKING); i--) {
      verb = i;
    }
    if (verb < 0 || s.isAnyWord(verb, NOT_A_BID_VERB)
        || !s.anyWordIn(verb, cue.from(), VERBS_OF_SEEKING)) {
      return Optional.empty();
    }
    int a = Clauses.actorBefore(s, verb, 5);
    if (a < 0 || !s.isState(a) || s.possessive(a)) {
      return Optional.empty();
    }
    return Optional.of(new ApplicantRule.Slot(s.stateGroupEndingAt(a), cue.to() - 1, false));
  }

  /** "China formally applied to join", "for Kosovo to join", "Turkey, which tomorrow will apply". */
  static Optional<ApplicantRule.Slot> subject(SentenceTokens s, PhraseTable.Match<Cue> cue) {
    if (cue.value().role() != Role.VERB) {
      return Optional.empty();
    }
    int i = Clauses.actorBefore(s, cue.from(), 6);
    if (i < 0 || !s.isState(i)) {
      return Optional.empty();
    }
    return Optional.of(new ApplicantRule.Slot(s.stateGroupEndingAt(i), cue.to() - 1, false));
  }

  /**
   * "Estonia and Latvia joining the euro area", "Turkey entering the EU"; and a step
   * "towards joining" taken by the state the sentence is about ("Georgia asked for a plan, the
   * first step towards joining the alliance").
   */
  static Optional<ApplicantRule.Slot> gerund(SentenceTokens s, PhraseTable.Match<Cue> cue) {
    if (cue.value().role() != Role.GERUND) {
      return Optional.empty();
    }
    if (s.isWord(cue.from() - 1, "towards") || s.isWord(cue.from() - 1, "toward")) {
      int st = lastStateBefore(s, cue.from() - 1, 20);
      return st < 0 || s.possessive(st) ? Optional.empty()
          : Optional.of(new ApplicantRule.Slot(s.stateGroupEndingAt(st), cue.to() - 1, false));
    }
    int i = cue.from() - 1;
    if (i >= 0 && s.isState(i) && !s.possessive(i)) {
      return Optional.of(new ApplicantRule.Slot(s.stateGroupEndingAt(i), cue.to() - 1, false));
    }
    return Optional.empty();
  }

  /** "NATO applicants Georgia and Ukraine", "members of the EU such as France and Spain". */
  static Optional<ApplicantRule.Slot> listAfter(SentenceTokens s, PhraseTable.Match<Cue> cue) {
    if (cue.value().role() != Role.LIST) {
      return Optional.empty();
    }
    int i = cue.to();
    int orgFrom = cue.to() - 1;
    if (s.isWord(i, "of")) {
      int j = s.isWord(i + 1, "the") ? i + 2 : i + 1;
      if (j >= s.size() || !s.isActor(j) || !s.isJoinable(j)) {
        return Optional.empty();
      }
      orgFrom = j - 1;
      j++;
      if (s.isWord(j, "such") && s.isWord(j + 1, "as")) {
        i = j + 2;
      } else if (s.isWord(j, "including") || s.isWord(j, "like")) {
        i = j + 1;
      } else {
        return Optional.empty();
      }
    }
    List<Token> g = s.stateGroupStartingAt(i);
    if (g.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ApplicantRule.Slot(g, orgFrom, false));
  }

  /** What may follow the applicant before the words that describe it as a member. */
  private static final WordSet APPOSITION_LINKS = WordSet.of(
      ",", "is", "was", "are", "were", "became", "becomes", "remains", "remained", "--");

  /** "Poland, a member of NATO", "Chile and Peru, the two members of the pact", "Malta is an EU member". */
  static Optional<ApplicantRule.Slot> apposition(SentenceTokens s, PhraseTable.Match<Cue> cue) {
    if (cue.value().role() != Role.LIST) {
      return Optional.empty();
    }
    boolean negated = false;
    for (int i = cue.from() - 1; i >= 0 && i >= cue.from() - 8; i--) {
      if (s.isState(i)) {
        if (s.possessive(i) || i == cue.from() - 1 || !s.isAnyWord(i + 1, APPOSITION_LINKS)) {
          return Optional.empty();
        }
        return Optional.of(new ApplicantRule.Slot(s.stateGroupEndingAt(i), cue.from() - 1, negated));
      }
      if (s.isJoinable(i)) {
        continue;
      }
      if (s.isActor(i) || !s.isPlainWord(i) && !s.isAnyWord(i, APPOSITION_LINKS)) {
        return Optional.empty();
      }
      if (BidLexicon.NEGATIONS.contains(s, i) || s.isWord(i, "longer")) {
        negated = true;
      }
    }
    return Optional.empty();
  }

  /** "NATO invited Montenegro", "talks to bring Turkey into the EU", "made members of Latvia". */
  static Optional<ApplicantRule.Slot> object(SentenceTokens s, PhraseTable.Match<Cue> cue) {
    if (cue.value().role() != Role.OBJECT) {
      return Optional.empty();
    }
    int i = cue.to();
    for (int k = 0; k < 5 && i < s.size() && s.isPlainWord(i) && !s.isActor(i); k++) {
      i++;
    }
    List<Token> g = s.stateGroupStartingAt(i);
    if (g.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ApplicantRule.Slot(g, s.stateGroupEndIndex(i), false));
  }
}
