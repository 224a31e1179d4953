package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.model.BidStage;

class BidDetectionTest {

  private static String pair(BidFixture f, BidDraft b) {
    return name(f, b.applicant()) + "->" + name(f, b.organization()) + ":" + b.stage();
  }

  private static String name(BidFixture f, String key) {
    return f.attribution().actors().get(key).orElseThrow().name();
  }

  private static List<String> bids(BidFixture f) {
    return f.bids().stream().map(b -> pair(f, b)).toList();
  }

  @Test
  void aPossessiveApplicationIsAnAppliedBid() {
    BidFixture f = BidFixture.text("Moldova's application to join the European Union was received on Monday.")
        .state("Moldova").org("European Union", "EU");
    assertThat(bids(f)).containsExactly("Moldova->European Union:APPLIED");
  }

  @Test
  void theAdmissionOfTwoStatesGivesTwoBids() {
    BidFixture f = BidFixture.text("Ministers discussed the admission of Finland and Sweden to NATO.")
        .state("Finland").state("Sweden").org("NATO");
    assertThat(bids(f)).containsExactly("Finland->NATO:ASPIRANT", "Sweden->NATO:ASPIRANT");
  }

  @Test
  void aStateThatFormallyAppliedHasAppliedWithADatedMilestone() {
    BidFixture f = BidFixture.text("Albania formally applied to join the World Trade Organization in May 1999.")
        .state("Albania").org("World Trade Organization", "WTO");
    List<BidDraft> bids = f.bids();
    assertThat(bids).hasSize(1);
    assertThat(bids.get(0).stage()).isEqualTo(BidStage.APPLIED);
    assertThat(bids.get(0).milestones()).singleElement()
        .satisfies(m -> assertThat(m.date()).contains("1999-05"))
        .satisfies(m -> assertThat(m.actor()).contains(f.key("Albania")));
  }

  @Test
  void anExpectedApplicationIsOnlyAnAspiration() {
    BidFixture f = BidFixture.text("Serbia is expected to apply to join the EU within months.")
        .state("Serbia").org("European Union", "EU");
    assertThat(bids(f)).containsExactly("Serbia->European Union:ASPIRANT");
  }

  @Test
  void aStateJoiningAnAreaIsABid() {
    BidFixture f = BidFixture.text("Austria opposes Croatia joining the Schengen area.")
        .state("Austria").state("Croatia").org("Schengen area");
    assertThat(bids(f)).containsExactly("Croatia->Schengen area:ASPIRANT");
  }

  @Test
  void applicantsNamedAfterTheOrganisationHaveApplied() {
    BidFixture f = BidFixture.text("Officials said NATO applicants Finland and Sweden would be discussed.")
        .state("Finland").state("Sweden").org("NATO");
    assertThat(bids(f)).containsExactly("Finland->NATO:APPLIED", "Sweden->NATO:APPLIED");
  }

  @Test
  void statesInAppositionToCurrentMembersAreMembers() {
    BidFixture f = BidFixture.text("He compared them with Poland and Hungary, the two newest NATO members.")
        .state("Poland").state("Hungary").org("NATO");
    assertThat(bids(f)).containsExactly("Poland->NATO:MEMBER", "Hungary->NATO:MEMBER");
  }

  @Test
  void aStateThatIsNotAMemberHasNoBid() {
    BidFixture f = BidFixture.text("Russia, which is not a NATO member, has voiced its anger.")
        .state("Russia").org("NATO");
    assertThat(f.bids()).isEmpty();
  }

  @Test
  void anInvitationMakesTheStateInvited() {
    BidFixture f = BidFixture.text("NATO invited Montenegro to join the alliance on Wednesday.")
        .state("Montenegro").org("NATO");
    assertThat(bids(f)).containsExactly("Montenegro->NATO:INVITED");
  }

  @Test
  void aStateDemandingAccessionSeeksTheOrganisationSpokenOf() {
    BidFixture f = BidFixture.text("Vietnam's application to join the WTO is a test case. Laos will probably demand accession.")
        .state("Vietnam").state("Laos").org("World Trade Organization", "WTO");
    assertThat(bids(f)).containsExactly("Vietnam->World Trade Organization:APPLIED",
        "Laos->World Trade Organization:ASPIRANT");
  }

  @Test
  void aJoiningWithoutANamedOrganisationFallsBackToTheTopic() {
    BidFixture f = BidFixture.text("Montenegro has formally applied to join the European Union.\n\nIts neighbour Slovenia joined in 2004.")
        .state("Montenegro").state("Slovenia").org("European Union");
    assertThat(bids(f)).containsExactly("Montenegro->European Union:APPLIED", "Slovenia->European Union:MEMBER");
  }

  @Test
  void joiningSomethingElseIsNoBid() {
    BidFixture f = BidFixture.text("Montenegro has formally applied to join the European Union. Serbia joined the sanctions.")
        .state("Montenegro").state("Serbia").org("European Union");
    assertThat(bids(f)).containsExactly("Montenegro->European Union:APPLIED");
  }

  @Test
  void aProgrammeOfAnAllianceIsTheOrganisationSought() {
    BidFixture f = BidFixture.text("The envoy discussed Moldova's membership in NATO's Partnership for Peace programme.")
        .state("Moldova").org("NATO").org("Partnership for Peace");
    assertThat(bids(f)).containsExactly("Moldova->Partnership for Peace:ASPIRANT");
  }

  @Test
  void anOrganisationThatStatesDoNotJoinGivesNoBid() {
    BidFixture f = BidFixture.text("Moldova's application to join the Chamber of Commerce was received.")
        .state("Moldova").org("Chamber of Commerce");
    assertThat(f.bids()).isEmpty();
  }

  @Test
  void talksToBringAStateInMakeItACandidate() {
    BidFixture f = BidFixture.text("She is a proponent of talks to bring Ukraine into the EU.")
        .state("Ukraine").org("European Union", "EU");
    assertThat(bids(f)).containsExactly("Ukraine->European Union:CANDIDATE");
  }

  @Test
  void aStatesParliamentStandsForTheStateAsApplicant() {
    BidFixture f = BidFixture.text("Sweden's parliament voted to apply for NATO membership.")
        .org("Parliament of Sweden", "Sweden's parliament").state("Sweden").org("NATO");
    assertThat(bids(f)).containsExactly("Sweden->NATO:ASPIRANT");
  }

  @Test
  void aRequestIsABidOnlyWhereTheTextSpeaksOfOne() {
    BidFixture lone = BidFixture.text("Paris backed Serbia's request for a loan from the IMF.")
        .state("France", "Paris").state("Serbia").org("International Monetary Fund", "IMF");
    assertThat(lone.bids()).isEmpty();
    BidFixture topical = BidFixture.text("Serbia wants to join NATO. Paris backed Serbia's request.")
        .state("France", "Paris").state("Serbia").org("NATO");
    assertThat(bids(topical)).containsExactly("Serbia->NATO:ASPIRANT");
  }

  @Test
  void anUnresolvedItsTakesTheLastStateNamed() {
    BidFixture f = BidFixture.text("Norway's prime minister said the country could revive its application to join the EU.")
        .state("Norway").org("European Union", "EU");
    assertThat(bids(f)).containsExactly("Norway->European Union:APPLIED");
  }

  @Test
  void aStepTowardsJoiningBelongsToTheStateTheSentenceIsAbout() {
    BidFixture f = BidFixture.text("Armenia asked for a partnership plan, the first step towards joining NATO.")
        .state("Armenia").org("NATO");
    assertThat(bids(f)).containsExactly("Armenia->NATO:ASPIRANT");
  }

  @Test
  void askedForTalksDoNotMakeACandidateWhereCandidateStatusIsStillAskedFor() {
    BidFixture f = BidFixture.text("He asked for Moldova to be granted candidate status without delay."
        + " \"We urge you to open accession talks with Moldova this year.\" Moldova wants to become a member of the EU.")
        .state("Moldova").org("European Union", "EU");
    assertThat(bids(f)).containsExactly("Moldova->European Union:ASPIRANT");
  }

  @Test
  void talksUrgedWithoutMoreMakeACandidate() {
    BidFixture f = BidFixture.text("\"We urge you to open accession talks with Moldova this year.\" Moldova wants to become a member of the EU.")
        .state("Moldova").org("European Union", "EU");
    assertThat(bids(f)).containsExactly("Moldova->European Union:CANDIDATE");
  }

  @Test
  void aStateGrantedCandidateStatusIsACandidate() {
    BidFixture f = BidFixture.text("EU leaders granted Ukraine candidate status in June 2022.")
        .state("Ukraine").org("European Union", "EU");
    assertThat(bids(f)).containsExactly("Ukraine->European Union:CANDIDATE");
  }

  @Test
  void aStateThatOpenedAccessionTalksIsNegotiating() {
    BidFixture f = BidFixture.text("Montenegro opened accession talks with the EU in 2012.")
        .state("Montenegro").org("European Union", "EU");
    assertThat(bids(f)).containsExactly("Montenegro->European Union:NEGOTIATING");
  }

  @Test
  void oneApplicantForTwoOrganisationsGivesTwoBids() {
    BidFixture f = BidFixture.text("Georgia wants to join both the EU and NATO.")
        .state("Georgia").org("European Union", "EU").org("NATO");
    assertThat(bids(f)).containsExactly("Georgia->European Union:ASPIRANT", "Georgia->NATO:ASPIRANT");
  }

  @Test
  void aStateWithNoPlansToJoinHasNoBid() {
    BidFixture f = BidFixture.text("Austria has no plans to join NATO, the chancellor said. Ireland does not want to join NATO either.")
        .state("Austria").state("Ireland").org("NATO");
    assertThat(f.bids()).isEmpty();
  }
}
