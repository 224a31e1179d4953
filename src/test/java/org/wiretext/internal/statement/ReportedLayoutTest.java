package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts of reported speech around the cue: an addressee after a trailing "told", a comma
 * right after "that", an unnamed group that opens a sentence, an adjunct phrase before a
 * middle attribution's comma.
 */
class ReportedLayoutTest {

  private static List<String> said(String paragraph) {
    return ParsedStatements.said("Senate debate", paragraph);
  }

  @Test
  void aTrailingToldWithItsAddresseeAndATime() {
    assertThat(said("The levy will be cut next year, Sen. Amy Lott told the Ledger on Thursday."))
        .containsExactly("Amy Lott | told | The levy will be cut next year");
  }

  @Test
  void aTimeAdjunctBetweenTheCueAndAClauseWithoutThat() {
    assertThat(said("Sen. Amy Lott said Monday the levy would be cut."))
        .containsExactly("Amy Lott | said | the levy would be cut");
    assertThat(said("Sen. Amy Lott told reporters on Tuesday the levy would be cut."))
        .containsExactly("Amy Lott | told | the levy would be cut");
    assertThat(said("Sen. Amy Lott told the growers last week she would cut the levy."))
        .containsExactly("Amy Lott | told | she would cut the levy");
    assertThat(said("Sen. Amy Lott said today's ruling was wrong."))
        .containsExactly("Amy Lott | said | today's ruling was wrong");
    assertThat(said("Sen. Amy Lott said now is the time to cut the levy."))
        .containsExactly("Amy Lott | said | now is the time to cut the levy");
  }

  @Test
  void aReportInsideARelativeClauseEndsWithTheClause() {
    assertThat(said("The gulf between what Reed says his levy would raise, and what it would "
        + "really raise, grew last year."))
        .containsExactly("Reed | says | his levy would raise");
    assertThat(said("The gap between what Reed says his levy would raise and how analysts say it "
        + "would work has widened."))
        .containsExactly("Reed | says | his levy would raise", "analysts | say | it would work");
    assertThat(said("Reed then explained how she believes the levy and the fees hurt growers."))
        .singleElement().asString().endsWith("the levy and the fees hurt growers");
  }

  @Test
  void aParticipleThatDescribesANounOfTheLeadingAdjunctIsNoCue() {
    assertThat(said("In a blog entry posted Monday, Sen. Amy Lott said she would back the levy."))
        .containsExactly("Amy Lott | said | she would back the levy");
    assertThat(said("In a statement announcing the vote, the Growers Guild called Lott a friend of farmers."))
        .containsExactly("Growers Guild | called | Lott a friend of farmers");
  }

  @Test
  void aNameAfterTheLeadingAdjunctIsItsAppositiveNotTheSpeakers() {
    assertThat(said("In her 2009 memoir, Harvest Years, Sen. Amy Lott noted the levy's origins."))
        .containsExactly("Amy Lott | noted | the levy's origins");
    org.wiretext.model.Article a = ParsedStatements.parse("Senate debate",
        "During this week, the Governor of Ostria, Amy Lott, said that the levy would go.");
    assertThat(a.actors()).filteredOn(x -> x.name().equals("Amy Lott")).singleElement()
        .satisfies(x -> assertThat(x.mentions()).extracting(org.wiretext.model.Mention::text)
            .contains("the Governor of Ostria, Amy Lott"));
  }

  @Test
  void aSecondReportWithACommonNounSubjectAfterCommaAnd() {
    assertThat(said("Sen. Amy Lott stressed that the levy was temporary, and farm groups warned "
        + "that it would become permanent."))
        .containsExactly("Amy Lott | stressed | the levy was temporary",
            "farm groups | warned | it would become permanent");
  }

  @Test
  void aReportInALeadingSubordinateClauseEndsWithTheClause() {
    assertThat(said("After Sen. Amy Lott said the levy was fair, growers walked out."))
        .containsExactly("Amy Lott | said | the levy was fair");
  }

  @Test
  void delegateAbbreviatedIsATitle() {
    assertThat(said("\"The levy is a waste of money,\" said Del. Rosa Quint of the island district."))
        .containsExactly("Rosa Quint | said | The levy is a waste of money");
  }

  @Test
  void aCueWithThatInsideWhatIsReportedIsPartOfIt() {
    assertThat(said("Sen. Amy Lott says it shows that the levy was never needed."))
        .containsExactly("Amy Lott | says | it shows that the levy was never needed");
    assertThat(said("Sen. Amy Lott rejected the plan, telling growers that it would fail."))
        .containsExactly("Amy Lott | rejected | the plan", "Amy Lott | telling | it would fail");
  }

  @Test
  void aQuotationAfterACueWithAPrepositionalAdjunctAndAComma() {
    assertThat(said("Sen. Amy Lott said in a statement, \"The levy will go before the harvest.\""))
        .containsExactly("Amy Lott | said | The levy will go before the harvest.");
    assertThat(said("Sen. Amy Lott says of her rival, \"He would sell the dairy farms if he could.\""))
        .containsExactly("Amy Lott | says | He would sell the dairy farms if he could.");
  }

  @Test
  void theWritersOwnRelativeIsANewSpeaker() {
    assertThat(said("\"We live in hard times,\" my grandmother often said."))
        .containsExactly("my grandmother | often said | We live in hard times");
  }

  @Test
  void aCommaRightAfterThat() {
    assertThat(said("Aides to Sen. Amy Lott say that, in addition to the levy, she would cut fees."))
        .singleElement().asString().endsWith("| say | in addition to the levy, she would cut fees");
  }

  @Test
  void anUnnamedGroupCapitalisedOnlyAsTheFirstWordOfTheSentence() {
    assertThat(said("Those close to the senator say she will run again."))
        .containsExactly("Those close to the senator | say | she will run again");
    assertThat(said("Election monitors have accused the county board of losing ballots."))
        .singleElement().asString().startsWith("Election monitors | have accused |");
  }

  @Test
  void aPrepositionalAdjunctBeforeTheCommaOfAMiddleAttribution() {
    assertThat(said("The port covers a third of the dredging, the agency said in a March filing, "
        + "and the shippers cover the rest."))
        .singleElement().asString()
        .endsWith("| said | The port covers a third of the dredging, the agency said in a March "
            + "filing, and the shippers cover the rest");
  }

  @Test
  void theObjectOfAnObjectCueEndsBeforeAClauseOfItsOwn() {
    assertThat(said("Sen. Amy Lott has praised the levy cut, which takes effect in May."))
        .containsExactly("Amy Lott | has praised | the levy cut");
    assertThat(said("Sen. Amy Lott welcomed the lower fees but she has also raised the levy."))
        .containsExactly("Amy Lott | welcomed | the lower fees");
  }

  @Test
  void nounsAndVerbsOfCarryingOnThatReportNothing() {
    assertThat(said("Eleven states led by Ohio have sued to block the tariff.")).isEmpty();
    assertThat(said("Extra state troopers were posted at the fairground for the parade.")).isEmpty();
    assertThat(said("Shoppers continued to avoid the flooded arcade for weeks.")).isEmpty();
    assertThat(said("Sen. Amy Lott went on to chair the budget panel in 2019.")).isEmpty();
    assertThat(said("Flooding has become a pressing problem for the county.")).isEmpty();
    assertThat(said("It is worth noting that the county has never flooded before.")).isEmpty();
  }

  @Test
  void aStateVerbBeforeThatStillReports() {
    assertThat(said("Minister Ana Ruiz states that the border will stay open."))
        .singleElement().asString().endsWith("| states | the border will stay open");
  }

  @Test
  void anUnnamedSpeakerDescribedByATitle() {
    assertThat(said("Oregon's fire marshal says the warehouse had no working sprinklers."))
        .containsExactly("Oregon's fire marshal | says | the warehouse had no working sprinklers");
  }

  @Test
  void aRelativeWhoAfterAnIndefiniteDescription() {
    assertThat(said("The council hired a surveyor who said the dam needed new gates."))
        .containsExactly("surveyor | said | the dam needed new gates");
  }

  @Test
  void aSecondVerbJoinedByAndSharesTheNamedSubjectAcrossAnAside() {
    assertThat(said("Mr. Hale, in particular, backed the levy for years, which cost him votes, "
        + "and said it saved the port."))
        .singleElement().asString().startsWith("Hale | said |");
  }

  @Test
  void chantsAndSongsAreReportedOnlyAsQuotations() {
    assertThat(said("Marchers in the square chanted \"Open the gates!\""))
        .containsExactly("Marchers in the square | chanted | Open the gates!");
    assertThat(said("The choir sang the anthem before the vote.")).isEmpty();
  }

  @Test
  void anInvertedCueOpensTheSentence() {
    assertThat(said("Said Orla Brandt: \"The levy is the wrong tool.\""))
        .containsExactly("Orla Brandt | Said | The levy is the wrong tool.");
  }

  @Test
  void aDocumentSpeaksForItsPossessiveOwner() {
    assertThat(said("Anna Rask handed in her notice on Friday.\n\nTom Ivers said the post would "
        + "be filled soon.\n\nRask's farewell letter, read out at the board meeting, was short. "
        + "\"We leave with pride,\" the letter reads."))
        .endsWith("Anna Rask | the letter reads | We leave with pride");
  }
}
