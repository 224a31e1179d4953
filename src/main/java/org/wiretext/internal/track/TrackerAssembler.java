package org.wiretext.internal.track;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wiretext.model.BidStage;
import org.wiretext.model.Evidence;
import org.wiretext.model.StageReport;
import org.wiretext.model.Stance;
import org.wiretext.model.TrackedBid;
import org.wiretext.model.TrackedPosition;
import org.wiretext.model.Tracker;

/**
 * Builds the {@code wiretext-tracker/1} document from a set of bid reports: actors merged
 * ({@link ActorMerger}), bids merged by applicant and organisation, positions merged by actor
 * and stance with every report as evidence. Everything is sorted by keys, so the same set of
 * reports always gives the same document.
 */
public final class TrackerAssembler {

  /** Statement ids in number order ("s2" before "s10"), absent ones first. */
  private static final Comparator<String> STATEMENT_ORDER = Comparator.nullsFirst(
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

  private static final Comparator<Evidence> EVIDENCE_ORDER = Comparator
      .comparing((Evidence e) -> e.date().orElse(null), Dates.ORDER)
      .thenComparing(Evidence::article)
      .thenComparing(e -> e.statement().orElse(null), STATEMENT_ORDER);

  private static final Comparator<StageReport> STAGE_ORDER = Comparator
      .comparing((StageReport s) -> s.date().orElse(null), Dates.ORDER)
      .thenComparing(StageReport::article)
      .thenComparing(StageReport::stage);

  private TrackerAssembler() {}

  /** The tracker document of {@code reports}. */
  public static Tracker assemble(Collection<BidReport> reports) {
    ActorMerger actors = ActorMerger.of(reports);
    Map<String, List<BidReport>> bids = new TreeMap<>();
    Set<String> articles = new TreeSet<>();
    for (BidReport r : reports) {
      String id = actors.id(r.articleId(), r.applicant()) + "/" + actors.id(r.articleId(), r.organization());
      bids.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
      articles.add(r.articleId());
    }
    List<TrackedBid> out = new ArrayList<>(bids.size());
    for (Map.Entry<String, List<BidReport>> e : bids.entrySet()) {
      out.add(bid(e.getKey(), e.getValue(), actors));
    }
    return Tracker.builder().articles(articles).actors(actors.actors()).bids(out).build();
  }

  private static TrackedBid bid(String id, List<BidReport> reports, ActorMerger actors) {
    BidReport first = reports.get(0);
    Set<String> articles = new TreeSet<>();
    Set<StageReport> stages = new TreeSet<>(STAGE_ORDER);
    Map<String, Map<String, Evidence>> positions = new TreeMap<>();
    for (BidReport r : reports) {
      articles.add(r.articleId());
      stages.add(StageReport.builder().article(r.articleId()).date(Optional.ofNullable(r.date()))
          .stage(r.stage()).build());
      for (PositionInfo p : r.positions()) {
        // key: actor id, then the stance's place in the model's order
        String key = actors.id(r.articleId(), p.actor()) + '\u0000' + p.stance().ordinal();
        Map<String, Evidence> evidence = positions.computeIfAbsent(key, k -> new TreeMap<>());
        if (p.quotes().isEmpty()) {
          evidence.putIfAbsent(r.articleId() + '\u0000', evidence(r, null));
        }
        for (Quote q : p.quotes()) {
          evidence.putIfAbsent(r.articleId() + '\u0000' + q.statementId(), evidence(r, q));
        }
      }
    }
    List<TrackedPosition> tracked = new ArrayList<>(positions.size());
    for (Map.Entry<String, Map<String, Evidence>> e : positions.entrySet()) {
      String key = e.getKey();
      int cut = key.indexOf('\u0000');
      tracked.add(position(key.substring(0, cut),
          Stance.values()[Integer.parseInt(key.substring(cut + 1))], e.getValue().values()));
    }
    return TrackedBid.builder().id(id)
        .applicant(actors.id(first.articleId(), first.applicant()))
        .organization(actors.id(first.articleId(), first.organization()))
        .stage(latest(stages)).articles(articles).stages(stages).positions(tracked).build();
  }

  private static Evidence evidence(BidReport r, Quote q) {
    return Evidence.builder().article(r.articleId())
        .statement(Optional.ofNullable(q == null ? null : q.statementId()))
        .date(Optional.ofNullable(r.date())).place(Optional.ofNullable(r.place()))
        .quote(Optional.ofNullable(q == null ? null : q.text())).build();
  }

  private static TrackedPosition position(String actor, Stance stance, Collection<Evidence> evidence) {
    List<Evidence> sorted = new ArrayList<>(evidence);
    sorted.sort(EVIDENCE_ORDER);
    Set<String> articles = new TreeSet<>();
    String firstDate = null;
    String lastDate = null;
    for (Evidence e : sorted) {
      articles.add(e.article());
      String d = e.date().orElse(null);
      if (Dates.hasYear(d)) {
        firstDate = firstDate == null || d.compareTo(firstDate) < 0 ? d : firstDate;
        lastDate = lastDate == null || d.compareTo(lastDate) > 0 ? d : lastDate;
      }
    }
    return TrackedPosition.builder().actor(actor).stance(stance).articleCount(articles.size())
        .firstReported(Optional.ofNullable(firstDate)).lastReported(Optional.ofNullable(lastDate))
        .evidence(sorted).build();
  }

  /**
   * The latest stage reached: the most advanced step of the progression (aspirant, applied,
   * candidate, negotiating, invited, ratifying, member) any report gives; but a rejection or a
   * withdrawal when one is reported and no step of the progression is reported at a later
   * date. {@code UNKNOWN} only when no report knows. Articles often mention a bid in passing
   * ("Armenia joining the EU") long after it advanced, so the most advanced step counts, not
   * the latest article's.
   */
  static BidStage latest(Collection<StageReport> stages) {
    StageReport progress = null;
    StageReport outcome = null;
    for (StageReport s : stages) {
      switch (s.stage()) {
        case UNKNOWN -> { }
        case REJECTED, WITHDRAWN -> {
          if (outcome == null || later(s, outcome)) {
            outcome = s;
          }
        }
        default -> {
          if (progress == null || s.stage().compareTo(progress.stage()) > 0) {
            progress = s;
          }
        }
      }
    }
    if (outcome == null) {
      return progress == null ? BidStage.UNKNOWN : progress.stage();
    }
    String end = dateKey(outcome);
    for (StageReport s : stages) {
      if (s.stage().compareTo(BidStage.MEMBER) <= 0 && dateKey(s).compareTo(end) > 0) {
        return progress.stage();
      }
    }
    return outcome.stage();
  }

  /** A date with a year, else "" (before every date). */
  private static String dateKey(StageReport s) {
    return s.date().filter(Dates::hasYear).orElse("");
  }

  private static boolean later(StageReport a, StageReport b) {
    int c = dateKey(a).compareTo(dateKey(b));
    return c != 0 ? c > 0 : a.stage().compareTo(b.stage()) > 0;
  }
}
