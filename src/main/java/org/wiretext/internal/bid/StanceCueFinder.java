package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.bid.BidLexicon.Holder;
import org.wiretext.internal.bid.BidLexicon.StanceCue;
import org.wiretext.model.Stance;

/**
 * Finds the stance cues of a sentence and who holds each: "Germany will veto" (the subject),
 * "Greece's objections" or "scepticism in France" (a noun's possessor or complement). A
 * negation before a subject cue turns support into opposition ("will not support").
 */
final class StanceCueFinder {

  /** A stance cue at tokens {@code [from, to)}, with its holders (possibly none) and stance. */
  record Found(int from, int to, Stance stance, List<Token> holders) {
    Found {
      holders = List.copyOf(holders);
    }
  }

  private static final WordSet NOUN_HOLDER_WORDS = WordSet.of("of", "from", "in", "by", "among", "within");

  private final BidLexicon lexicon = BidLexicon.get();

  List<Found> find(SentenceTokens s) {
    List<PhraseTable.Match<StanceCue>> matches = lexicon.stances.all(s);
    if (matches.isEmpty()) {
      return List.of(); // most sentences: no list to make
    }
    List<Found> out = new ArrayList<>(matches.size());
    for (PhraseTable.Match<StanceCue> m : matches) {
      StanceCue cue = m.value();
      Stance stance = cue.stance();
      List<Token> holders = List.of();
      if (cue.holder() != Holder.NOUN) {
        holders = Clauses.holderBefore(s, m.from());
        if (Clauses.negatedBefore(s, m.from())) {
          if (stance != Stance.SUPPORTS) {
            continue; // "does not oppose" is no stance we can name
          }
          stance = Stance.OPPOSES;
        }
      }
      if (holders.isEmpty() && cue.holder() != Holder.SUBJECT) {
        holders = nounHolders(s, m);
      }
      out.add(new Found(m.from(), m.to(), stance, holders));
    }
    return out;
  }

  /** "Greece's objections", "the request of the Minister, X, for", "scepticism in France". */
  private static List<Token> nounHolders(SentenceTokens s, PhraseTable.Match<StanceCue> m) {
    for (int i = m.from() - 1; i >= 0 && i >= m.from() - 3; i--) {
      if (s.isActor(i)) {
        return ApplicantRules.isPossessive(s.get(i)) ? Clauses.groupEndingAt(s, i) : List.of();
      }
      if (!s.isPlainWord(i)) {
        break;
      }
    }
    if (!s.isAnyWord(m.to(), NOUN_HOLDER_WORDS)) {
      return List.of();
    }
    for (int i = m.to() + 1; i < s.size() && i <= m.to() + 6; i++) {
      if (s.isActor(i)) {
        return Clauses.groupStartingAt(s, i);
      }
    }
    return List.of();
  }
}
