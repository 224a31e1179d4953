package org.wiretext.internal.bid;

import java.util.List;

/**
 * Stances the text reports in its own voice or inside reported speech: "Germany will veto
 * Romania's bid", "the premier has pressed for the admission of Chile", "Greece's objections",
 * "there is scepticism in France". The stance goes to the cue's holder, on the sentence's own
 * bids, or on the bids spoken of just before when the sentence is about membership without
 * naming the applicant ("an early start to talks", "Turkish accession").
 */
final class NarrativeStanceRule implements PositionRule {

  @Override
  public void apply(BidContext ctx) {
    for (int i = 0; i < ctx.sentences.size(); i++) {
      SentenceTokens s = ctx.sentences.get(i);
      // the bids first: a sentence about none needs no stance cues (both answers are cached
      // and neither changes the other, so the order cannot change what is found)
      List<BidContext.Bid> bids = ctx.bidsFor(i);
      if (bids.isEmpty()) {
        continue;
      }
      List<StanceCueFinder.Found> found = ctx.stanceCues(i);
      for (StanceCueFinder.Found f : found) {
        List<Integer> evidence = ctx.statementAt(s.start(f.from())).map(List::of).orElse(List.of());
        for (Token h : f.holders()) {
          for (BidContext.Bid b : bids) {
            b.positions.add(h.actor().key(), f.stance(), evidence);
          }
        }
      }
    }
  }
}
