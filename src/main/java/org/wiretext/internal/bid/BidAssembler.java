package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.statement.Attribution;
import org.wiretext.internal.text.TextRange;

/**
 * Stage 5: finds membership bids, their stage, positions, decision rule and milestones.
 *
 * <p>Reads the body sentence by sentence. A bid is a state (the applicant) and a joinable
 * organisation tied together by a membership cue ({@link BidDetector}); its stage is the most
 * advanced step any of its references reports. Then the position rules (in the order of
 * {@link #POSITION_RULES}) collect every actor's stance, {@link DecisionRuleFinder} the
 * decision rule and {@link MilestoneFinder} the dated steps. The whole stage is linear in the
 * text: every rule looks at one sentence or one statement and a bounded window of tokens.
 */
public final class BidAssembler {

  /** The position rules, in order: an actor keeps the first stance found for it. */
  private static final List<PositionRule> POSITION_RULES = List.of(
      new NarrativeStanceRule(),
      new StatementStanceRule());

  /**
   * Per thread, the arrays the tokenizer fills (the text's copy, the token columns), reused from
   * article to article: the stage reads one article at a time on a thread, and lets go of it at
   * the end.
   */
  private static final ThreadLocal<Tokenizer.Scratch> SCRATCH = ThreadLocal.withInitial(Tokenizer.Scratch::new);

  private final BidDetector detector = new BidDetector();
  private final DecisionRuleFinder rules = new DecisionRuleFinder();
  private final MilestoneFinder milestones = new MilestoneFinder();

  /** The bids of the article, in order of first mention; never throws on odd input. */
  public List<BidDraft> assemble(Layout layout, Attribution attribution) {
    Tokenizer.Scratch scratch = SCRATCH.get();
    try {
      return assemble(layout, attribution, new Tokenizer(layout.source(), attribution.actors(), scratch));
    } finally {
      scratch.release();
    }
  }

  private List<BidDraft> assemble(Layout layout, Attribution attribution, Tokenizer tokenizer) {
    // the sentence split jumps between full stops in the folded text, and reads around them in the tokenizer's copy
    List<TextRange> sentences = Sentences.of(layout.source().folded(), tokenizer.chars(), layout.paragraphs());
    BidContext ctx = new BidContext(layout, attribution.actors(), attribution.statements(), sentences.size());
    List<SentenceTokens> tokens = ctx.sentences; // filled here, read by the rules
    // each sentence's membership cues, found once for both passes below
    List<List<PhraseTable.Match<BidLexicon.Cue>>> cues = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      tokens.add(tokenizer.sentence(i, sentences.get(i)));
      cues.add(detector.cues(tokens.get(i)));
    }
    // a first pass finds the organisation of the article's first bid, so that a reference
    // before it that names no organisation ("to be granted candidate status") can take it;
    // it keeps what it found for each sentence it read, for the second pass
    BidDetector.Found[] early = new BidDetector.Found[tokens.size()];
    String firstOrg = null;
    for (int i = 0; i < tokens.size() && firstOrg == null; i++) {
      early[i] = detector.find(tokens.get(i), cues.get(i), null);
      // by index: most sentences have no reference, and need no iterator to say so
      List<BidReference> refs = early[i].refs();
      for (int q = 0; q < refs.size(); q++) {
        BidReference r = refs.get(q);
        if (!r.isMembership() && r.explicitOrg()) {
          firstOrg = r.organization();
          break;
        }
      }
    }
    String topicOrg = firstOrg;
    List<BidReference> topic = List.of();
    // the topic is the live bid(s) referred to most often so far (on a tie, those named first):
    // an article that mentions a second applicant in passing ("Sweden, which is expected to
    // apply") still speaks of its main bid in "the application"
    // the bids referred to so far, in order of their first non-membership reference; each
    // keeps its tally (count, first sentence, latest reference) in its own fields
    List<BidContext.Bid> seen = new ArrayList<>();
    int best = 0;
    for (int i = 0; i < tokens.size(); i++) {
      SentenceTokens s = tokens.get(i);
      ctx.topic.add(topic);
      // the first pass's references stand where they did not read the topic (BidDetector.Found:
      // then they are the same for any topic), or where this pass's topic is the first's, none
      BidDetector.Found found = early[i];
      List<BidReference> refs = found != null && (topicOrg == null || !found.readTopic())
          ? found.refs() : detector.detect(s, cues.get(i), topicOrg);
      ctx.refs.add(refs);
      boolean live = false;
      for (int q = 0; q < refs.size(); q++) {
        BidReference r = refs.get(q);
        BidContext.Bid b = ctx.bidOrCreate(r);
        b.take(r);
        if (!r.isMembership()) {
          live = true;
          if (r.explicitOrg()) {
            topicOrg = r.organization();
          }
          if (b.references++ == 0) {
            b.firstSeen = r.sentence();
            seen.add(b);
          }
          best = Math.max(best, b.references);
          b.latest = r;
        }
      }
      if (live) {
        // among bids referred to equally often, those first named together with the earliest
        int earliest = Integer.MAX_VALUE;
        for (int k = 0; k < seen.size(); k++) {
          BidContext.Bid b = seen.get(k);
          if (b.references == best) {
            earliest = Math.min(earliest, b.firstSeen);
          }
        }
        List<BidReference> next = new ArrayList<>();
        for (int k = 0; k < seen.size(); k++) {
          BidContext.Bid b = seen.get(k);
          if (b.references == best && b.firstSeen == earliest) {
            next.add(b.latest);
          }
        }
        topic = next;
      }
    }
    if (ctx.bids.isEmpty()) {
      return List.of();
    }
    for (PositionRule rule : POSITION_RULES) {
      rule.apply(ctx);
    }
    rules.apply(ctx);
    milestones.apply(ctx);
    List<BidDraft> out = new ArrayList<>(ctx.bids.size());
    for (BidContext.Bid b : ctx.bids) {
      out.add(new BidDraft(b.applicant, b.organization, b.stage, b.positions.drafts(),
          Optional.ofNullable(b.rule), b.milestones));
    }
    return out;
  }
}
