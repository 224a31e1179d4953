package org.wiretext.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.WireTextJson;
import org.wiretext.model.Actor;
import org.wiretext.model.ActorKind;
import org.wiretext.model.Article;
import org.wiretext.model.BidStage;
import org.wiretext.model.Format;
import org.wiretext.model.Mention;
import org.wiretext.model.RegionKind;
import org.wiretext.model.RuleKind;
import org.wiretext.model.Span;
import org.wiretext.model.Stance;
import org.wiretext.model.Statement;
import org.wiretext.model.StatementKind;

class FixturesTest {

  @Test
  void anArticleIsItsHeadlineAndParagraphsSeparatedByBlankLinesWithSpansComputed() {
    Article article = Fixtures.article("Freedonia applies", "Freedonia applied on Monday.", "Talks begin in June.");

    assertThat(article.text()).isEqualTo("Freedonia applies\n\nFreedonia applied on Monday.\n\nTalks begin in June.");
    assertThat(article.headline()).contains("Freedonia applies");
    assertThat(article.paragraphs()).containsExactly(
        Span.of("Freedonia applied on Monday.", 19, 47), Span.of("Talks begin in June.", 49, 69));
    assertThat(article.regions()).singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo(RegionKind.HEADLINE))
        .satisfies(r -> assertThat(r.end()).isEqualTo(17));
    assertThat(article.id()).isEqualTo(Fixtures.ARTICLE_ID);
    assertThat(article.format()).isEqualTo(Format.PLAIN);
    assertThat(article.language()).isEqualTo("en");
    WireTextAssertions.assertThat(article).hasConsistentSpans().hasNoWarnings();
  }

  @Test
  void anArticleWithoutHeadlineStartsWithItsFirstParagraph() {
    Article article = Fixtures.article(null, "Only one paragraph.");
    assertThat(article.text()).isEqualTo("Only one paragraph.");
    assertThat(article.headline()).isEmpty();
    assertThat(article.regions()).isEmpty();
    assertThat(article.paragraphs()).containsExactly(Span.of("Only one paragraph.", 0, 19));
  }

  @Test
  void actorsGetIdsFromTheirNamesAndTheKindTheirFactoryNames() {
    assertThat(Fixtures.person("Ana Costa")).satisfies(a -> {
      assertThat(a.id()).isEqualTo("ana-costa");
      assertThat(a.kind()).isEqualTo(ActorKind.PERSON);
      assertThat(a.mentions()).isEmpty();
    });
    assertThat(Fixtures.organization("Northern Alliance").kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(Fixtures.state("Freedonia").kind()).isEqualTo(ActorKind.STATE);
    assertThat(Fixtures.group("senior officials").kind()).isEqualTo(ActorKind.GROUP);
    assertThat(Fixtures.idOf("  Jean-Luc  O'Neill ")).isEqualTo("jean-luc-o-neill");
    assertThat(Fixtures.idOf("Ödön Åberg")).isEqualTo("ödön-åberg");
    assertThat(Fixtures.idOf("--")).isEqualTo("actor");
  }

  @Test
  void everyStandaloneFixtureIsAValidModelValue() {
    Actor ana = Fixtures.person("Ana Costa");
    Actor alliance = Fixtures.organization("Northern Alliance");
    Statement said = Fixtures.statement(ana, "We are ready.");
    assertThat(said.speaker()).contains("ana-costa");
    assertThat(said.kind()).isEqualTo(StatementKind.DIRECT);
    assertThat(said.end()).isEqualTo("We are ready.".length());
    assertThat(Fixtures.statement("Unattributed words.").speaker()).isEmpty();
    assertThat(Fixtures.statement(ana, StatementKind.MIXED, "a fragment").kind()).isEqualTo(StatementKind.MIXED);
    assertThat(Fixtures.span("Ana said no.", "said")).isEqualTo(Span.of("said", 4, 8));
    assertThat(Fixtures.mention("Ana said no.", "Ana")).isEqualTo(Mention.of("Ana", 0, 3));
    assertThat(Fixtures.region(RegionKind.CREDIT, "x (Wire) -", "(Wire)").start()).isEqualTo(2);
    assertThat(Fixtures.dateline("VALDORA").text()).isEqualTo("VALDORA -");
    assertThat(Fixtures.position(ana, Stance.SUPPORTS).actor()).isEqualTo("ana-costa");
    assertThat(Fixtures.decisionRule(RuleKind.CONSENSUS).members()).isEmpty();
    assertThat(Fixtures.milestone("applied in March").end()).isEqualTo(16);
    assertThat(Fixtures.bid(Fixtures.state("Freedonia"), alliance, BidStage.ASPIRANT).organization())
        .isEqualTo("northern-alliance");
  }

  @Test
  void aPartThatIsNotInTheTextIsRefusedNamingIt() {
    assertThatThrownBy(() -> Fixtures.span("Ana said no.", "yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"yes\" is not in the text");
  }

  @Test
  void anArticleFixtureFindsMentionsOfNamesAndAliasesButNotAnAliasInsideTheName() {
    Article article = Fixtures.articleFixture("Costa in Valdora", "Ana Costa arrived. Costa spoke.")
        .actor("Ana Costa", ActorKind.PERSON, "Costa")
        .build();
    assertThat(article.actors().get(0).mentions()).extracting(Mention::text, Mention::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Costa", 0),
            org.assertj.core.groups.Tuple.tuple("Ana Costa", 18),
            org.assertj.core.groups.Tuple.tuple("Costa", 37));
    WireTextAssertions.assertThat(article).hasConsistentSpans();
  }

  @Test
  void anArticleFixtureNumbersStatementsAndBidsAndTakesEvidenceFromTheSpeakersStatements() {
    Article article = Fixtures.articleFixture("Freedonia applies",
            "Ana Costa said \"we are ready\" to join the Northern Alliance.")
        .id("a-7").format(Format.NITF).language("pt")
        .actor(Fixtures.person("Ana Costa")).actor(Fixtures.state("Freedonia"))
        .actor(Fixtures.organization("Northern Alliance"))
        .statement("ana costa", StatementKind.DIRECT, "we are ready")
        .bid("Freedonia", "Northern Alliance", BidStage.ASPIRANT).position("Ana Costa", Stance.SUPPORTS)
        .build();

    assertThat(article.id()).isEqualTo("a-7");
    assertThat(article.format()).isEqualTo(Format.NITF);
    assertThat(article.language()).isEqualTo("pt");
    Statement s = article.statements().get(0);
    assertThat(s.id()).isEqualTo("s1");
    assertThat(article.text().substring(s.start(), s.end())).isEqualTo("we are ready");
    assertThat(article.bids().get(0).id()).isEqualTo("b1");
    assertThat(article.bids().get(0).positions().get(0).evidence()).containsExactly("s1");
    assertThat(WireTextJson.read(WireTextJson.write(article))).isEqualTo(article);
  }

  @Test
  void anArticleFixtureRefusesUnknownActorsAndPositionsWithoutABid() {
    ArticleFixture fixture = Fixtures.articleFixture("H", "Ana Costa spoke.").actor(Fixtures.person("Ana Costa"));
    assertThatThrownBy(() -> fixture.statement("Piet Maas", StatementKind.DIRECT, "spoke"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no actor named \"Piet Maas\" was added; actors: [Ana Costa]");
    assertThatThrownBy(() -> fixture.position("Ana Costa", Stance.SUPPORTS))
        .isInstanceOf(IllegalStateException.class);
    assertThat(fixture.text()).isEqualTo("H\n\nAna Costa spoke.");
    assertThat(List.of(fixture.build().paragraphs().get(0).start())).containsExactly(3);
  }
}
