package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.statement.StatementAttributorTest.said;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.statement.StatementAttributorTest.Said;
import org.wiretext.model.Article;
import org.wiretext.model.StatementKind;

class ContentAndSubjectBoundsTest {

  @Test
  void reportedContentEndsBeforeASecondCueJoinedByBut() {
    assertThat(said("Her aides say it is too early to discuss a run but noted that she won twice."))
        .extracting(Said::text)
        .contains("it is too early to discuss a run", "she won twice");
  }

  @Test
  void reportedContentEndsAtAQuotationClosedByACommaBeforeAnAdjunct() {
    assertThat(said("Only 40 percent of growers agreed that the levy was \"fair to all,\" while "
        + "52 percent said the same of the fees."))
        .extracting(Said::text).containsExactly("the levy was \"fair to all,\"", "the same of the fees");
  }

  @Test
  void aQuotationTheWriterCarriesOnIsAFragmentOfMixedSpeech() {
    assertThat(said("\"You pushed the pilots to the limit\" to lift the share price, she said, "
        + "pointing at the chart."))
        .containsExactly(new Said(StatementKind.MIXED, null, "said",
            "\"You pushed the pilots to the limit\" to lift the share price"));
    assertThat(said("\"The dock is ours,\" said Ida Berg. \"We pay for it and we will not sell it\" "
        + "to the first bidder."))
        .extracting(Said::kind, Said::speaker, Said::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StatementKind.DIRECT, "Ida Berg", "The dock is ours"),
            org.assertj.core.groups.Tuple.tuple(StatementKind.MIXED, "Ida Berg",
                "\"We pay for it and we will not sell it\" to the first bidder"));
  }

  @Test
  void reportedContentEndsAtASemicolon() {
    assertThat(said("Lawmakers said the timing was not planned; they only learned of it on Friday."))
        .extracting(Said::text).containsExactly("the timing was not planned");
  }

  @Test
  void aSubjectWithACoordinationInItIsTheWholeNounPhrase() {
    assertThat(said("Experts on trade and tariffs said the vote could change that."))
        .containsExactly(new Said(StatementKind.INDIRECT, "Experts on trade and tariffs", "said",
            "the vote could change that"));
  }

  @Test
  void aRelativeClauseEndingInATimePhraseStaysWithItsSubject() {
    assertThat(said("Derek Mallory, who served as ambassador from 2012 until earlier this year, "
        + "said the talks had failed."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Derek Mallory", "the talks had failed"));
  }

  @Test
  void aNameFollowedByAVerbAfterTheCueIsReportedContentNotTheSpeaker() {
    assertThat(said("Paul Vance, who ran the agency until last year, said Maria Costa called him twice."))
        .extracting(Said::speaker).containsExactly("Paul Vance");
  }

  @Test
  void anAttributionInTheMiddleBeforeUntilKeepsTheWholeSentenceAsContent() {
    assertThat(said("The mill was the town's pride, Lars Ek said, until it closed in 1998."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Lars Ek",
            "The mill was the town's pride, Lars Ek said, until it closed in 1998"));
  }

  @Test
  void anAttributionInTheMiddleBeforeSinceKeepsTheWholeSentenceAsContent() {
    assertThat(said("The levy has hurt the party with farmers, Ida Wren said, since most of them "
        + "pay it twice."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ida Wren",
            "The levy has hurt the party with farmers, Ida Wren said, since most of them pay it twice"));
  }

  @Test
  void aConcessionAfterACommaIsNoPartOfWhatWasSaid() {
    assertThat(said("Ida Wren said the ferry would run all winter, though she noted the harbour "
        + "may freeze."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ida Wren", "the ferry would run all winter"),
            org.assertj.core.groups.Tuple.tuple("Ida Wren", "the harbour may freeze"));
    assertThat(said("Ida Wren claimed that the ferry was safe, although she again refused to "
        + "publish the report."))
        .extracting(Said::text).containsExactly("the ferry was safe");
    assertThat(said("The ferry will run all winter, Ida Wren said, though she gave no timetable."))
        .extracting(Said::text).containsExactly("The ferry will run all winter");
  }

  @Test
  void anInfinitiveAfterTheAddresseeIsTheContentEvenWithAThatInIt() {
    assertThat(said("Ida Wren warned the port authority to refrain from steps that would "
        + "worsen the strike."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ida Wren",
            "to refrain from steps that would worsen the strike"));
  }

  @Test
  void aLeadingAdjunctWithACoordinationInItIsNoPartOfWhatWasSaid() {
    assertThat(said("During her eight and a half years as mayor, Ida Wren said, the harbour "
        + "doubled its trade."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ida Wren", "the harbour doubled its trade"));
  }

  @Test
  void aQuotedFragmentEndingWithACommaBeforeATrailingCueIsMixedSpeech() {
    assertThat(said("The answers to the housing crisis are \"not meeting the need,\" says Ida Wren, "
        + "founder of the Tenants League. \"We are losing a street a month.\""))
        .extracting(Said::speaker, Said::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ida Wren",
                "The answers to the housing crisis are \"not meeting the need,\""),
            org.assertj.core.groups.Tuple.tuple("Ida Wren", "We are losing a street a month."));
  }

  @Test
  void aPassiveCueAfterALeadingClauseIsNoReport() {
    assertThat(said("Although the councils have joined forces since 2019, they have often "
        + "been criticized for being slow.")).isEmpty();
  }

  @Test
  void aLeadingAdjunctWithAnAdverbInItIsNoPartOfWhatWasSaid() {
    assertThat(said("In a widely shared essay the week before the vote, two Harbour Party "
        + "strategists implored the mayor to resign."))
        .extracting(Said::text).containsExactly("to resign");
  }

  @Test
  void aThousandsSeparatorIsNoClauseComma() {
    assertThat(said("Ida Wren said some 2,500 ferry passengers are expected to testify at the inquiry."))
        .extracting(Said::speaker, Said::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ida Wren",
            "some 2,500 ferry passengers are expected to testify at the inquiry"));
  }

  @Test
  void aNumberWithASlashIsOneWordOfTheSpeakersPhrase() {
    assertThat(said("\"The law will not bring them back,\" said 9/11 widow Ida Wren."))
        .extracting(Said::speaker).containsExactly("Ida Wren");
  }

  @Test
  void theDotOfAnInitialismBeforeALowerCaseWordIsNoPartOfWhatWasSaid() {
    assertThat(said("Ida Wren told the I.R.S. nothing it did not already know."))
        .extracting(Said::text).noneMatch(t -> t.startsWith("."));
  }

  @Test
  void aClauseOfTimeAfterATrailingAttributionIsNotWhatWasSaid() {
    assertThat(said("The new levy is an insult to every grower in the valley, senior farm officials "
        + "said Friday afternoon, as they waited outside the hall for the result of the long and "
        + "bitterly fought vote on the water rights."))
        .containsExactly(new Said(StatementKind.INDIRECT, "senior farm officials", "said",
            "The new levy is an insult to every grower in the valley"));
  }

  @Test
  void aTimeAdjunctFollowedByAClauseOfTimeReportsNothing() {
    assertThat(said("Farm officials said Friday, as they waited outside the hall for the vote."))
        .isEmpty();
    assertThat(said("Farm officials said Friday the vote would be close."))
        .extracting(Said::text).containsExactly("the vote would be close");
  }

  @Test
  void reportedContentEndsWhereTheWriterGoesOnAboutTheSpeakerAfterBut() {
    assertThat(said("The harbour master has said about a dozen firms have bid for the lease, but he "
        + "declines to name any of them."))
        .extracting(Said::text).containsExactly("about a dozen firms have bid for the lease");
    assertThat(said("Ida Berg says she hopes to win the seat, but she knows that the race is close."))
        .extracting(Said::text)
        .containsExactly("she hopes to win the seat, but she knows that the race is close");
  }

  @Test
  void aQuotationAfterAnInfinitiveCueIsPartOfTheReportAroundIt() {
    assertThat(said("Over her six years on the council, Ms. Berg said, most residents have come to "
        + "believe \"that the harbour is worth saving.\""))
        .extracting(Said::kind, Said::speaker)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(StatementKind.MIXED, "Berg"));
  }

  @Test
  void aTimePhraseBeforeTheNameIsNotPartOfTheSubject() {
    assertThat(ParsedStatements.said("Harbour", "Harbour chief Ida Berg spoke on Thursday.\n\n"
        + "For months Berg said she would stay until the council chose a successor.\n\n"
        + "In May Berg said the lease was fair."))
        .containsExactly("Ida Berg | said | she would stay until the council chose a successor",
            "Ida Berg | said | the lease was fair");
  }

  @Test
  void aSubjectPronounAfterTheAddresseeStartsWhatWasToldWithoutThat() {
    assertThat(ParsedStatements.said("Harbour", "Harbour chief Ida Berg told reporters she would not "
        + "sign the lease 'under any circumstances'."))
        .containsExactly("Ida Berg | told | she would not sign the lease 'under any circumstances'");
    assertThat(ParsedStatements.said("Harbour", "Harbour chief Ida Berg will not tell the council "
        + "anything it does not already know."))
        .noneMatch(said -> said.endsWith("| it does not already know")); // a relative clause
  }

  @Test
  void aChannelAdjunctBeforeAClauseWithoutThatIsSkipped() {
    Article a = ParsedStatements.parse("Harbour", "Harbour chief Ida Berg said in a televised "
        + "interview on Monday she would run again.");
    assertThat(a.statements()).singleElement().satisfies(s -> {
      assertThat(s.text()).isEqualTo("she would run again");
      assertThat(s.channel()).contains("interview");
    });
  }
}
