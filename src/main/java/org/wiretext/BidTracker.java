package org.wiretext;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.wiretext.internal.track.BidReport;
import org.wiretext.internal.track.TrackerAssembler;
import org.wiretext.model.Article;
import org.wiretext.model.Tracker;

/**
 * Follows membership bids across many articles: who has backed or opposed a state's bid, when
 * each stance was first and last reported, and where, with every article and statement as
 * evidence. One article tells a fragment; a tracker fed a year of coverage tells the story.
 *
 * <pre>{@code
 * BidTracker tracker = BidTracker.empty();
 * for (Article a : articles) {
 *   tracker = tracker.add(a);
 * }
 * Tracker result = tracker.result();
 * System.out.println(WireTextJson.writeTracker(result));
 * }</pre>
 *
 * <p>A tracker is an immutable value: what it keeps of each article's bids (applicant,
 * organisation, stage, positions with their statements, the article's date and place). Feed
 * it articles in any order; {@link #combine(BidTracker)} merges two trackers, and is
 * associative and commutative, so trackers built in parallel over parts of a corpus combine
 * into the same result in any order and grouping. Actors are merged across articles only in
 * {@link #result()}, from all the articles at once (see {@code docs/tracker.md}). The same
 * article (by id) fed twice counts once. Trackers are {@link Serializable} so distributed
 * runners (Apache Beam, Spark, Flink) can ship them between workers; deserialise only data
 * you produced.
 */
public final class BidTracker implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final BidTracker EMPTY = new BidTracker(new TreeMap<>());

  /** Every article's report of every bid, by article id and bid id. Never modified. */
  private final TreeMap<String, BidReport> reports;

  private BidTracker(TreeMap<String, BidReport> reports) {
    this.reports = reports;
  }

  /**
   * The tracker of no article: the identity of {@link #combine(BidTracker)}.
   *
   * @return an empty tracker
   */
  public static BidTracker empty() {
    return EMPTY;
  }

  /**
   * The tracker of one article.
   *
   * @param article the article
   * @return a tracker holding the article's bids (empty when it reports none)
   */
  public static BidTracker of(Article article) {
    Objects.requireNonNull(article, "article");
    TreeMap<String, BidReport> m = new TreeMap<>();
    for (BidReport r : BidReport.of(article)) {
      put(m, r);
    }
    return new BidTracker(m);
  }

  /**
   * The tracker of many articles.
   *
   * @param articles the articles, in any order
   * @return a tracker holding their bids
   */
  public static BidTracker of(Iterable<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    TreeMap<String, BidReport> m = new TreeMap<>();
    for (Article a : articles) {
      for (BidReport r : BidReport.of(Objects.requireNonNull(a, "article"))) {
        put(m, r);
      }
    }
    return new BidTracker(m);
  }

  /**
   * This tracker with one more article.
   *
   * @param article the article
   * @return a new tracker; this one is unchanged
   */
  public BidTracker add(Article article) {
    return combine(of(article));
  }

  /**
   * The two trackers merged: every bid report of both. Associative and commutative, with
   * {@link #empty()} as identity; an article both hold counts once.
   *
   * @param other another tracker
   * @return a new tracker; neither is changed
   */
  public BidTracker combine(BidTracker other) {
    Objects.requireNonNull(other, "other");
    if (other.reports.isEmpty()) {
      return this;
    }
    if (reports.isEmpty()) {
      return other;
    }
    TreeMap<String, BidReport> m = new TreeMap<>(reports);
    for (BidReport r : other.reports.values()) {
      put(m, r);
    }
    return new BidTracker(m);
  }

  /**
   * Several trackers merged, as {@link #combine(BidTracker)} does.
   *
   * @param trackers the trackers, in any order
   * @return a new tracker
   */
  public static BidTracker combineAll(Iterable<BidTracker> trackers) {
    Objects.requireNonNull(trackers, "trackers");
    TreeMap<String, BidReport> m = new TreeMap<>();
    for (BidTracker t : trackers) {
      for (BidReport r : t.reports.values()) {
        put(m, r);
      }
    }
    return new BidTracker(m);
  }

  /**
   * This tracker split by bid as each article names it ({@code "georgia/nato"}: the
   * article's applicant and organisation ids), for frameworks that combine trackers per key.
   * Combining all the parts gives this tracker back.
   *
   * @return one tracker for each bid key, by key
   */
  public SortedMap<String, BidTracker> byBid() {
    TreeMap<String, TreeMap<String, BidReport>> parts = new TreeMap<>();
    for (Map.Entry<String, BidReport> e : reports.entrySet()) {
      parts.computeIfAbsent(e.getValue().bidKey(), k -> new TreeMap<>()).put(e.getKey(), e.getValue());
    }
    TreeMap<String, BidTracker> out = new TreeMap<>();
    parts.forEach((k, v) -> out.put(k, new BidTracker(v)));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * Whether the tracker holds no bid.
   *
   * @return true when no article it was fed reports a bid
   */
  public boolean isEmpty() {
    return reports.isEmpty();
  }

  /**
   * The ids of the articles whose bids the tracker holds.
   *
   * @return the article ids, sorted
   */
  public List<String> articles() {
    return reports.values().stream().map(BidReport::articleId).distinct().toList();
  }

  /**
   * The merged picture: actors merged across articles, bids by applicant and organisation,
   * positions with their evidence, all sorted by key so equal trackers give equal documents.
   *
   * @return the {@code wiretext-tracker/1} document
   */
  public Tracker result() {
    return TrackerAssembler.assemble(reports.values());
  }

  /** Two trackers are equal when they hold the same reports of the same articles. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BidTracker t && reports.equals(t.reports);
  }

  @Override
  public int hashCode() {
    return reports.hashCode();
  }

  @Override
  public String toString() {
    return "BidTracker[" + reports.size() + " bid reports]";
  }

  /**
   * Adds a report; when the same article's bid is already there in another version (two
   * different articles given the same id), keeps one of them by a fixed rule, so the
   * outcome does not depend on the order.
   */
  private static void put(TreeMap<String, BidReport> m, BidReport r) {
    m.merge(r.key(), r, (a, b) -> a.equals(b) || a.toString().compareTo(b.toString()) <= 0 ? a : b);
  }
}
