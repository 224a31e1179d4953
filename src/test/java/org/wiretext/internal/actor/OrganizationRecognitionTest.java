package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.actor.Articles.named;
import static org.wiretext.internal.actor.Articles.names;
import static org.wiretext.internal.actor.Articles.recognize;

import org.junit.jupiter.api.Test;
import org.wiretext.model.ActorKind;

class OrganizationRecognitionTest {

  @Test
  void aStatesBodyAfterItsDemonymIsFoundAtTheStartOfASentenceToo() {
    assertThat(names(recognize("Talks\n\nThe Turkish foreign ministry said it had concerns.")))
        .containsExactly("Foreign Ministry of Turkey");
    assertThat(names(recognize("Talks\n\nOn Monday the Turkish parliament met.")))
        .containsExactly("Parliament of Turkey");
  }

  @Test
  void acronymAndFullNameAreOneOrganisation() {
    ActorTable t = recognize("Talks\n\nThe World Trade Organization said the WTO would meet.");
    ActorTable.ActorRecord wto = named(t, "World Trade Organization").orElseThrow();
    assertThat(wto.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(wto.aliases()).containsExactly("WTO");
    assertThat(wto.mentions()).hasSize(2);
  }

  @Test
  void genericPhraseStandsForTheOrganisationOnlyWhenTheArticleNamesIt() {
    ActorTable with = recognize("Talks\n\nFinland asked to join NATO. The Alliance will decide, "
        + "and the military alliance needs consensus.");
    assertThat(named(with, "NATO").orElseThrow().aliases())
        .contains("Alliance", "the military alliance");
    ActorTable without = recognize("Talks\n\nThe military alliance of the two tribes held.");
    assertThat(without.actors()).isEmpty();
  }

  @Test
  void bodyOfAStateIsOneOrganisationWhicheverWayItIsWritten() {
    ActorTable t = recognize("Talks\n\nThe Parliament of Moldova voted. Later the Moldovan "
        + "parliament voted again, and the Moldova Parliament adjourned.");
    ActorTable.ActorRecord p = named(t, "Parliament of Moldova").orElseThrow();
    assertThat(p.aliases()).contains("Moldovan parliament", "Moldova Parliament");
    assertThat(names(t)).contains("Moldova");
  }

  @Test
  void capitalisedRunEndingInAnOrganisationWordIsAnOrganisation() {
    ActorTable t = recognize("Talks\n\nThe Kellerman Foundation and the Ostrava Institute "
        + "for Policy Studies published a report.");
    assertThat(names(t)).contains("Kellerman Foundation", "Ostrava Institute for Policy Studies");
  }

  @Test
  void genericOrganisationWordsAloneNameNoOrganisation() {
    ActorTable t = recognize("Talks\n\nThe Foreign Ministry said nothing.");
    assertThat(t.actors()).isEmpty();
  }

  @Test
  void seatStandsForTheOrganisationTheArticleNames() {
    ActorTable t = recognize("Talks\n\nThe EU said Brussels would not back down.");
    assertThat(named(t, "European Union").orElseThrow().aliases()).contains("Brussels");
    assertThat(names(t)).doesNotContain("Belgium");
  }

  @Test
  void genericPhraseStandsForAnOrganisationWhenTheArticleNamesTheOneItBelongsTo() {
    ActorTable t = recognize("Talks\n\nThe EU wants reform. The Commission will propose it.");
    assertThat(named(t, "European Commission").orElseThrow().aliases()).containsExactly("Commission");
  }

  @Test
  void organisationNamesJoinedByAndAreOneName() {
    ActorTable t = recognize("Talks\n\nThe Mining and Forestry Commission and the Tarn Council "
        + "for Arts and Letters met.");
    assertThat(names(t)).contains("Mining and Forestry Commission", "Tarn Council for Arts and Letters");
  }

  @Test
  void runThatGoesOnPastItsHeadOrJoinsTitlesIsNoOrganisation() {
    ActorTable t = recognize("Talks\n\nThe Trade and Association Agreement was signed by Energy "
        + "Secretary Tom Reyes and Defense Secretary Lia Park.");
    assertThat(t.actors()).filteredOn(a -> a.kind() == ActorKind.ORGANIZATION).isEmpty();
    assertThat(named(t, "Lia Park").orElseThrow().titles()).containsExactly("Defense Secretary");
  }

  @Test
  void nameBrokenOverTwoLinesIsNamedWithOneSpace() {
    ActorTable t = recognize("Talks\n\nThe Hollins Research\nInstitute said so.");
    assertThat(names(t)).containsExactly("Hollins Research Institute");
  }

  @Test
  void headlineInCapitalsGivesMentionsButNoCapitalisedCopyAsAlias() {
    ActorTable t = recognize("CROATIA SEEKS NATO TALKS\n\nCroatia asked NATO for talks.");
    ActorTable.ActorRecord c = named(t, "Croatia").orElseThrow();
    assertThat(c.aliases()).isEmpty();
    assertThat(c.mentions()).hasSize(2);
  }

  @Test
  void federalAgencyIsAnOrganisationNotAPersonsName() {
    ActorTable t = recognize("Raids\n\nAgents of Immigration and Customs Enforcement said the "
        + "Internal Revenue Service had helped.");
    assertThat(named(t, "Immigration and Customs Enforcement").orElseThrow().kind())
        .isEqualTo(ActorKind.ORGANIZATION);
    assertThat(named(t, "Internal Revenue Service").orElseThrow().kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(t.actors()).noneMatch(a -> a.kind() == ActorKind.PERSON);
  }
}
