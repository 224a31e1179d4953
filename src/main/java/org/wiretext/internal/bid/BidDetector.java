package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.bid.BidLexicon.Cue;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.BidStage;

/**
 * Finds the bid references of one sentence: each membership cue, its applicant(s) by the
 * first {@link ApplicantRule} that fills the slot, and its organisation: a joinable
 * organisation named after the cue ("to join GATT", "membership in NATO's Partnership for
 * Peace" gives the programme), else just before it ("NATO applicants", "EU bid"), else the
 * topic organisation of the article when the text points back at it ("the military alliance",
 * "demand accession.").
 */
final class BidDetector {

  private static final int ORG_AFTER = 8;
  private static final int ORG_BEFORE = 3;

  private final BidLexicon lexicon = BidLexicon.get();

  /** The membership cues of {@code s}, left to right: found once per sentence, read by each pass. */
  List<PhraseTable.Match<Cue>> cues(SentenceTokens s) {
    return lexicon.cues.all(s);
  }

  /** The bid references of {@code s}; {@code topicOrg} is the organisation spoken of so far, or null. */
  List<BidReference> detect(SentenceTokens s, String topicOrg) {
    return detect(s, cues(s), topicOrg);
  }

  /** The bid references of {@code s}, whose membership cues are {@code cues} ({@link #cues}). */
  List<BidReference> detect(SentenceTokens s, List<PhraseTable.Match<Cue>> cues, String topicOrg) {
    return find(s, cues, topicOrg).refs();
  }

  /**
   * The bid references of one sentence, and whether finding them read the topic organisation.
   * When {@code readTopic} is false, no cue of the sentence got as far as asking for the topic
   * (a weak cue, or one with no organisation named near it): the references are then the same
   * whatever the topic, and a pass that found them with one topic may keep them for another.
   */
  record Found(List<BidReference> refs, boolean readTopic) {
    /** A sentence with no membership cue (most): no reference, whatever the topic. */
    static final Found NONE = new Found(List.of(), false);
  }

  /**
   * The bid references of {@code s}, whose membership cues are {@code cues} ({@link #cues}),
   * with {@code topicOrg} the organisation spoken of so far (or null); and whether they
   * depend on {@code topicOrg} ({@link Found#readTopic}). It is read in two places only: by a
   * weak cue, and by a cue with no joinable organisation after or before it; every other cue
   * gives the same references, or none, whatever {@code topicOrg} is.
   */
  Found find(SentenceTokens s, List<PhraseTable.Match<Cue>> cues, String topicOrg) {
    if (cues.isEmpty()) {
      return Found.NONE; // most sentences: no list to make
    }
    List<BidReference> out = null; // made at the first reference: many cues give none
    boolean readTopic = false;
    for (int c = 0; c < cues.size(); c++) {
      PhraseTable.Match<Cue> cue = cues.get(c);
      Optional<ApplicantRule.Slot> slot = Optional.empty();
      List<ApplicantRule> rules = ApplicantRules.forRole(cue.value().role());
      for (int k = 0; k < rules.size() && slot.isEmpty(); k++) {
        slot = rules.get(k).find(s, cue);
      }
      if (slot.isEmpty() || slot.get().negated() || Clauses.intentionDenied(s, cue.from())) {
        continue;
      }
      ApplicantRule.Slot sl = slot.get();
      int after = orgAfter(s, sl.orgFrom() + 1);
      int before = after < 0 ? (sl.orgAt() >= 0 ? sl.orgAt() : orgBefore(s, cue.from())) : -1;
      String org;
      boolean explicit = true;
      if (cue.value().weak()) {
        readTopic = true;
        boolean same = after >= 0 && s.get(after).actor().key().equals(topicOrg)
            || after < 0 && before >= 0 && s.get(before).actor().key().equals(topicOrg);
        if (topicOrg == null || !same && (after >= 0 || before >= 0 || !pointsBack(s, sl.orgFrom() + 1))) {
          continue;
        }
        org = topicOrg;
        explicit = same;
      } else if (after >= 0) {
        org = s.get(after).actor().key();
      } else if (before >= 0) {
        org = s.get(before).actor().key();
      } else {
        readTopic = true;
        if (topicOrg == null || !pointsBack(s, sl.orgFrom() + 1)) {
          continue;
        }
        org = topicOrg;
        explicit = false;
      }
      boolean hedged = !sl.presupposed() && Clauses.hedgedBefore(s, cue.from());
      BidStage stage = hedged ? cue.value().hedged() : cue.value().stage();
      BidStage notYet = hedged && cue.value().stage().ordinal() > cue.value().hedged().ordinal()
          ? cue.value().stage() : null;
      TextRange range = new TextRange(s.start(cue.from()), s.end(cue.to() - 1));
      List<String> orgs = new ArrayList<>();
      orgs.add(org);
      if (after >= 0 && org.equals(s.get(after).actor().key())) {
        // "to join both the EU and NATO"
        for (int k = after + 1; k + 1 < s.size() && k <= after + 3; k++) {
          if (!(s.isWord(k, "and") || s.isWord(k, ",") || s.isWord(k, "the") || s.isWord(k, "or"))) {
            if (s.isJoinable(k) && !orgs.contains(s.get(k).actor().key())) {
              orgs.add(s.get(k).actor().key());
            }
            break;
          }
        }
      }
      for (String o : orgs) {
        for (Token a : sl.applicants()) {
          if (!a.state().equals(o)) {
            if (out == null) {
              out = new ArrayList<>();
            }
            out.add(new BidReference(s.index, a.state(), o, stage, range, explicit, hedged, notYet));
          }
        }
      }
    }
    if (out == null) {
      return readTopic ? new Found(List.of(), true) : Found.NONE;
    }
    return new Found(out, readTopic);
  }

  /**
   * The first joinable organisation within {@link #ORG_AFTER} tokens from {@code from}; in a
   * possessive chain ("NATO's Partnership for Peace") the last one.
   */
  private int orgAfter(SentenceTokens s, int from) {
    for (int i = from; i < s.size() && i < from + ORG_AFTER; i++) {
      if (s.isWord(i, ";") || s.isWord(i, ":")) {
        return -1;
      }
      if (s.isJoinable(i)) {
        int j = i;
        while (s.possessive(j) && j + 1 < s.size() && s.isJoinable(j + 1)) {
          j++;
        }
        return j;
      }
    }
    return -1;
  }

  /** A joinable organisation within {@link #ORG_BEFORE} tokens before the cue ("NATO membership"). */
  private int orgBefore(SentenceTokens s, int cueFrom) {
    for (int i = cueFrom - 1; i >= 0 && i >= cueFrom - ORG_BEFORE; i--) {
      if (s.isJoinable(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the words after the applicant leave the organisation to the context: the sentence
   * ends there, goes on with a date ("joined in 2013"), or names a definite generic noun
   * ("to the military alliance", "into the bloc") rather than some other, unrecognised target.
   */
  private static boolean pointsBack(SentenceTokens s, int from) {
    int i = from;
    if (i >= s.size() || !s.isPlainWord(i)) {
      return true;
    }
    if (s.isAnyWord(i, PREPOSITIONS)) {
      if (i + 1 >= s.size() || s.isNumber(i + 1) || s.isAnyWord(i + 1, TIME_WORDS)) {
        return true;
      }
      i++;
    }
    if (s.isAnyWord(i, TIME_WORDS) || s.isAnyWord(i, CLAUSE_STARTS)) {
      return true;
    }
    if (!s.isWord(i, "the")) {
      return false;
    }
    for (int k = i + 1; k < s.size() && k < i + 4; k++) {
      if (s.isAnyWord(k, BidLexicon.ORG_ANAPHORS) || s.isAnyWord(k, TIME_NOUNS)) {
        return true;
      }
      if (s.isActor(k)) {
        return false;
      }
    }
    return false;
  }

  /** Words that start another clause right after the cue: the organisation was left unsaid. */
  private static final WordSet CLAUSE_STARTS = WordSet.of(
      "if", "because", "unless", "since", "which", "that", "while", "despite", "though",
      "although", "whereas", "so", "amid", "until", "is", "was", "has", "had", "will", "would",
      "could", "should", "may", "might", "must", "can");

  /** Nouns of a definite time after the step ("at the same time", "at the summit"). */
  private static final WordSet TIME_NOUNS = WordSet.of(
      "time", "moment", "summit", "meeting", "week", "month", "year", "end", "start", "beginning");

  private static final WordSet PREPOSITIONS = WordSet.of(
      "to", "into", "in", "of", "with", "within", "towards", "toward", "on", "at");

  private static final WordSet TIME_WORDS = WordSet.of(
      "last", "this", "next", "earlier", "later", "yesterday", "today", "tomorrow", "soon",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "before", "after", "by", "as", "when", "once", "and", "but",
      "without", "within", "immediately", "quickly", "eventually", "now", "again");
}
