package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.bid.BidDraft.MilestoneDraft;

/**
 * Finds the steps of a bid the article reports: a sentence about the bid with a step done
 * ("formally applied ... in July 1986", "had requested ... in March", "has already established
 * a working group", "signed", "opened talks"), its date resolved by {@link DateResolver}, and
 * the actor who took it (the subject of the step) when the sentence names one.
 */
final class MilestoneFinder {

  private static final WordSet STEPS = WordSet.of(
      "applied", "requested", "submitted", "sent", "signed", "established", "set", "opened",
      "invited", "decided", "presented", "launched", "started", "began", "ratified", "admitted",
      "voted", "joined", "approved", "granted", "lodged", "filed", "acceded", "handed");

  void apply(BidContext ctx) {
    DateResolver dates = null; // made for the first step found: most articles report none
    for (int i = 0; i < ctx.sentences.size(); i++) {
      SentenceTokens s = ctx.sentences.get(i);
      int step = -1;
      // the first step word not hedged: the search passes over the other tokens by their numbers
      for (int k = STEPS.next(s, 0, s.size()); k < s.size() && step < 0; k = STEPS.next(s, k + 1, s.size())) {
        if (!Clauses.hedgedBefore(s, k)) {
          step = k;
        }
      }
      if (step < 0) {
        continue;
      }
      List<BidContext.Bid> bids = new ArrayList<>();
      for (BidReference r : ctx.refs.get(i)) {
        BidContext.Bid b = ctx.bid(r.applicant(), r.organization());
        if (b != null && !bids.contains(b)) {
          bids.add(b);
        }
      }
      if (bids.isEmpty()) {
        bids = ctx.bidsFor(i);
      }
      if (bids.isEmpty()) {
        continue;
      }
      if (dates == null) {
        dates = new DateResolver(articleDate(ctx));
      }
      Optional<String> date = dates.find(s, 0, s.size());
      int subject = Clauses.actorBefore(s, step, 6);
      Optional<String> actor = subject >= 0 ? Optional.of(s.get(subject).actor().key()) : Optional.empty();
      for (BidContext.Bid b : bids) {
        b.milestones.add(new MilestoneDraft(s.range, date, actor));
      }
    }
  }

  private static String articleDate(BidContext ctx) {
    Optional<String> d = ctx.layout.dateline().flatMap(x -> x.date());
    return d.or(() -> ctx.layout.published()).orElse(null);
  }
}
