package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.statement.StatementDraft;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.BidStage;
import org.wiretext.model.DecisionRule;

/**
 * What the bid rules share for one article: its sentences as tokens, the bid references of
 * each sentence, the references the text was last speaking of before each sentence (the topic),
 * the statements, and the bids being assembled. Lookups by offset use binary search.
 */
final class BidContext {

  /**
   * A bid under assembly. Its stage is the most advanced step stated as fact; a step only
   * intended or asked for counts too, unless the text also says a step at or before it is not
   * reached yet ("urge you to open accession talks" counts as a candidate, but not where the
   * same text asks for the state "to be granted candidate status").
   */
  static final class Bid {
    final String applicant;
    final String organization;
    BidStage stage;
    private BidStage factual;
    private BidStage intended;
    private BidStage notYet;
    private boolean closed;
    final PositionBook positions = new PositionBook();
    DecisionRule rule;
    final List<BidDraft.MilestoneDraft> milestones = new ArrayList<>();
    /**
     * The assembler's tally of the topic ({@link BidAssembler}): how many non-membership
     * references the bid had so far, the sentence of the first, and the latest. Kept on the bid,
     * so that the tally reads fields where maps keyed by bid boxed counts and made entries.
     */
    int references;
    int firstSeen;
    BidReference latest;

    Bid(String applicant, String organization, BidStage stage) {
      this.applicant = applicant;
      this.organization = organization;
      this.stage = stage;
    }

    /** Raises the stage to {@code s} when {@code s} is further along. */
    void raise(BidStage s) {
      take(s, false, null);
    }

    /** Takes the step of a reference into account. */
    void take(BidReference r) {
      take(r.stage(), r.hedged(), r.notYet());
    }

    private void take(BidStage s, boolean hedged, BidStage notYetStage) {
      if (s == BidStage.REJECTED || s == BidStage.WITHDRAWN) {
        if (!hedged) {
          closed = true;
          stage = s;
        }
        return;
      }
      if (hedged) {
        intended = max(intended, s);
        if (notYetStage != null && (notYet == null || notYetStage.ordinal() < notYet.ordinal())) {
          notYet = notYetStage;
        }
      } else {
        factual = max(factual, s);
      }
      if (!closed) {
        BidStage out = factual == null ? BidStage.ASPIRANT : factual;
        if (intended != null && (notYet == null || intended.ordinal() < notYet.ordinal())) {
          out = max(out, intended);
        }
        stage = out;
      }
    }

    private static BidStage max(BidStage a, BidStage b) {
      return a == null || b.ordinal() > a.ordinal() ? b : a;
    }
  }

  final Layout layout;
  final ActorTable table;
  final List<StatementDraft> statements;
  final List<SentenceTokens> sentences;
  final List<List<BidReference>> refs;
  final List<List<BidReference>> topic;
  /** The bids, in order of first reference; found by applicant and organisation through {@link #byApplicant}. */
  final List<Bid> bids = new ArrayList<>();
  private final Map<String, List<Bid>> byApplicant = new HashMap<>();
  /** Per sentence, once asked: its own bids, the topic's bids, its stance cues. */
  private List<Bid>[] ownCache;
  private List<Bid>[] topicCache;
  private List<StanceCueFinder.Found>[] stanceCache;
  /** The topic list last turned into bids, and its bids (no bid's stage becomes MEMBER once rules ask). */
  private List<BidReference> lastTopic;
  private List<Bid> lastTopicBids;
  private final StanceCueFinder stanceFinder = new StanceCueFinder();
  /**
   * By actor number ({@link #numberOf}), per speaker once asked: what {@link #speaksFor} found
   * for each applicant (0 not yet asked, 1 no, 2 yes). Arrays, not a map per speaker keyed by
   * the applicants' keys: a look-up per statement reads an index, and makes no entry.
   */
  private final byte[][] voices;

  /** The context of an article of {@code sentenceCount} sentences (added by the assembler). */
  BidContext(Layout layout, ActorTable table, List<StatementDraft> statements, int sentenceCount) {
    this.layout = layout;
    this.table = table;
    this.statements = statements;
    this.sentences = new ArrayList<>(sentenceCount);
    this.refs = new ArrayList<>(sentenceCount);
    this.topic = new ArrayList<>(sentenceCount);
    int numbers = 0;
    for (ActorTable.ActorRecord a : table.actors()) {
      numbers = Math.max(numbers, ActorTable.numberOf(a.key()) + 1);
    }
    this.voices = new byte[numbers][];
  }

  /**
   * The number of key {@code key} ({@link ActorTable#numberOf}) when it is at most the highest
   * of the table's actors and written as the table writes keys (no leading zero: "a012" is not
   * "a12"), else -1. Two keys with the same number are then the same key.
   */
  private int numberOf(String key) {
    int n = ActorTable.numberOf(key);
    return n >= 0 && n < voices.length && key.charAt(1) != '0' ? n : -1;
  }

  Bid bid(String applicant, String organization) {
    // by applicant, then organisation: no key string to build and hash on every look-up
    List<Bid> of = byApplicant.get(applicant);
    if (of != null) {
      for (Bid b : of) {
        if (b.organization.equals(organization)) {
          return b;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code applicant} has a bid. The bids are all made before any rule runs, so an
   * actor without one has none to add in {@link #addLiveBidsOf}.
   */
  boolean hasBids(String applicant) {
    return byApplicant.containsKey(applicant);
  }

  /** Adds the live (not yet member) bids of {@code applicant} to {@code out}. */
  void addLiveBidsOf(String applicant, List<Bid> out) {
    List<Bid> all = byApplicant.get(applicant);
    if (all != null) {
      for (Bid b : all) {
        if (b.stage != BidStage.MEMBER) {
          out.add(b);
        }
      }
    }
  }

  /**
   * Whether actor {@code actorKey} speaks for applicant {@code applicantKey}
   * ({@link ApplicantVoice#speaksFor}), worked out once per pair: a long article has many
   * statements by the same speakers on the same bids.
   */
  boolean speaksFor(String actorKey, String applicantKey) {
    int speaker = numberOf(actorKey);
    int applicant = numberOf(applicantKey);
    if (speaker < 0 || applicant < 0) {
      return ApplicantVoice.speaksFor(table, actorKey, applicantKey); // no actor of the table: rare
    }
    byte[] known = voices[speaker];
    if (known == null) {
      known = new byte[voices.length];
      voices[speaker] = known;
    }
    if (known[applicant] == 0) {
      known[applicant] = ApplicantVoice.speaksFor(table, actorKey, applicantKey) ? (byte) 2 : (byte) 1;
    }
    return known[applicant] == 2;
  }

  /** The bid of {@code r}'s applicant and organisation, made (at {@code r}'s stage) if there is none yet. */
  Bid bidOrCreate(BidReference r) {
    Bid known = bid(r.applicant(), r.organization());
    if (known != null) {
      return known;
    }
    Bid b = new Bid(r.applicant(), r.organization(), r.stage());
    bids.add(b);
    byApplicant.computeIfAbsent(r.applicant(), k -> new ArrayList<>(2)).add(b);
    return b;
  }

  /** The bids a sentence speaks of: its own non-membership references, else {@code null}. */
  List<Bid> ownBids(int sentence) {
    if (ownCache == null) {
      ownCache = newCache();
    }
    List<Bid> own = ownCache[sentence];
    if (own == null) {
      own = computeOwnBids(sentence);
      ownCache[sentence] = own;
    }
    return own;
  }

  /** An empty cache with a slot per sentence (the sentences are all known when rules ask). */
  @SuppressWarnings("unchecked")
  private <T> List<T>[] newCache() {
    return (List<T>[]) new List<?>[sentences.size()];
  }

  private List<Bid> computeOwnBids(int sentence) {
    List<BidReference> mine = refs.get(sentence);
    if (mine.isEmpty()) {
      return List.of(); // most sentences: no list to make
    }
    List<Bid> out = new ArrayList<>(mine.size());
    for (BidReference r : mine) {
      if (r.isMembership()) {
        continue;
      }
      Bid b = bid(r.applicant(), r.organization());
      if (b != null && !out.contains(b)) {
        out.add(b);
      }
    }
    return out;
  }

  /** The bids the text was speaking of before {@code sentence}. */
  List<Bid> topicBids(int sentence) {
    if (topicCache == null) {
      topicCache = newCache();
    }
    List<Bid> topical = topicCache[sentence];
    if (topical == null) {
      topical = computeTopicBids(sentence);
      topicCache[sentence] = topical;
    }
    return topical;
  }

  /** The stance cues of a sentence, found once. */
  List<StanceCueFinder.Found> stanceCues(int sentence) {
    if (stanceCache == null) {
      stanceCache = newCache();
    }
    List<StanceCueFinder.Found> cues = stanceCache[sentence];
    if (cues == null) {
      cues = stanceFinder.find(sentences.get(sentence));
      stanceCache[sentence] = cues;
    }
    return cues;
  }

  /** The index of the first reference of {@code sentence} whose cue starts at or after {@code offset} (references are in cue order). */
  int firstRefFrom(int sentence, int offset) {
    List<BidReference> list = refs.get(sentence);
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).cue().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private List<Bid> computeTopicBids(int sentence) {
    List<BidReference> refs = topic.get(sentence);
    // a topic stands for many sentences in a row as one list: its bids are found once for it
    if (refs == lastTopic) {
      return lastTopicBids;
    }
    List<Bid> out = refs.isEmpty() ? List.of() : new ArrayList<>(refs.size());
    for (BidReference r : refs) {
      Bid b = bid(r.applicant(), r.organization());
      if (b != null && b.stage != BidStage.MEMBER && !out.contains(b)) {
        out.add(b);
      }
    }
    lastTopic = refs;
    lastTopicBids = out;
    return out;
  }

  /** The sentence's own bids, else the topic's when the sentence is about membership. */
  List<Bid> bidsFor(int sentence) {
    List<Bid> own = ownBids(sentence);
    if (!own.isEmpty()) {
      return own;
    }
    SentenceTokens s = sentences.get(sentence);
    if (s.anyWordIn(0, s.size(), BidLexicon.TOPIC_WORDS)) {
      return topicBids(sentence);
    }
    return List.of();
  }

  /** The index of the statement whose range contains {@code offset}, if any. */
  Optional<Integer> statementAt(int offset) {
    int lo = 0;
    int hi = statements.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (statements.get(mid).range().start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // statements may nest (a quote inside reported speech): look back over a few
    for (int i = lo - 1; i >= 0 && i >= lo - 4; i--) {
      if (statements.get(i).range().contains(offset)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The index of the first sentence that overlaps {@code range}, or -1 when none does. */
  int firstSentenceIn(TextRange range) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).range.end() <= range.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sentences.size() && sentences.get(lo).range.start() < range.end() ? lo : -1;
  }
}
