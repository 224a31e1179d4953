package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wiretext.model.Article;
import org.wiretext.model.Evidence;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Position;
import org.wiretext.model.Statement;
import org.wiretext.model.TrackedBid;
import org.wiretext.model.TrackedPosition;
import org.wiretext.model.Tracker;

/**
 * Tracks the bids of the {@code bids} dev set ({@code ../shared/dev/bids/texts}) together with
 * {@code docs/examples}: one entry per distinct bid, and every position traceable to the
 * articles and statements that show it. Skipped where {@code ../shared} is absent;
 * {@code .ci/run} makes sure it ran.
 */
class TrackDevSetTest {

  @Test
  void trackingTheBidsDevSetGivesOneEntryPerBidWithTraceablePositions() throws IOException {
    Path texts = DevSetTest.shared().resolve("dev/bids/texts");
    assumeTrue(Files.isDirectory(texts),
        "skipped: the bids dev set is read from " + texts.toAbsolutePath() + ", which is absent here");
    WireParser parser = WireParser.builder().build();
    List<Article> articles = new ArrayList<>();
    for (Path dir : List.of(texts, Path.of("docs/examples"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> articles.add(parser.parse(p)));
      }
    }
    Tracker t = BidTracker.of(articles).result();

    // one entry per distinct bid: the articles' (applicant, organisation) pairs, each once
    Set<String> distinct = new TreeSet<>();
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
      for (MembershipBid b : a.bids()) {
        distinct.add(b.applicant() + "/" + b.organization());
      }
    }
    assertThat(distinct).isNotEmpty();
    assertThat(t.bids()).extracting(TrackedBid::id).doesNotHaveDuplicates()
        .containsExactlyElementsOf(distinct);

    // every statement an article gives as evidence is in the tracker, and every tracker
    // evidence names an article and one of its statements
    Set<String> expected = new HashSet<>();
    for (Article a : articles) {
      for (MembershipBid b : a.bids()) {
        for (Position p : b.positions()) {
          for (String s : p.evidence()) {
            expected.add(b.applicant() + "/" + b.organization() + " " + a.id() + " " + s);
          }
        }
      }
    }
    Set<String> found = new HashSet<>();
    for (TrackedBid b : t.bids()) {
      assertThat(b.articles()).isNotEmpty();
      for (TrackedPosition p : b.positions()) {
        assertThat(p.articleCount()).isPositive();
        for (Evidence e : p.evidence()) {
          Article a = byId.get(e.article());
          assertThat(a).as("article of %s", e).isNotNull();
          assertThat(b.articles()).contains(e.article());
          if (e.statement().isPresent()) {
            Statement s = a.statements().stream().filter(x -> x.id().equals(e.statement().get()))
                .findFirst().orElseThrow(() -> new AssertionError("no statement for " + e));
            assertThat(e.quote()).contains(s.text());
            found.add(b.id() + " " + e.article() + " " + s.id());
          }
        }
      }
    }
    assertThat(expected).isNotEmpty();
    assertThat(found).isEqualTo(expected);
  }
}
