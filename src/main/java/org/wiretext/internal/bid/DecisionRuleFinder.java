package org.wiretext.internal.bid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wiretext.model.BidStage;
import org.wiretext.model.DecisionRule;
import org.wiretext.model.RuleKind;

/**
 * Finds how admission is decided ("agreed by consensus of the 27 member states", "the unanimous
 * decision of all 12 members, taken in the council", "qualified majority",
 * "two-thirds majority") and attaches it to the bids the sentence speaks of, else to the bids
 * the text was speaking of. A rule word right after a negation ("there is no qualified majority
 * voting") states no rule. The first rule found for a bid stands; later sentences may add the
 * number of members or the body when it lacked them. A consensus reached or not reached on a
 * named bid shows the organisation deliberating on it: the bid has at least been applied for.
 */
final class DecisionRuleFinder {
  private static final WordSet NEGATIONS = WordSet.of("no", "not", "without");
  private static final WordSet REACHED = WordSet.of("reached", "achieved");
  private static final WordSet UNANIMITY = WordSet.of("unanimous", "unanimity", "unanimously");
  /** Every word a rule starts at (see {@link #kindAt}): a sentence without one states no rule. */
  private static final WordSet RULE_WORDS = WordSet.of(
      "consensus", "unanimous", "unanimity", "unanimously", "qualified", "majority");
  private static final WordSet MAJORITY_KINDS = WordSet.of("two-thirds", "simple", "absolute", "three-quarters", "two-third");

  private static final WordSet DECISION_WORDS = WordSet.of(
      "decision", "decisions", "decide", "decided", "decides", "taken", "vote", "voting", "voted",
      "agree", "agreed", "reached", "admission", "membership", "bid", "join", "accession",
      "approve", "approved", "approval", "enlargement", "admit", "admitted");

  private static final WordSet MEMBER_NOUNS = WordSet.of(
      "member", "members", "states", "countries", "nations", "allies", "governments", "capitals");

  private static final WordSet BODY_HEADS = WordSet.of(
      "council", "assembly", "commission", "conference", "parliament", "committee", "summit");

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15),
      Map.entry("twenty", 20), Map.entry("thirty", 30));

  void apply(BidContext ctx) {
    for (int i = 0; i < ctx.sentences.size(); i++) {
      SentenceTokens s = ctx.sentences.get(i);
      // rule words are rare: tested first, most sentences need no second scan
      if (!s.anyWordIn(0, s.size(), RULE_WORDS) || !s.anyWordIn(0, s.size(), DECISION_WORDS)) {
        continue;
      }
      for (int k = 0; k < s.size(); k++) {
        Optional<RuleKind> kind = kindAt(s, k);
        if (kind.isEmpty() || s.isAnyWord(k - 1, NEGATIONS)) {
          continue;
        }
        List<BidContext.Bid> own = ctx.ownBids(i);
        List<BidContext.Bid> bids = own.isEmpty() ? ctx.topicBids(i) : own;
        Integer members = members(s);
        String body = body(ctx, s);
        for (BidContext.Bid b : bids) {
          if (b.rule == null) {
            b.rule = DecisionRule.builder().kind(kind.get())
                .members(Optional.ofNullable(members)).body(Optional.ofNullable(body)).build();
          } else if (b.rule.members().isEmpty() && members != null || b.rule.body().isEmpty() && body != null) {
            b.rule = DecisionRule.builder().from(b.rule)
                .members(b.rule.members().isPresent() ? b.rule.members() : Optional.ofNullable(members))
                .body(b.rule.body().isPresent() ? b.rule.body() : Optional.ofNullable(body))
                .build();
          }
        }
        if (kind.get() == RuleKind.CONSENSUS && s.anyWordIn(k + 1, k + 5, REACHED)) {
          own.forEach(b -> b.raise(BidStage.APPLIED));
        }
        break;
      }
    }
  }

  private static Optional<RuleKind> kindAt(SentenceTokens s, int k) {
    if (s.isWord(k, "consensus")) {
      return Optional.of(RuleKind.CONSENSUS);
    }
    if (s.isAnyWord(k, UNANIMITY)) {
      return Optional.of(RuleKind.UNANIMITY);
    }
    if (s.isWord(k, "qualified") && s.isWord(k + 1, "majority")) {
      return Optional.of(RuleKind.QUALIFIED_MAJORITY);
    }
    if (s.isWord(k, "majority") && !s.isWord(k - 1, "qualified")
        && (s.isAnyWord(k - 1, MAJORITY_KINDS)
            || s.isWord(k + 1, "vote") || s.isWord(k + 1, "voting"))) {
      return Optional.of(RuleKind.MAJORITY);
    }
    return Optional.empty();
  }

  /** "30 member countries", "the 30 states", "30 members". */
  private static Integer members(SentenceTokens s) {
    for (int k = 0; k + 1 < s.size(); k++) {
      // the noun after it first (a test of numbers): only a token before one is read as a number
      if (!(s.isAnyWord(k + 1, MEMBER_NOUNS) || s.isWord(k + 1, "eu") && s.isAnyWord(k + 2, MEMBER_NOUNS))) {
        continue;
      }
      Integer n = number(s.get(k));
      if (n != null && n >= 2) {
        return n;
      }
    }
    return null;
  }

  private static Integer number(Token t) {
    if (t.isActor()) {
      return null;
    }
    if (t.isNumber() && t.word().length() <= 3 && t.word().chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(t.word());
    }
    return NUMBER_WORDS.get(t.word());
  }

  /** A named deciding body: "in the Atlantic Council", "by the European Council". */
  private static String body(BidContext ctx, SentenceTokens s) {
    for (int k = 0; k < s.size(); k++) {
      if (s.isActor(k) && s.get(k).actor().kind() == org.wiretext.model.ActorKind.ORGANIZATION) {
        Token t = s.get(k);
        String last = t.word().substring(t.word().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        if (BODY_HEADS.contains(last) && !t.isJoinable()) {
          return ctx.layout.source().slice(t.start(), t.end());
        }
      }
      if (BODY_HEADS.contains(s, k) && s.capitalised(k) && k > 0 && s.capitalised(k - 1)
          && !s.isActor(k - 1)) {
        int from = k;
        while (from > 0 && s.capitalised(from - 1) && !s.isActor(from - 1) && from > k - 4) {
          from--;
        }
        return ctx.layout.source().slice(s.start(from), s.end(k));
      }
    }
    return null;
  }
}
