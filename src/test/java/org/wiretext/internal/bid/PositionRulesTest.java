package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wiretext.model.StatementKind;

class PositionRulesTest {

  /** "Name:STANCE" for every position of the only bid. */
  private static List<String> positions(BidFixture f) {
    List<BidDraft> bids = f.bids();
    assertThat(bids).isNotEmpty();
    return bids.get(0).positions().stream()
        .map(p -> f.attribution().actors().get(p.actor()).orElseThrow().name() + ":" + p.stance())
        .collect(Collectors.toList());
  }

  @Test
  void aStateThatWillVetoABidOpposesIt() {
    BidFixture f = BidFixture.text("Austria will veto Croatia's bid to join the Schengen area.")
        .state("Austria").state("Croatia").org("Schengen area");
    assertThat(positions(f)).containsExactly("Austria:OPPOSES");
  }

  @Test
  void aNegatedSupportIsOpposition() {
    BidFixture f = BidFixture.text("Spain will not support Kosovo's membership in the European Union.")
        .state("Spain").state("Kosovo").org("European Union");
    assertThat(positions(f)).containsExactly("Spain:OPPOSES");
  }

  @Test
  void coordinatedSubjectsAllHoldTheStance() {
    BidFixture f = BidFixture.text("Mr Major and the Dutch government have been the staunchest backers of Ukraine's application to join the EU.")
        .person("John Major", "Mr Major").org("Dutch government").state("Ukraine").org("European Union", "EU");
    assertThat(positions(f)).containsExactly("John Major:SUPPORTS", "Dutch government:SUPPORTS");
  }

  @Test
  void scepticismInAStateAfterTheBidIsOpposition() {
    BidFixture f = BidFixture.text("Ukraine's bid to join the EU was discussed. Poland favours an early start to talks, but there is scepticism in Austria.")
        .state("Ukraine").state("Poland").state("Austria").org("European Union", "EU");
    assertThat(positions(f)).containsExactly("Poland:SUPPORTS", "Austria:OPPOSES");
  }

  @Test
  void aPossessiveObjectionIsOpposition() {
    BidFixture f = BidFixture.text("No agreement was found on Albania's bid to join NATO, because of Italy's objections.")
        .state("Albania").state("Italy").org("NATO");
    assertThat(positions(f)).containsExactly("Italy:OPPOSES");
  }

  @Test
  void adviceToHelpAStateJoinIsTheSpeakersSupportNotTheAdvisedActors() {
    String text = "In a letter, Senator Reed said that Washington should help Moldova join NATO.";
    BidFixture f = BidFixture.text(text)
        .person("Jack Reed", "Senator Reed").state("United States", "Washington").state("Moldova").org("NATO")
        .statement(StatementKind.INDIRECT, "Washington should help Moldova join NATO", "Jack Reed");
    assertThat(positions(f)).containsExactly("Jack Reed:SUPPORTS");
    assertThat(f.bids().get(0).positions().get(0).evidence()).containsExactly(0);
  }

  @Test
  void theApplicantsOwnLeaderSupportsTheBid() {
    String text = "Moldova wants to join NATO.\n\nSandu has repeatedly said that NATO membership is a guarantee of peace.";
    BidFixture f = BidFixture.text(text)
        .state("Moldova").org("NATO").person("Maia Sandu", "Sandu").titled("Maia Sandu", "President of Moldova")
        .statement(StatementKind.INDIRECT, "NATO membership is a guarantee of peace", "Maia Sandu");
    assertThat(positions(f)).containsExactly("Maia Sandu:SUPPORTS");
  }

  @Test
  void aSpeakerWhoCannotAssessTheBidIsUndecided() {
    String text = "Moldova wants to join NATO. But Orban said he could not assess how likely it is for Moldova to become a member of NATO.";
    BidFixture f = BidFixture.text(text)
        .state("Moldova").org("NATO").person("Viktor Orban", "Orban")
        .statement(StatementKind.INDIRECT, "he could not assess how likely it is for Moldova to become a member of NATO", "Viktor Orban");
    assertThat(positions(f)).containsExactly("Viktor Orban:UNDECIDED");
  }

  @Test
  void anActorMerelyMentionedNearTheBidTakesNoPosition() {
    BidFixture f = BidFixture.text("Biden met the president of Moldova to discuss Moldova's bid to join NATO.")
        .person("Joe Biden", "Biden").state("Moldova").org("NATO");
    assertThat(positions(f)).isEmpty();
  }

  @Test
  void aSpeakerGladToSeeTheApplicantSupportsIt() {
    String text = "Moldova has applied to join the EU.\n\nThe EU was pleased to see Moldova on the reform path, Rutte said.";
    BidFixture f = BidFixture.text(text)
        .state("Moldova").org("European Union", "EU").person("Mark Rutte", "Rutte")
        .statement(StatementKind.INDIRECT, "The EU was pleased to see Moldova on the reform path", "Mark Rutte");
    assertThat(positions(f)).containsExactly("Mark Rutte:SUPPORTS");
  }

  @Test
  void aThirdPartysStanceReportedBySomeoneElseIsNotTheReportersStance() {
    String text = "Ukraine's application to join the EU was discussed. The minister said Hungary strongly opposed Ukraine's application.";
    BidFixture f = BidFixture.text(text)
        .state("Ukraine").state("Hungary").org("European Union", "EU").person("Anna Berg", "The minister")
        .statement(StatementKind.INDIRECT, "Hungary strongly opposed Ukraine's application", "Anna Berg");
    assertThat(positions(f)).containsExactly("Hungary:OPPOSES");
  }

  @Test
  void aStanceInsideTheQuotedPartOfMixedSpeechIsTheSpeakers() {
    String text = "Moldova's bid to join the Schengen area was discussed. The minister warned that 'Austria will veto its entry.'";
    BidFixture f = BidFixture.text(text)
        .state("Moldova").state("Austria").org("Schengen area").person("Karl Huber", "The minister")
        .statement(StatementKind.MIXED, "that 'Austria will veto its entry.'", "Karl Huber");
    assertThat(positions(f)).containsExactly("Austria:OPPOSES", "Karl Huber:OPPOSES");
  }

  @Test
  void anActorThatRuledOutTheBidOpposesIt() {
    BidFixture f = BidFixture.text("Moldova applied to join the EU in March. The Dutch government has ruled out Moldova's membership for now.")
        .state("Moldova").org("European Union", "EU").org("Dutch government");
    assertThat(positions(f)).containsExactly("Dutch government:OPPOSES");
  }

  @Test
  void anActorThatLiftedItsObjectionsSupportsTheBid() {
    BidFixture f = BidFixture.text("Hungary lifted its objections to Sweden's bid to join NATO on Monday.")
        .state("Hungary", "its").state("Sweden").org("NATO");
    assertThat(positions(f)).containsExactly("Hungary:SUPPORTS");
  }

  @Test
  void aSpeakerSpeakingOfOurApplicationSupportsIt() {
    String text = "Norway's parliament voted to apply for EU membership.\n\n\"We will submit our application this week,\" Hansen said.";
    BidFixture f = BidFixture.text(text)
        .org("Parliament of Norway", "Norway's parliament").state("Norway").org("European Union", "EU").person("Ola Hansen", "Hansen")
        .statement(StatementKind.DIRECT, "We will submit our application this week,", "Ola Hansen");
    assertThat(positions(f)).containsExactly("Parliament of Norway:SUPPORTS", "Ola Hansen:SUPPORTS");
  }

  @Test
  void aSpeakerNamingTheApplicantWithAStanceCueTakesIt() {
    String text = "Moldova wants to join the EU.\n\nOrban said he could not yet assess whether Moldova is ready.";
    BidFixture f = BidFixture.text(text)
        .state("Moldova").org("European Union", "EU").person("Viktor Orban", "Orban")
        .statement(StatementKind.INDIRECT, "he could not yet assess whether Moldova is ready", "Viktor Orban");
    assertThat(positions(f)).containsExactly("Viktor Orban:UNDECIDED");
  }

  @Test
  void aStanceOnTheApplicationGoesToTheMainBidNotToOneMentionedInPassing() {
    BidFixture f = BidFixture.text("Norway formally applied to join the EU on Monday.\n\nIceland, which is expected to apply at the same time, said nothing."
        + "\n\nHungary has threatened to block the application.")
        .state("Norway").state("Iceland").state("Hungary").org("European Union", "EU");
    List<BidDraft> bids = f.bids();
    assertThat(bids).hasSize(2);
    assertThat(bids.get(0).positions()).extracting(BidDraft.PositionDraft::actor).containsExactly(f.key("Hungary"));
    assertThat(bids.get(1).positions()).isEmpty();
  }
}
