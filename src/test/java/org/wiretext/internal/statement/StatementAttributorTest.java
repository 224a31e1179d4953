package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;
import org.wiretext.model.StatementKind;

class StatementAttributorTest {

  /** What one statement came to, in words, for readable assertions. */
  record Said(StatementKind kind, String speaker, String cue, String text) {}

  static Layout layout(String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    List<TextRange> ranges = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      ranges.add(new TextRange(at, at + p.length()));
      at += p.length() + 2;
    }
    return new Layout(SourceText.of(text), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ranges, List.of(), List.of());
  }

  static List<Said> said(Attribution a, Layout layout) {
    return a.statements().stream().map(s -> new Said(s.kind(),
        s.speaker().flatMap(k -> a.actors().get(k)).map(ActorTable.ActorRecord::name).orElse(null),
        s.cue().orElse(null), layout.source().slice(s.range()))).toList();
  }

  static List<Said> said(String... paragraphs) {
    Layout layout = layout(paragraphs);
    return said(new StatementAttributor().attribute(layout, ActorTable.empty()), layout);
  }

  @Test
  void aQuotationFollowedBySpeakerAndCueIsDirectSpeech() {
    assertThat(said("\"The border will stay open,\" Maria Lind said."))
        .containsExactly(new Said(StatementKind.DIRECT, "Maria Lind", "said", "The border will stay open"));
  }

  @Test
  void aShortQuotedFragmentInsideAClauseIsNotADirectQuotation() {
    assertThat(said("The mayor called the budget \"a small miracle\" on Tuesday, Olga Brandt said."))
        .extracting(Said::kind).doesNotContain(StatementKind.DIRECT);
  }

  @Test
  void aTitleWordAfterAnHonorificIsTheSpeakersSurname() {
    assertThat(said("Mr. Bishop said that the station would stay open."))
        .extracting(Said::speaker).containsExactly("Bishop");
  }

  @Test
  void aBracketedPartyAndStateBelongToTheSpeakerBeforeTheCue() {
    assertThat(said("Rep. Ann Holt (D-Ore.), the ranking member, said the money would be wasted."))
        .containsExactly(new Said(StatementKind.INDIRECT, "Ann Holt", "said", "the money would be wasted"));
  }

  @Test
  void aPlaceAfterFromIsNotTakenForTheSpeakersName() {
    assertThat(said("A former senator from Vermont said the vote was rigged."))
        .extracting(Said::speaker).doesNotContain("Vermont");
  }

  @Test
  void aSourceAskingNotToBeIdentifiedIsNotReportedSpeech() {
    assertThat(said("The aide, who asked not to be identified, said the talks had stalled."))
        .extracting(Said::cue).doesNotContain("asked");
  }

  @Test
  void unnamedSourcesOpeningTheSentenceAreAGroupNotAPlace() {
    assertThat(said("Officials in Lisbon said the pumps had failed twice."))
        .extracting(Said::speaker).containsExactly("Officials in Lisbon");
  }

  @Test
  void anOpeningPrepositionalPhraseIsNotTheContentOfAMiddleAttribution() {
    assertThat(said("Under the new rules, Anna Berg said, farmers will pay less for water."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Berg", "farmers will pay less for water"));
  }

  @Test
  void theDefiniteSourceNounIsTheUnnamedSourceNamedBefore() {
    List<Said> s = said("A senior party strategist said the campaign was out of money.",
        "The strategist said donors had stopped calling.");
    assertThat(s).extracting(Said::speaker).containsExactly("senior party strategist", "senior party strategist");
  }

  @Test
  void aQuotationFollowedByCueAndSpeakerIsDirectSpeech() {
    assertThat(said("\"We will not pay for this wall,\" said Jonas Varga, the finance minister."))
        .extracting(Said::speaker, Said::cue).containsExactly(org.assertj.core.groups.Tuple.tuple("Jonas Varga", "said"));
  }

  @Test
  void aColonAttributionIntroducesTheQuotation() {
    assertThat(said("Prime Minister Eva Holm told reporters: \"Our answer is yes.\""))
        .containsExactly(new Said(StatementKind.DIRECT, "Eva Holm", "told", "Our answer is yes."));
  }

  @Test
  void aQuotationInterruptedByItsAttributionIsTwoStatementsOfOneSpeaker() {
    assertThat(said("\"We tried,\" Anna Berg said, \"and we will try again.\""))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Berg", "We tried"),
            org.assertj.core.groups.Tuple.tuple("Anna Berg", "and we will try again."));
  }

  @Test
  void theLetterReadsTakesTheLettersAuthorAsSpeaker() {
    List<Said> s = said(
        "In a letter to the chancellor, Senator Paul Weir said that the union must act.",
        "\"Time is short. \"We urge you to act now,\" the letter reads.");
    assertThat(s).extracting(Said::speaker).containsOnly("Paul Weir");
    assertThat(s.get(1)).isEqualTo(new Said(StatementKind.DIRECT, "Paul Weir", "the letter reads",
        "Time is short. \"We urge you to act now"));
  }

  @Test
  void aQuotationParagraphWithoutAttributionContinuesThePreviousSpeaker() {
    List<Said> s = said("\"Nothing is decided yet,\" said Ida Moss.",
        "\"All members must agree, and that takes time.\"");
    assertThat(s.get(1)).isEqualTo(new Said(StatementKind.DIRECT, "Ida Moss", "said",
        "All members must agree, and that takes time."));
  }

  @Test
  void scareQuotesAroundATermAreNotStatements() {
    assertThat(said("The country joined the \"Eastern Partnership\" programme in 2009.")).isEmpty();
  }

  @Test
  void aQuotedFragmentInsideReportedSpeechMakesItMixed() {
    assertThat(said("Foreign Minister Tomas Rey said the plan was \"a serious mistake\"."))
        .containsExactly(new Said(StatementKind.MIXED, "Tomas Rey", "said", "the plan was \"a serious mistake\""));
  }

  @Test
  void reportedSpeechWithThatLosesSpeakerCueAndThat() {
    assertThat(said("Defence Minister Carl Aho has repeatedly stressed that the alliance is ready."))
        .containsExactly(new Said(StatementKind.INDIRECT, "Carl Aho", "has repeatedly stressed",
            "the alliance is ready"));
  }

  @Test
  void aTrailingAttributionGivesTheClauseBeforeIt() {
    assertThat(said("The summit will be postponed until March, two senior officials said."))
        .containsExactly(new Said(StatementKind.INDIRECT, "two senior officials", "said",
            "The summit will be postponed until March"));
  }

  @Test
  void accordingToNamesTheSourceOfTheClause() {
    assertThat(said("According to the Council of Europe, the reform cuts waiting times."))
        .containsExactly(new Said(StatementKind.INDIRECT, "Council of Europe", "According to",
            "the reform cuts waiting times"));
  }

  @Test
  void askingAnAddresseeForSomethingRecordsTheAddressee() {
    Layout layout = layout("Senator Paul Weir has asked the head of the commission, Ina Roth, for Moldova to join.");
    Attribution a = new StatementAttributor().attribute(layout, ActorTable.empty());
    assertThat(said(a, layout)).containsExactly(new Said(StatementKind.INDIRECT, "Paul Weir", "has asked",
        "for Moldova to join"));
    assertThat(a.statements().get(0).addressees()).extracting(k -> a.actors().get(k).orElseThrow().name())
        .containsExactly("Ina Roth");
  }

  @Test
  void aChannelIsReadFromTheAttribution() {
    Layout layout = layout("Envoy Rita Olsen said in an interview with a local radio that the talks had stalled.");
    Attribution a = new StatementAttributor().attribute(layout, ActorTable.empty());
    assertThat(a.statements()).singleElement()
        .satisfies(s -> assertThat(s.channel()).contains("interview"));
  }

  @Test
  void aPronounSpeakerBecomesAMentionOfTheNearestPersonBeforeIt() {
    Layout layout = layout("Minister Lena Dahl visited the base on Friday.",
        "\"We are not afraid,\" she said.");
    String text = layout.source().original();
    ActorTable.Builder b = ActorTable.builder();
    String dahl = b.add("Lena Dahl", ActorKind.PERSON);
    int at = text.indexOf("Lena Dahl");
    b.addMention(dahl, new TextRange(at, at + 9), false);
    Attribution a = new StatementAttributor().attribute(layout, b.build());
    assertThat(a.statements()).singleElement().satisfies(s -> assertThat(s.speaker()).contains(dahl));
    int she = text.indexOf("she");
    assertThat(a.actors().get(dahl).orElseThrow().mentions())
        .anySatisfy(m -> assertThat(m.range()).isEqualTo(new TextRange(she, she + 3)));
  }

  @Test
  void anActorOfTheTableIsTheSpeakerWhenItsMentionIsInTheSpeakerPhrase() {
    Layout layout = layout("The Kremlin has said that it will respond.");
    String text = layout.source().original();
    ActorTable.Builder b = ActorTable.builder();
    String kremlin = b.add("Kremlin", ActorKind.ORGANIZATION);
    int at = text.indexOf("Kremlin");
    b.addMention(kremlin, new TextRange(at, at + 7), false);
    Attribution a = new StatementAttributor().attribute(layout, b.build());
    assertThat(a.statements()).singleElement().satisfies(s -> assertThat(s.speaker()).contains(kremlin));
  }

  @Test
  void anUnnamedSourceBecomesAGroupActor() {
    Layout layout = layout("A NATO spokesman said the exercise would go ahead.");
    Attribution a = new StatementAttributor().attribute(layout, ActorTable.empty());
    assertThat(a.actors().actors()).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("NATO spokesman");
      assertThat(r.kind()).isEqualTo(ActorKind.GROUP);
    });
  }

  @Test
  void anUnbalancedMarkGivesAWarningAndNoException() {
    Layout layout = layout("\"We will win, she said.", "Others disagreed.");
    Attribution a = new StatementAttributor().attribute(layout, ActorTable.empty());
    assertThat(a.warnings()).extracting(w -> w.render()).containsExactly("unbalanced quotation mark at 0");
  }

  @Test
  void aDashAndANameAfterAQuotationAttributeIt() {
    assertThat(said("\"Prices keep rising and nobody listens.\" \u2014 Marta Ruiz"))
        .extracting(Said::speaker).containsExactly("Marta Ruiz");
  }

  @Test
  void aQuotationOpeningASentenceContinuesTheSpeakerBeforeIt() {
    List<Said> s = said("Governor Ada Price told reporters that the budget was safe. \"We have the money and we will spend it well.\"");
    assertThat(s).extracting(Said::kind, Said::speaker).containsExactly(
        org.assertj.core.groups.Tuple.tuple(StatementKind.INDIRECT, "Ada Price"),
        org.assertj.core.groups.Tuple.tuple(StatementKind.DIRECT, "Ada Price"));
  }

  @Test
  void aParticipleCitingSomethingIsNotReportedSpeech() {
    assertThat(said("Senator Ola Berg welcomed the vote, citing the report of the budget office."))
        .extracting(Said::cue).doesNotContain("citing");
  }

  @Test
  void theSpeakerMentionCoversItsAppositiveDescription() {
    Layout layout = layout("\"The plan will fail,\" said Tom Reed, an economist at the central bank.");
    Attribution a = new StatementAttributor().attribute(layout, ActorTable.empty());
    String text = layout.source().original();
    assertThat(a.statements()).singleElement().satisfies(st -> {
      var actor = a.actors().get(st.speaker().orElseThrow()).orElseThrow();
      assertThat(actor.name()).isEqualTo("Tom Reed");
      assertThat(actor.mentions()).anySatisfy(m -> assertThat(text.substring(m.range().start(), m.range().end()))
          .isEqualTo("Tom Reed, an economist at the central bank"));
    });
  }

  @Test
  void aRelativePronounSpeaksForTheNounPhraseBeforeIt() {
    Layout layout = layout("The deal was welcomed by Nora Vik, who said that the port would reopen soon.");
    Attribution a = new StatementAttributor().attribute(layout, ActorTable.empty());
    String text = layout.source().original();
    int who = text.indexOf("who");
    assertThat(a.statements()).singleElement().satisfies(st -> {
      var actor = a.actors().get(st.speaker().orElseThrow()).orElseThrow();
      assertThat(actor.name()).isEqualTo("Nora Vik");
      assertThat(actor.mentions()).anySatisfy(m -> assertThat(m.range()).isEqualTo(new TextRange(who, who + 3)));
    });
  }
}
