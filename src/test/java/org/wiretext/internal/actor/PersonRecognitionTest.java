package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.actor.Articles.named;
import static org.wiretext.internal.actor.Articles.names;
import static org.wiretext.internal.actor.Articles.recognize;

import org.junit.jupiter.api.Test;
import org.wiretext.model.ActorKind;

class PersonRecognitionTest {

  @Test
  void titleBeforeTheNameIsTakenAsWrittenWithItsAffiliations() {
    ActorTable t = recognize("Talks\n\nCanadian Ambassador to the OSCE Marta Kowalczyk said "
        + "the talks would go on.");
    ActorTable.ActorRecord p = named(t, "Marta Kowalczyk").orElseThrow();
    assertThat(p.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(p.titles()).containsExactly("Canadian Ambassador to the OSCE");
    assertThat(p.affiliations()).contains("Canada", "Organization for Security and Co-operation in Europe");
  }

  @Test
  void aSentenceOpeningWordBeforeAGivenNameIsNotTheName() {
    assertThat(names(recognize("Talks\n\nMeanwhile Orla Brennan said the talks would go on.")))
        .containsExactly("Orla Brennan");
  }

  @Test
  void aGivenNameThatIsAlsoAPlaceStartsTheNameBeforeASurname() {
    ActorTable t = recognize("Talks\n\nSerbian President Milan Petrovic said the talks in Milan "
        + "would go on.");
    assertThat(names(t)).containsExactly("Milan Petrovic");
    assertThat(named(t, "Milan Petrovic").orElseThrow().titles()).contains("Serbian President");
  }

  @Test
  void mayAfterAWordOfTimeIsTheMonthNotAGivenName() {
    assertThat(names(recognize("Talks\n\nHarbour chief Ida Berg spoke.\n\nIn May Berg said the "
        + "talks would go on. Since May Berg has said nothing.")))
        .containsExactly("Ida Berg");
    assertThat(names(recognize("Talks\n\nMay Lind said the talks would go on.")))
        .containsExactly("May Lind");
  }

  @Test
  void aSurnameThatIsAlsoAGivenNameKeepsTheWordBeforeIt() {
    assertThat(names(recognize("Talks\n\nTomas Lee said the talks would go on.")))
        .containsExactly("Tomas Lee");
  }

  @Test
  void titleInACommaAppositionBeforeTheName() {
    ActorTable t = recognize("Talks\n\nThe Prime Minister of Estonia, Kaarel Tamm, arrived.");
    assertThat(named(t, "Kaarel Tamm").orElseThrow().titles()).containsExactly("Prime Minister of Estonia");
  }

  @Test
  void partyAndTitleInACommaChainBeforeTheName() {
    ActorTable t = recognize("Talks\n\nThe member of the Senate, the Republican, Dale Whitcombe, "
        + "wrote a letter.");
    ActorTable.ActorRecord p = named(t, "Dale Whitcombe").orElseThrow();
    assertThat(p.titles()).containsExactly("member of the Senate");
    assertThat(p.affiliations()).contains("Republican", "Senate");
  }

  @Test
  void titleInAnAppositionAfterTheName() {
    ActorTable t = recognize("Talks\n\nOrla Brennan, the Finance Minister, and Tuck Rowe, "
        + "a Democrat, spoke.");
    assertThat(named(t, "Orla Brennan").orElseThrow().titles()).containsExactly("Finance Minister");
    assertThat(named(t, "Tuck Rowe").orElseThrow().affiliations()).containsExactly("Democrat");
  }

  @Test
  void conjoinedAppositionKeepsOnlyTheTitle() {
    ActorTable t = recognize("Talks\n\nHal Benning, a longtime friend and former Republican "
        + "senator from Ohio, said no.");
    assertThat(named(t, "Hal Benning").orElseThrow().titles())
        .containsExactly("former Republican senator from Ohio");
  }

  @Test
  void surnameTitleFormAndHonorificFormAreAliasesOfTheFullName() {
    ActorTable t = recognize("Talks\n\nSenator Ruth Aldana spoke first. Aldana said the bill "
        + "would pass. Senator Aldana later left, and Ms. Aldana was thanked.");
    assertThat(t.actors()).hasSize(1);
    ActorTable.ActorRecord p = t.actors().get(0);
    assertThat(p.name()).isEqualTo("Ruth Aldana");
    assertThat(p.aliases()).contains("Aldana", "Senator Aldana", "Ms. Aldana");
    assertThat(p.mentions()).hasSize(4);
    assertThat(t.gender(p.key())).isEqualTo(Gender.FEMALE);
  }

  @Test
  void twoPeopleWhoShareASurnameStayApartAndABareSurnameGoesToTheNearestBefore() {
    ActorTable t = recognize("Talks\n\nJohn Okafor spoke. Okafor left. Later Grace Okafor "
        + "arrived. Okafor said yes.");
    ActorTable.ActorRecord john = named(t, "John Okafor").orElseThrow();
    ActorTable.ActorRecord grace = named(t, "Grace Okafor").orElseThrow();
    assertThat(john.mentions()).hasSize(2);
    assertThat(grace.mentions()).hasSize(2);
    assertThat(grace.mentions().get(1).range().start()).isGreaterThan(john.mentions().get(1).range().start());
  }

  @Test
  void namesWithParticlesInitialsAndHyphensAreOneName() {
    ActorTable t = recognize("Talks\n\nJan van der Berg met George K. Walsh and Anna-Lena "
        + "Kruger. Van der Berg and Kruger said they agreed.");
    assertThat(names(t)).contains("Jan van der Berg", "George K. Walsh", "Anna-Lena Kruger");
    assertThat(named(t, "Jan van der Berg").orElseThrow().aliases()).contains("Van der Berg");
  }

  @Test
  void dottedInitialsBeforeASurnameOpenAName() {
    ActorTable t = recognize("Talks\n\nRep. T.J. Marlowe, head of the Harbour Workers Caucus, "
        + "spoke at the Caucus on Monday.");
    assertThat(names(t)).contains("T.J. Marlowe");
    assertThat(named(t, "T.J. Marlowe").orElseThrow().kind()).isEqualTo(org.wiretext.model.ActorKind.PERSON);
  }

  @Test
  void theFirstFullNameNamesThePersonAndAWordBeforeItLaterIsNoPartOfTheName() {
    ActorTable t = recognize("Talks\n\nMayor Anna Calder opened the dock. \"Sneaky Anna Calder "
        + "will not fool us,\" a rival said. Anna Maria Calder later answered.");
    assertThat(names(t)).contains("Anna Maria Calder").doesNotContain("Sneaky Anna Calder");
  }

  @Test
  void aSentenceOpenerBeforeAKnownSurnameIsNoPartOfTheNameUnlessWrittenSoElsewhere() {
    // "Injecting Doe": the text names "Jane Doe", so the opener's first word is not the name's
    ActorTable t = recognize("Talks\n\nJane Doe said the plan would work. Injecting Doe into "
        + "the talks helped, officials said.");
    assertThat(names(t)).containsExactly("Jane Doe");
    ActorTable.ActorRecord doe = named(t, "Jane Doe").orElseThrow();
    assertThat(doe.mentions()).hasSize(2);
    assertThat(doe.aliases()).containsExactly("Doe");
    // "Wendel Holm" is written so in the middle of a sentence too: at the start it is kept whole
    ActorTable u = recognize("Talks\n\nRita Holm said the plan would work. Wendel Holm agreed. "
        + "Officials said Wendel Holm would sign.");
    assertThat(names(u)).containsExactlyInAnyOrder("Rita Holm", "Wendel Holm");
    assertThat(named(u, "Wendel Holm").orElseThrow().mentions()).hasSize(2);
    assertThat(named(u, "Rita Holm").orElseThrow().mentions()).hasSize(1);
  }

  @Test
  void sentenceOpeningWordsAndLoneCapitalisedWordsAreNoPersons() {
    ActorTable t = recognize("Talks\n\nGiven the delay, the plan failed. However, Following "
        + "orders was not enough. Currently Clean Air rules apply.");
    assertThat(t.actors()).filteredOn(a -> a.kind() == ActorKind.PERSON).isEmpty();
  }

  @Test
  void titleWordsBeforeANameAreNotPartOfIt() {
    ActorTable t = recognize("Talks\n\nformer National Security Adviser Brent Holloway spoke.");
    ActorTable.ActorRecord p = named(t, "Brent Holloway").orElseThrow();
    assertThat(p.titles()).containsExactly("former National Security Adviser");
  }

  @Test
  void headlineNameCountsOnlyForAPersonTheBodyNames() {
    ActorTable t = recognize("President Marlow Urges Calm As Vance Quits\n\n"
        + "President Dana Marlow said the talks would go on.");
    assertThat(names(t)).containsExactly("Dana Marlow");
    assertThat(named(t, "Dana Marlow").orElseThrow().mentions()).hasSize(2);
  }

  @Test
  void runOfUnknownCapitalisedWordsSaidOnceWithNothingAroundIsNoPerson() {
    ActorTable t = recognize("Talks\n\nThe rules on Clean Water were eased by the agency.");
    assertThat(t.actors()).isEmpty();
  }

  @Test
  void givenNameOrAVerbOfSayingMakesAnUntitledNameAPerson() {
    ActorTable t = recognize("Talks\n\nThey met Maria Quevedo on Monday. Tarik Osmanagic said "
        + "the talks went well.");
    assertThat(names(t)).containsExactlyInAnyOrder("Maria Quevedo", "Tarik Osmanagic");
  }

  @Test
  void loneSurnameThatSpeaksIsAPersonButPluralsAndParticiplesAreNot() {
    ActorTable t = recognize("Talks\n\nLindqvist said the deal was done. Authorities said "
        + "nothing. Having said that, the talks ended.");
    assertThat(names(t)).containsExactly("Lindqvist");
  }

  @Test
  void givenNameThatIsAlsoAStateNameOpensAPersonsName() {
    ActorTable t = recognize("Talks\n\nJordan Whitaker said Jordan and Chad would sign.");
    assertThat(names(t)).containsExactlyInAnyOrder("Jordan Whitaker", "Jordan", "Chad");
    assertThat(named(t, "Jordan").orElseThrow().kind()).isEqualTo(ActorKind.STATE);
  }

  @Test
  void titleCaseHeadlineRunKeepsOnlyThePersonsWordsAsTheMention() {
    String text = "Senators Rebuke Maria Kovacs\n\nOn Monday, Maria Kovacs said the vote was unfair.";
    ActorTable t = recognize(text);
    assertThat(names(t)).contains("Maria Kovacs");
    ActorTable.ActorRecord p = named(t, "Maria Kovacs").orElseThrow();
    assertThat(p.aliases()).noneMatch(a -> a.startsWith("Senators"));
    assertThat(p.mentions()).extracting(m -> text.substring(m.range().start(), m.range().end()))
        .containsOnly("Maria Kovacs");
  }
}
