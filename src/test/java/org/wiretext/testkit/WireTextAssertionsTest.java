package org.wiretext.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wiretext.model.ActorKind.ORGANIZATION;
import static org.wiretext.model.ActorKind.PERSON;
import static org.wiretext.model.ActorKind.STATE;
import static org.wiretext.model.BidStage.APPLIED;
import static org.wiretext.model.BidStage.ASPIRANT;
import static org.wiretext.model.Stance.OPPOSES;
import static org.wiretext.model.Stance.SUPPORTS;
import static org.wiretext.model.StatementKind.DIRECT;
import static org.wiretext.model.StatementKind.INDIRECT;
import static org.wiretext.testkit.WireTextAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.Span;

class WireTextAssertionsTest {

  // Invented news, in the style of a wire story.
  private static final Article STORY = Fixtures.articleFixture(
          "Freedonia applies to join the Northern Alliance",
          "Foreign Minister Ana Costa said Freedonia was \"ready to carry its share\" of the common defence.",
          "\"We will not be a free rider,\" Costa told reporters, adding that the application had gone to the Alliance.",
          "Sylvanian President Rufus Firefly said the bid was premature.")
      .actor("Ana Costa", PERSON, "Costa")
      .actor("Freedonia", STATE)
      .actor("Northern Alliance", ORGANIZATION, "the Alliance")
      .actor("Rufus Firefly", PERSON)
      .statement("Ana Costa", INDIRECT, "Freedonia was \"ready to carry its share\" of the common defence")
      .statement("Costa", DIRECT, "We will not be a free rider,")
      .statement("Rufus Firefly", INDIRECT, "the bid was premature")
      .bid("Freedonia", "Northern Alliance", APPLIED)
      .position("Ana Costa", SUPPORTS)
      .position("Rufus Firefly", OPPOSES)
      .build();

  @Test
  void aStatementIsFoundByItsSpeakersNameOrAliasIgnoringCase() {
    assertThat(STORY).hasStatementBy("Ana Costa").withKind(DIRECT).quoting("free rider");
    assertThat(STORY).hasStatementBy("costa").withKind(INDIRECT).quoting("share");
    assertThat(STORY).hasStatementBy("Ana Costa").hasCount(2);
  }

  @Test
  void aMissingSpeakerFailsListingTheActorsAndStatementsFound() {
    assertThatThrownBy(() -> assertThat(STORY).hasStatementBy("Piet Maas"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no actor is named or aliased \"Piet Maas\"")
        .hasMessageContaining("Rufus Firefly PERSON")
        .hasMessageContaining("s3 INDIRECT by Rufus Firefly: \"the bid was premature\"");
  }

  @Test
  void anActorWhoSaidNothingFailsListingWhatWasSaidAndByWhom() {
    assertThatThrownBy(() -> assertThat(STORY).hasStatementBy("Freedonia"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a statement by Freedonia but found none")
        .hasMessageContaining("s2 DIRECT by Ana Costa: \"We will not be a free rider,\"");
  }

  @Test
  void aStatementOfTheWrongKindFailsListingTheSpeakersStatements() {
    assertThatThrownBy(() -> assertThat(STORY).hasStatementBy("Rufus Firefly").withKind(DIRECT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a statement by Rufus Firefly of kind DIRECT but found none")
        .hasMessageContaining("s3 INDIRECT by Rufus Firefly");
  }

  @Test
  void quotingNarrowsAfterKindAndFailsWhenTheWordsAreNotSaid() {
    assertThatThrownBy(() -> assertThat(STORY).hasStatementBy("Ana Costa").withKind(DIRECT)
            .quoting("common defence"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("statement by Ana Costa of kind DIRECT quoting \"common defence\"")
        .hasMessageContaining("s2 DIRECT by Ana Costa")
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("s1 "));
  }

  @Test
  void aStatementIsFoundByItsWordsWhoeverSaidThem() {
    assertThat(STORY).hasStatementQuoting("premature").hasCount(1);
    assertThatThrownBy(() -> assertThat(STORY).hasStatementQuoting("veto"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("quoting \"veto\"")
        .hasMessageContaining("s1 INDIRECT by Ana Costa");
  }

  @Test
  void theCueAndTheNumberOfStatementsCanBeChecked() {
    assertThat(STORY).hasStatementCount(3).hasStatementBy("Costa").withCue("SAID");
    assertThatThrownBy(() -> assertThat(STORY).hasStatementCount(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting 2 statements but found 3");
  }

  @Test
  void aBidIsFoundByTheNamesOrAliasesOfApplicantAndOrganisation() {
    assertThat(STORY).hasBid("Freedonia", "the alliance")
        .withStage(APPLIED)
        .withPosition("Costa", SUPPORTS)
        .withPosition("Rufus Firefly", OPPOSES);
    assertThat(STORY).hasBidCount(1);
  }

  @Test
  void aBidAtAnotherStageFailsShowingTheBidsFound() {
    assertThatThrownBy(() -> assertThat(STORY).hasBid("Freedonia", "Northern Alliance").withStage(ASPIRANT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("bid of Freedonia to join Northern Alliance at stage ASPIRANT")
        .hasMessageContaining("b1 Freedonia -> Northern Alliance APPLIED positions=[Ana Costa SUPPORTS, Rufus Firefly OPPOSES]");
  }

  @Test
  void aPositionNotTakenFailsShowingThePositionsFound() {
    assertThatThrownBy(() -> assertThat(STORY).hasBid("Freedonia", "Northern Alliance")
            .withPosition("Rufus Firefly", SUPPORTS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("where Rufus Firefly SUPPORTS")
        .hasMessageContaining("Rufus Firefly OPPOSES");
  }

  @Test
  void aBidTheArticleDoesNotReportFailsListingTheBids() {
    assertThatThrownBy(() -> assertThat(STORY).hasBid("Rufus Firefly", "Northern Alliance"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a bid of Rufus Firefly to join Northern Alliance but found none")
        .hasMessageContaining("b1 Freedonia -> Northern Alliance");
  }

  @Test
  void anActorIsFoundByNameOrAliasWithItsKindAndAliases() {
    assertThat(STORY).hasActor("the alliance").ofKind(ORGANIZATION).withAlias("The Alliance");
    assertThat(STORY).hasActor("NORTHERN ALLIANCE").ofKind(ORGANIZATION).and().hasNoActor("Piet Maas");
  }

  @Test
  void anActorOfAnotherKindFailsShowingWhatItIs() {
    assertThatThrownBy(() -> assertThat(STORY).hasActor("Freedonia").ofKind(ORGANIZATION))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("actor named Freedonia of kind ORGANIZATION")
        .hasMessageContaining("Freedonia STATE id=freedonia");
    assertThatThrownBy(() -> assertThat(STORY).hasActor("Piet Maas"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting an actor named or aliased \"Piet Maas\"")
        .hasMessageContaining("Ana Costa PERSON id=ana-costa aliases=[Costa]");
    assertThatThrownBy(() -> assertThat(STORY).hasNoActor("costa"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no actor named or aliased \"costa\"");
  }

  @Test
  void titlesAndAffiliationsAreCheckedIgnoringCase() {
    Article article = Fixtures.articleFixture(null, "Foreign Minister Ana Costa spoke.")
        .actor(Actor.builder().from(Fixtures.person("Ana Costa")).addTitles("Foreign Minister")
            .addAffiliations("Freedonia").build())
        .build();
    assertThat(article).hasActor("Ana Costa").withTitle("foreign minister").withAffiliation("FREEDONIA");
    assertThatThrownBy(() -> assertThat(article).hasActor("Ana Costa").withTitle("President"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("titles=[Foreign Minister]");
  }

  @Test
  void headlineParagraphsAndWarningsAreChecked() {
    assertThat(STORY)
        .hasHeadline("Freedonia applies to join the Northern Alliance")
        .hasParagraphCount(3)
        .hasNoWarnings()
        .hasConsistentSpans();
    assertThatThrownBy(() -> assertThat(STORY).hasHeadline("Freedonia joins"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting headline \"Freedonia joins\" but was \"Freedonia applies to join the Northern Alliance\"");
    assertThatThrownBy(() -> assertThat(STORY).hasParagraphCount(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting 2 paragraphs but found 3")
        .hasMessageContaining("\"Sylvanian President Rufus Firefly said the bid was premature.\"");
    assertThatThrownBy(() -> assertThat(STORY).hasNoHeadline())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no headline");
  }

  @Test
  void warningsAreListedWhenNoneWereExpected() {
    Article warned = Fixtures.articleFixture("Headline", "Body.").warning("unbalanced quotation mark at 12").build();
    assertThat(warned).hasWarningContaining("unbalanced");
    assertThatThrownBy(() -> assertThat(warned).hasNoWarnings())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no warnings but found 1")
        .hasMessageContaining("unbalanced quotation mark at 12");
  }

  @Test
  void aSpanThatDoesNotCutItsTextOutOfTheArticleFails() {
    Article shifted = Article.builder().from(STORY).paragraphs(java.util.List.of(Span.of("Freedonia", 1, 10))).build();
    assertThatThrownBy(() -> assertThat(shifted).hasConsistentSpans())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Span [1, 10) \"Freedonia\"");
  }

  @Test
  void aDescriptionSetOnTheArticleCarriesIntoNarrowedAssertions() {
    assertThatThrownBy(() -> assertThat(STORY).as("story %d", 7).hasStatementBy("Costa").withKind(DIRECT)
            .quoting("veto"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[story 7]");
  }

  @Test
  void aNullArticleFailsAsAssertJDoes() {
    assertThatThrownBy(() -> assertThat((Article) null).hasParagraphCount(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void narrowedAssertionsGiveTheMatchingValues() {
    org.assertj.core.api.Assertions.assertThat(
        assertThat(STORY).hasStatementBy("Costa").withKind(DIRECT).statement().id()).isEqualTo("s2");
    org.assertj.core.api.Assertions.assertThat(
        assertThat(STORY).hasActor("the Alliance").actor().id()).isEqualTo("northern-alliance");
    org.assertj.core.api.Assertions.assertThat(
        assertThat(STORY).hasBid("Freedonia", "Northern Alliance").bid().id()).isEqualTo("b1");
  }
}
