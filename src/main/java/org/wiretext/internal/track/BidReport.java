package org.wiretext.internal.track;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.BidStage;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Position;
import org.wiretext.model.Statement;

/**
 * One article's report of one bid: the unit the tracker collects. A tracker is a set of these,
 * keyed by {@link #key()}, so merging trackers is a set union: associative and commutative.
 * Everything else (actor merging, positions across articles) is derived from the whole set.
 *
 * @param articleId the article's id
 * @param date the article's date (publication date, else dateline date), or null
 * @param place the article's dateline place, or null
 * @param bidId the bid's id within the article
 */
public record BidReport(String articleId, String date, String place, String bidId,
    ActorInfo applicant, ActorInfo organization, BidStage stage, List<PositionInfo> positions)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the list, so the record is immutable. */
  public BidReport {
    positions = List.copyOf(positions);
  }

  /** Unique within a tracker: the article id and the bid id. */
  public String key() {
    return articleId + '\u0000' + bidId;
  }

  /** The bid as the article names it, before actors are merged: "georgia/nato". */
  public String bidKey() {
    return applicant.localId() + "/" + organization.localId();
  }

  /** One report for each bid of the article; none when it reports no bid. */
  public static List<BidReport> of(Article article) {
    if (article.bids().isEmpty()) {
      return List.of();
    }
    Map<String, Actor> actors = new HashMap<>();
    for (Actor a : article.actors()) {
      actors.putIfAbsent(a.id(), a);
    }
    Map<String, Statement> statements = new HashMap<>();
    for (Statement s : article.statements()) {
      statements.putIfAbsent(s.id(), s);
    }
    String date = Dates.ofArticle(article);
    String place = article.dateline().map(d -> d.place()).orElse(null);
    List<BidReport> out = new ArrayList<>(article.bids().size());
    for (MembershipBid b : article.bids()) {
      List<PositionInfo> positions = new ArrayList<>(b.positions().size());
      for (Position p : b.positions()) {
        List<Quote> quotes = new ArrayList<>(p.evidence().size());
        for (String sid : p.evidence()) {
          Statement s = statements.get(sid);
          quotes.add(new Quote(sid, s == null ? null : s.text()));
        }
        positions.add(new PositionInfo(info(actors, p.actor()), p.stance(), quotes));
      }
      out.add(new BidReport(article.id(), date, place, b.id(), info(actors, b.applicant()),
          info(actors, b.organization()), b.stage(), positions));
    }
    return out;
  }

  private static ActorInfo info(Map<String, Actor> actors, String id) {
    Actor a = actors.get(id);
    return a == null ? ActorInfo.unknown(id) : ActorInfo.of(a);
  }
}
