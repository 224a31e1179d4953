package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wiretext.internal.statement.StatementDraft;
import org.wiretext.model.Stance;
import org.wiretext.model.StatementKind;

/**
 * Stances a speaker takes in what they say about a bid. A statement speaks of the bids whose
 * cue lies inside it, else (when it is about membership) of the bids the text was speaking of.
 * Its speaker then:
 * <ul>
 *   <li>supports the bid when they speak for the applicant (the applicant's own leaders ask to
 *       join), unless they say they oppose it;
 *   <li>takes the stance of a stance cue with no other holder ("he supports Kosovo to become
 *       part of NATO", "could not assess"), or of any cue in their own quoted words;
 *   <li>supports it when they advise helping the applicant in ("should help X join", "ensure
 *       that X is admitted", "call on you to");
 *   <li>supports it when they are glad of the applicant ("happy to see X back on the path").
 * </ul>
 * The subject of advice ("Washington should help") takes no position.
 */
final class StatementStanceRule implements PositionRule {

  private static final Set<String> ADVICE = Set.of(
      "should", "must", "help", "ensure", "urge", "urged", "critical", "essential", "ought");

  private static final Set<String> GLAD = Set.of(
      "happy", "pleased", "glad", "delighted", "welcome", "welcomes", "welcomed", "hopes", "hope");

  private final StanceCueFinder finder = new StanceCueFinder();

  @Override
  public void apply(BidContext ctx) {
    for (int si = 0; si < ctx.statements.size(); si++) {
      StatementDraft st = ctx.statements.get(si);
      if (st.speaker().isEmpty()) {
        continue;
      }
      String speaker = st.speaker().get();
      List<Integer> sentences = ctx.sentencesIn(st.range());
      if (sentences.isEmpty()) {
        continue;
      }
      List<BidContext.Bid> bids = bidsOf(ctx, st, sentences);
      if (bids.isEmpty()) {
        continue;
      }
      List<Integer> evidence = List.of(si);
      Stance stance = contentStance(ctx, st, speaker, sentences);
      for (BidContext.Bid b : bids) {
        if (ApplicantVoice.speaksFor(ctx.table, speaker, b.applicant)) {
          b.positions.add(speaker, stance == Stance.OPPOSES ? Stance.OPPOSES : Stance.SUPPORTS, evidence);
        } else if (stance != null) {
          b.positions.add(speaker, stance, evidence);
        } else if (glad(ctx, st, sentences, b.applicant)) {
          b.positions.add(speaker, Stance.SUPPORTS, evidence);
        }
      }
    }
  }

  /** The bids whose cue lies in the statement, else the topic's when it is about membership. */
  private static List<BidContext.Bid> bidsOf(BidContext ctx, StatementDraft st, List<Integer> sentences) {
    List<BidContext.Bid> out = new ArrayList<>();
    boolean topical = false;
    for (int i : sentences) {
      for (BidReference r : ctx.refs.get(i)) {
        BidContext.Bid b = ctx.bid(r.applicant(), r.organization());
        if (!r.isMembership() && st.range().contains(r.cue()) && b != null && !out.contains(b)) {
          out.add(b);
        }
      }
      SentenceTokens s = ctx.sentences.get(i);
      for (int k = 0; k < s.size() && !topical; k++) {
        topical = inside(st, s.get(k)) && s.isAnyWord(k, BidLexicon.TOPIC_WORDS);
      }
    }
    if (out.isEmpty() && topical) {
      out.addAll(ctx.topicBids(sentences.get(0)));
      out.addAll(ctx.ownBids(sentences.get(0)).stream().filter(b -> !out.contains(b)).toList());
    }
    return out;
  }

  private Stance contentStance(BidContext ctx, StatementDraft st, String speaker, List<Integer> sentences) {
    boolean direct = st.kind() == StatementKind.DIRECT;
    for (int i : sentences) {
      SentenceTokens s = ctx.sentences.get(i);
      for (StanceCueFinder.Found f : finder.find(s)) {
        if (!inside(st, s.get(f.from()))) {
          continue;
        }
        boolean own = f.holders().isEmpty()
            || f.holders().stream().anyMatch(h -> h.actor().key().equals(speaker));
        if (own || direct) {
          return f.stance();
        }
      }
      for (int k = 0; k < s.size(); k++) {
        if (inside(st, s.get(k)) && s.isAnyWord(k, ADVICE) && adviceOnMembership(s, k)) {
          return Clauses.negatedBefore(s, k + 1) || s.isWord(k + 1, "not") ? Stance.OPPOSES : Stance.SUPPORTS;
        }
      }
    }
    return null;
  }

  /** Whether the advice at {@code k} bears on membership: a membership word follows within eight tokens. */
  private static boolean adviceOnMembership(SentenceTokens s, int k) {
    return s.anyWordIn(k + 1, k + 9, BidLexicon.TOPIC_WORDS)
        || s.anyWordIn(k + 1, k + 9, Set.of("admitted", "member", "part"));
  }

  private static boolean glad(BidContext ctx, StatementDraft st, List<Integer> sentences, String applicant) {
    for (int i : sentences) {
      SentenceTokens s = ctx.sentences.get(i);
      boolean gladWord = false;
      boolean names = false;
      for (int k = 0; k < s.size(); k++) {
        Token t = s.get(k);
        if (!inside(st, t)) {
          continue;
        }
        gladWord |= s.isAnyWord(k, GLAD);
        names |= t.isActor() && t.actor().key().equals(applicant);
      }
      if (gladWord && names) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(StatementDraft st, Token t) {
    return t.start() >= st.range().start() && t.end() <= st.range().end();
  }
}
