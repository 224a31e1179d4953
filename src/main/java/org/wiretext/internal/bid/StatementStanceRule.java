package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.statement.StatementDraft;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.Stance;
import org.wiretext.model.StatementKind;

/**
 * Stances a speaker takes in what they say about a bid. A statement speaks of the bids whose
 * cue lies inside it, else (when it is about membership) of the bids the text was speaking of.
 * Its speaker then:
 * <ul>
 *   <li>supports the bid when they speak for the applicant (the applicant's own leaders ask to
 *       join; "our application", "we will apply"), unless they say they oppose it;
 *   <li>takes the stance of a stance cue with no other holder ("she backs Chile to become
 *       part of the OECD", "could not assess"), or of any cue in their own quoted words;
 *   <li>supports it when they advise helping the applicant in ("should help X join", "ensure
 *       that X is admitted", "call on you to");
 *   <li>supports it when they approve of it ("a milestone", "willingness to join") or, naming
 *       the applicant, are glad of it ("happy to see X back on the reform path"); a statement
 *       that names the applicant without speaking of membership counts only through such words
 *       or a stance cue ("could not yet assess whether X is ready").
 * </ul>
 * The subject of advice ("Washington should help") takes no position. Each statement is read
 * once, token by token, over the part of its sentences it covers; its stance cues are looked at
 * only once it is known to speak of a bid, as a statement about none takes no position whatever
 * it says.
 */
final class StatementStanceRule implements PositionRule {
  private static final WordSet MEMBERSHIP_WORDS = WordSet.of("admitted", "member", "part");

  private static final WordSet ADVICE = WordSet.of(
      "should", "must", "help", "ensure", "urge", "urged", "critical", "essential", "ought");

  /** Words of approval: with the applicant named, or in words about its bid, they show support. */
  private static final WordSet GLAD = WordSet.of(
      "happy", "pleased", "glad", "delighted", "welcome", "welcomes", "welcomed", "hopes", "hope",
      "willingness", "milestone", "congratulate", "congratulated", "applaud", "applauded");

  /** Nouns that, after "our", make the speaker the applicant's voice ("our application"). */
  private static final WordSet OWN_BID = WordSet.of(
      "application", "bid", "membership", "accession", "entry", "candidacy");

  private static final WordSet OUR = WordSet.of("our");
  private static final WordSet WE = WordSet.of("we");

  /** Verbs that, shortly after "we", make the speaker the applicant's voice ("we will apply"). */
  private static final WordSet OWN_STEP = WordSet.of("apply", "applied", "join", "submit", "submitted");

  /** Every word {@link #read} looks for: a token that is none of them (most are) is passed over. */
  private static final WordSet READ_WORDS = WordSet.union(BidLexicon.TOPIC_WORDS, GLAD, OUR, WE, ADVICE);

  /** What one statement says, gathered in one pass; one is reused for every statement. */
  private static final class Reading {
    /** The bids of the references inside the statement, each once, in order. */
    final List<BidContext.Bid> own = new ArrayList<>();
    /** The keys of the applicants (actors with a bid) the statement names, each once, in order. */
    final List<String> named = new ArrayList<>();
    boolean topical;
    boolean glad;
    boolean firstPerson;
    /** The stance of the statement's advice on membership ("should help X join"), else null. */
    Stance advice;

    void clear() {
      own.clear();
      named.clear();
      topical = false;
      glad = false;
      firstPerson = false;
      advice = null;
    }
  }

  @Override
  public void apply(BidContext ctx) {
    Reading r = new Reading();
    List<BidContext.Bid> bids = new ArrayList<>();
    for (int si = 0; si < ctx.statements.size(); si++) {
      StatementDraft st = ctx.statements.get(si);
      if (st.speaker().isEmpty()) {
        continue;
      }
      String speaker = st.speaker().get();
      int first = ctx.firstSentenceIn(st.range());
      if (first < 0) {
        continue;
      }
      r.clear();
      read(ctx, st, speaker, first, r);
      bids.clear();
      // one by one: addAll would copy the list into a new array for every statement
      for (int k = 0; k < r.own.size(); k++) {
        bids.add(r.own.get(k));
      }
      if (bids.isEmpty() && r.topical) {
        bids.addAll(ctx.topicBids(first));
        for (BidContext.Bid b : ctx.ownBids(first)) {
          if (!bids.contains(b)) {
            bids.add(b);
          }
        }
      }
      boolean topical = !bids.isEmpty();
      if (!topical) {
        for (String a : r.named) {
          ctx.addLiveBidsOf(a, bids);
        }
      }
      if (bids.isEmpty()) {
        continue;
      }
      // the stance cues are read only now: a statement about no bid (most) needs none
      Stance stance = stance(ctx, st, speaker, first, r.advice);
      List<Integer> evidence = List.of(si);
      for (BidContext.Bid b : bids) {
        if (!topical) {
          if (stance != null) {
            b.positions.add(speaker, stance, evidence);
          } else if (r.glad) {
            b.positions.add(speaker, Stance.SUPPORTS, evidence);
          }
        } else if (r.firstPerson || ctx.speaksFor(speaker, b.applicant)) {
          b.positions.add(speaker, stance == Stance.OPPOSES ? Stance.OPPOSES : Stance.SUPPORTS, evidence);
        } else if (stance != null) {
          b.positions.add(speaker, stance, evidence);
        } else if (r.glad) {
          b.positions.add(speaker, Stance.SUPPORTS, evidence);
        }
      }
    }
  }

  /** Reads statement {@code st} over its sentences from {@code first} on into {@code r}. */
  private static void read(BidContext ctx, StatementDraft st, String speaker, int first, Reading r) {
    TextRange range = st.range();
    Stance advice = null;
    for (int i = first; i < ctx.sentences.size() && ctx.sentences.get(i).range.start() < range.end(); i++) {
      SentenceTokens s = ctx.sentences.get(i);
      List<BidReference> refs = ctx.refs.get(i);
      for (int q = ctx.firstRefFrom(i, range.start()); q < refs.size() && refs.get(q).cue().start() < range.end(); q++) {
        BidReference ref = refs.get(q);
        if (!range.contains(ref.cue()) || ref.isMembership()) {
          continue;
        }
        BidContext.Bid b = ctx.bid(ref.applicant(), ref.organization());
        if (b != null && !r.own.contains(b)) {
          r.own.add(b);
        }
      }
      int start = s.indexAt(range.start());
      int end = Math.min(s.indexAt(range.end()), s.size());
      // only mentions and words of READ_WORDS count: the search skips the other tokens
      for (int k = READ_WORDS.nextMentionOrWord(s, start, end); k < end; k = READ_WORDS.nextMentionOrWord(s, k + 1, end)) {
        if (!inside(st, s, k)) {
          continue;
        }
        if (s.isActor(k)) {
          String key = s.get(k).actor().key();
          // only an applicant's bids are added for it: an actor with none (most) is not kept
          if (ctx.hasBids(key) && !r.named.contains(key)) {
            r.named.add(key);
          }
          continue;
        }
        r.topical |= s.isAnyWord(k, BidLexicon.TOPIC_WORDS);
        r.glad |= s.isAnyWord(k, GLAD);
        r.firstPerson |= s.isAnyWord(k, OUR) && s.isAnyWord(k + 1, OWN_BID)
            || s.isAnyWord(k, WE) && s.anyWordIn(k + 1, k + 4, OWN_STEP);
        if (advice == null && s.isAnyWord(k, ADVICE) && adviceOnMembership(s, k)) {
          advice = Clauses.negatedBefore(s, k + 1) || s.isWord(k + 1, "not") ? Stance.OPPOSES : Stance.SUPPORTS;
        }
      }
    }
    r.advice = advice;
  }

  /**
   * The stance statement {@code st} states in its own words, over its sentences from
   * {@code first} on: that of its first stance cue the speaker holds (or that has no holder, or
   * stands in their quoted words), else that of its advice on membership, else null.
   */
  private static Stance stance(BidContext ctx, StatementDraft st, String speaker, int first, Stance advice) {
    boolean direct = st.kind() == StatementKind.DIRECT;
    String text = ctx.layout.source().folded();
    TextRange range = st.range();
    for (int i = first; i < ctx.sentences.size() && ctx.sentences.get(i).range.start() < range.end(); i++) {
      SentenceTokens s = ctx.sentences.get(i);
      List<StanceCueFinder.Found> cues = ctx.stanceCues(i);
      for (int c = firstCueFrom(cues, s.indexAt(range.start())); c < cues.size(); c++) {
        StanceCueFinder.Found f = cues.get(c);
        if (s.start(f.from()) >= range.end()) {
          break;
        }
        if (inside(st, s, f.from())) {
          boolean own = f.holders().isEmpty();
          for (int h = 0; h < f.holders().size() && !own; h++) {
            own = f.holders().get(h).actor().key().equals(speaker);
          }
          if (own || direct || quoted(text, st, s.start(f.from()))) {
            return f.stance();
          }
        }
      }
    }
    return advice;
  }

  /** The index of the first cue starting at or after token {@code token} (cues are in order). */
  private static int firstCueFrom(List<StanceCueFinder.Found> cues, int token) {
    int lo = 0;
    int hi = cues.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cues.get(mid).from() < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether the advice at {@code k} bears on membership: a membership word follows within eleven tokens. */
  private static boolean adviceOnMembership(SentenceTokens s, int k) {
    return s.anyWordIn(k + 1, k + 12, BidLexicon.TOPIC_WORDS)
        || s.anyWordIn(k + 1, k + 12, MEMBERSHIP_WORDS);
  }

  /**
   * Whether {@code offset} lies inside quotation marks of a mixed statement: an odd number of
   * quotation marks (not apostrophes between letters) stands between the statement's start and it.
   */
  static boolean quoted(String text, StatementDraft st, int offset) {
    if (st.kind() != StatementKind.MIXED) {
      return false;
    }
    int marks = 0;
    for (int i = st.range().start(); i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' && !(i > 0 && Character.isLetter(text.charAt(i - 1))
          && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /** Whether token {@code k} of {@code s} lies inside statement {@code st}. */
  private static boolean inside(StatementDraft st, SentenceTokens s, int k) {
    return s.start(k) >= st.range().start() && s.end(k) <= st.range().end();
  }
}
