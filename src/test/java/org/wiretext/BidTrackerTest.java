package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretext.model.ActorKind;
import org.wiretext.model.Article;
import org.wiretext.model.BidStage;
import org.wiretext.model.Evidence;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Position;
import org.wiretext.model.Stance;
import org.wiretext.model.Statement;
import org.wiretext.model.TrackedActor;
import org.wiretext.model.TrackedBid;
import org.wiretext.model.TrackedPosition;
import org.wiretext.model.Tracker;
import org.wiretext.testkit.Fixtures;

/**
 * {@link BidTracker} over our own invented coverage of one bid in
 * {@code src/test/resources/tracker/} (five articles over a year: Armenia's application to the
 * European Union, two different people called Valente, a minister later named only by
 * surname), plus the example articles in {@code docs/examples/}.
 */
class BidTrackerTest {

  static final Path FIXTURES = Path.of("src/test/resources/tracker");
  static final Path EXAMPLES = Path.of("docs/examples");

  private static List<Article> coverage;
  private static List<Article> all;

  @BeforeAll
  static void parse() throws IOException {
    coverage = parseAll(FIXTURES);
    all = new ArrayList<>(coverage);
    all.addAll(parseAll(EXAMPLES));
  }

  static List<Article> parseAll(Path dir) throws IOException {
    WireParser parser = WireParser.builder().build();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(parser::parse).toList();
    }
  }

  private static Article named(String file) {
    WireParser parser = WireParser.builder().build();
    return parser.parse(FIXTURES.resolve(file));
  }

  private static TrackedBid bid(Tracker t, String id) {
    return t.bids().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
  }

  private static TrackedActor actor(Tracker t, String id) {
    return t.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> holders(TrackedBid b) {
    return b.positions().stream().map(p -> p.actor() + " " + p.stance()).toList();
  }

  @Test
  void aBidReportedInFiveArticlesIsOneBidWithEveryArticle() {
    Tracker t = BidTracker.of(coverage).result();
    assertThat(t.schema()).isEqualTo("wiretext-tracker/1");
    assertThat(t.bids()).extracting(TrackedBid::id)
        .containsExactly("armenia/european-union", "serbia/european-union");
    TrackedBid armenia = bid(t, "armenia/european-union");
    assertThat(armenia.articles()).hasSize(5);
    assertThat(armenia.applicant()).isEqualTo("armenia");
    assertThat(armenia.organization()).isEqualTo("european-union");
  }

  @Test
  void theLatestStageIsTheMostAdvancedEvenWhenLaterArticlesOnlyMentionTheBid() {
    TrackedBid armenia = bid(BidTracker.of(coverage).result(), "armenia/european-union");
    assertThat(armenia.stage()).isEqualTo(BidStage.CANDIDATE);
    assertThat(armenia.stages()).hasSize(5);
    assertThat(armenia.stages()).extracting(s -> s.date().orElseThrow())
        .containsExactly("2025-03-10", "2025-04-02", "2025-06-20", "2025-09-03", "2025-11-14");
  }

  @Test
  void aSurnameAloneJoinsTheOnlyFullNamedPersonWithThatSurname() {
    Tracker t = BidTracker.of(coverage).result();
    TrackedActor dorn = actor(t, "pavel-dorn");
    assertThat(dorn.name()).isEqualTo("Pavel Dorn");
    assertThat(dorn.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(dorn.aliases()).contains("Dorn");
    assertThat(dorn.titles()).contains("Foreign Minister");
    assertThat(dorn.articles()).hasSize(2);
    assertThat(t.actors()).extracting(TrackedActor::id).doesNotContain("dorn");
  }

  @Test
  void aSurnameSharedByTwoFullNamedPeopleStaysApartFromBoth() {
    Tracker t = BidTracker.of(coverage).result();
    assertThat(t.actors()).extracting(TrackedActor::id)
        .contains("maria-valente", "jonas-valente", "valente");
    assertThat(actor(t, "maria-valente").aliases()).doesNotContain("Valente");
    assertThat(holders(bid(t, "armenia/european-union")))
        .contains("maria-valente SUPPORTS", "jonas-valente OPPOSES", "valente SUPPORTS");
  }

  @Test
  void theSameSurnameJoinsOnceTheOtherPersonIsNotInTheTracker() {
    List<Article> withoutJonas = coverage.stream()
        .filter(a -> a.actors().stream().noneMatch(x -> x.id().equals("jonas-valente"))).toList();
    Tracker t = BidTracker.of(withoutJonas).result();
    assertThat(t.actors()).extracting(TrackedActor::id).contains("maria-valente").doesNotContain("valente");
    TrackedPosition maria = position(bid(t, "armenia/european-union"), "maria-valente", Stance.SUPPORTS);
    assertThat(maria.articleCount()).isEqualTo(3);
  }

  @Test
  void aFullNameMergesAcrossArticlesAndCountsEachArticleOnce() {
    TrackedPosition maria = position(bid(BidTracker.of(coverage).result(), "armenia/european-union"),
        "maria-valente", Stance.SUPPORTS);
    assertThat(maria.articleCount()).isEqualTo(2);
    assertThat(maria.firstReported()).contains("2025-03-10");
    assertThat(maria.lastReported()).contains("2025-11-14");
    assertThat(maria.evidence()).extracting(e -> e.place().orElseThrow()).containsExactly("YEREVAN", "BRUSSELS");
  }

  @Test
  void aChangeOfStanceIsTwoPositionsEachWithItsDates() {
    TrackedBid armenia = bid(BidTracker.of(coverage).result(), "armenia/european-union");
    TrackedPosition against = position(armenia, "pavel-dorn", Stance.OPPOSES);
    TrackedPosition infavour = position(armenia, "pavel-dorn", Stance.SUPPORTS);
    assertThat(against.lastReported()).contains("2025-03-10");
    assertThat(infavour.firstReported()).contains("2025-06-20");
  }

  @Test
  void everyPieceOfEvidenceNamesItsArticleAndStatementAndQuotesIt() {
    Tracker t = BidTracker.of(all).result();
    Map<String, Article> byId = all.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    int statements = 0;
    for (TrackedBid b : t.bids()) {
      for (TrackedPosition p : b.positions()) {
        assertThat(p.evidence()).isNotEmpty();
        for (Evidence e : p.evidence()) {
          Article a = byId.get(e.article());
          assertThat(a).as(e.article()).isNotNull();
          if (e.statement().isPresent()) {
            statements++;
            Optional<Statement> s = a.statements().stream()
                .filter(x -> x.id().equals(e.statement().get())).findFirst();
            assertThat(s).as(e.toString()).isPresent();
            assertThat(e.quote()).contains(s.get().text());
          } else {
            assertThat(e.quote()).isEmpty();
          }
        }
      }
    }
    assertThat(statements).isGreaterThan(10);
  }

  @Test
  void mergingIsOrderIndependentOverShuffledAndRegroupedInputs() {
    Tracker reference = BidTracker.of(all).result();
    String referenceJson = WireTextJson.writeTracker(reference);
    for (long seed = 1; seed <= 40; seed++) {
      Random random = new Random(seed);
      List<Article> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      // random partition into 1..n groups, each built one of three ways
      int groups = 1 + random.nextInt(shuffled.size());
      List<BidTracker> parts = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        List<Article> part = new ArrayList<>();
        for (int i = g; i < shuffled.size(); i += groups) {
          part.add(shuffled.get(i));
        }
        parts.add(build(part, random.nextInt(3)));
      }
      // combine in a random tree: repeatedly merge two random neighbours, in a random order
      while (parts.size() > 1) {
        int i = random.nextInt(parts.size() - 1);
        BidTracker a = parts.remove(i);
        BidTracker b = parts.remove(i);
        parts.add(i, random.nextBoolean() ? a.combine(b) : b.combine(a));
      }
      BidTracker merged = parts.get(0);
      assertThat(merged.result()).as("seed " + seed).isEqualTo(reference);
      assertThat(WireTextJson.writeTracker(merged.result())).as("seed " + seed).isEqualTo(referenceJson);
    }
  }

  private static BidTracker build(List<Article> part, int how) {
    switch (how) {
      case 0:
        return BidTracker.of(part);
      case 1: {
        BidTracker t = BidTracker.empty();
        for (Article a : part) {
          t = t.add(a);
        }
        return t;
      }
      default: {
        // split by bid, as a distributed runner keys them, and combine the parts again
        List<BidTracker> byBid = new ArrayList<>(BidTracker.of(part).byBid().values());
        Collections.reverse(byBid);
        return BidTracker.combineAll(byBid);
      }
    }
  }

  @Test
  void combineIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    BidTracker a = BidTracker.of(coverage.subList(0, 2));
    BidTracker b = BidTracker.of(coverage.subList(2, 4));
    BidTracker c = BidTracker.of(all.subList(4, all.size()));
    assertThat(a.combine(b).combine(c)).isEqualTo(a.combine(b.combine(c)));
    assertThat(a.combine(b)).isEqualTo(b.combine(a));
    assertThat(a.combine(BidTracker.empty())).isEqualTo(a);
    assertThat(BidTracker.empty().combine(a)).isEqualTo(a);
    assertThat(a.combine(b).combine(c).result()).isEqualTo(c.combine(a).combine(b).result());
  }

  @Test
  void theSameArticleFedTwiceCountsOnce() {
    BidTracker once = BidTracker.of(coverage);
    BidTracker twice = once.add(named("armenia-eu-1.txt")).combine(once);
    assertThat(twice).isEqualTo(once);
    assertThat(twice.result()).isEqualTo(once.result());
  }

  @Test
  void splittingByBidAndCombiningGivesTheTrackerBack() {
    BidTracker t = BidTracker.of(all);
    assertThat(t.byBid()).containsKeys("armenia/european-union", "georgia/nato", "moldova/european-union");
    assertThat(BidTracker.combineAll(t.byBid().values())).isEqualTo(t);
  }

  @Test
  void anArticleWithoutBidsAddsNothing() {
    Article none = WireText.parse("Rain expected\n\nIt will rain in the capital on Tuesday, forecasters said.\n");
    assertThat(BidTracker.of(none).isEmpty()).isTrue();
    assertThat(BidTracker.of(none).result().bids()).isEmpty();
    assertThat(BidTracker.of(coverage).add(none)).isEqualTo(BidTracker.of(coverage));
  }

  @Test
  void aTrackerSurvivesJavaSerialisationForDistributedRunners() throws Exception {
    BidTracker t = BidTracker.of(all);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(t);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      BidTracker back = (BidTracker) in.readObject();
      assertThat(back).isEqualTo(t);
      assertThat(back.result()).isEqualTo(t.result());
    }
  }

  @Test
  void theTrackerDocumentRoundTripsThroughJson() {
    Tracker t = BidTracker.of(all).result();
    assertThat(WireTextJson.readTracker(WireTextJson.writeTracker(t))).isEqualTo(t);
    assertThat(WireTextJson.readTracker(WireTextJson.writeTrackerPretty(t))).isEqualTo(t);
  }

  @Test
  void readingATrackerRefusesNullAndTrailingContent() {
    String json = WireTextJson.writeTracker(BidTracker.of(all).result());
    assertThatThrownBy(() -> WireTextJson.readTracker("null"))
        .isInstanceOf(WireTextException.class).hasMessageContaining("null");
    assertThatThrownBy(() -> WireTextJson.readTracker(json + " {}"))
        .isInstanceOf(WireTextException.class);
  }

  @Test
  void aBidWhoseIdsPointNowhereIsStillTrackedWithoutThrowing() {
    Article fixture = Fixtures.articleFixture("Freedonia applies", "Freedonia applied to join the Club.")
        .id("odd").actor("Freedonia", ActorKind.STATE).actor("Club", ActorKind.ORGANIZATION)
        .bid("Freedonia", "Club", BidStage.APPLIED).build();
    // a position by an actor the article does not list, shown by a statement it does not have
    MembershipBid bid = MembershipBid.builder().from(fixture.bids().get(0))
        .addPositions(Position.builder().actor("ghost").stance(Stance.OPPOSES).addEvidence("s9").build())
        .build();
    Article odd = Article.builder().from(fixture).bids(List.of(bid)).build();
    Tracker t = BidTracker.of(odd).result();
    TrackedPosition ghost = position(t.bids().get(0), "ghost", Stance.OPPOSES);
    assertThat(ghost.evidence()).singleElement().satisfies(e -> {
      assertThat(e.statement()).contains("s9");
      assertThat(e.quote()).isEmpty();
      assertThat(e.date()).isEmpty();
    });
    assertThat(t.actors()).extracting(TrackedActor::id).contains("ghost", "freedonia", "club");
  }

  private static TrackedPosition position(TrackedBid b, String actor, Stance stance) {
    return b.positions().stream().filter(p -> p.actor().equals(actor) && p.stance() == stance)
        .findFirst().orElseThrow(() -> new AssertionError(actor + " " + stance + " in " + holders(b)));
  }
}
