package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.model.Article;

/** "X called Y a Z" reports what X said of Y; a telephone call or a summons does not. */
class NamingTest {

  private static List<String> said(String paragraph) {
    return ParsedStatements.said("Council row", paragraph);
  }

  @Test
  void callingSomethingAnIndefiniteNounPhraseIsAStatement() {
    assertThat(said("Mayor Ines Calder called the new levy a tax on the poor."))
        .containsExactly("Ines Calder | called | the new levy a tax on the poor");
  }

  @Test
  void callingSomethingQuotedWordsIsAStatement() {
    assertThat(said("Ines Calder has called the ruling \"a huge win\" for tenants."))
        .singleElement().asString().startsWith("Ines Calder | has called | the ruling");
  }

  @Test
  void aTelephoneCallOrASummonsIsNot() {
    assertThat(said("Ines Calder called the governor on Tuesday to discuss a loan.")).isEmpty();
    assertThat(said("The chairwoman called the delegates to the stage.")).isEmpty();
  }

  @Test
  void aQuotationAfterAVerbOfNamingIsTheNameGivenNotADirectQuote() {
    Article a = ParsedStatements.parse("Council row", "The union rejected what "
        + "the board calls \"a modest and overdue change to the shift rota.\"");
    assertThat(a.statements()).noneMatch(s -> s.kind() == org.wiretext.model.StatementKind.DIRECT);
  }

  @Test
  void callingSomethingAnEvaluativeAdjectiveIsAStatement() {
    assertThat(said("The Harbour Board called the claims unfounded and malicious."))
        .containsExactly("Harbour Board | called | the claims unfounded and malicious");
    assertThat(said("Ines Calder called the works dangerous."))
        .containsExactly("Ines Calder | called | the works dangerous");
  }

  @Test
  void aTimeAdjunctMayComeBeforeTheComplement() {
    assertThat(said("Ines Calder called the budget on Monday \"a fraud\" on tenants."))
        .containsExactly("Ines Calder | called | the budget on Monday \"a fraud\" on tenants");
  }

  @Test
  void brandingDubbingLabellingLikeningAndCharacterisingReportWhatWasSaid() {
    assertThat(said("Ines Calder branded the plan \"a land grab.\""))
        .containsExactly("Ines Calder | branded | the plan \"a land grab.\"");
    assertThat(said("Ines Calder likened the levy to a toll on a free road."))
        .containsExactly("Ines Calder | likened | the levy to a toll on a free road");
    assertThat(said("Ines Calder characterised the deal as a sell-out."))
        .containsExactly("Ines Calder | characterised | the deal as a sell-out");
  }

  @Test
  void brandingGoodsOrCallingAMeetingToOrderIsNot() {
    assertThat(said("The Harbour Board branded its new ferries in red and white.")).isEmpty();
    assertThat(said("Ines Calder called the meeting to order.")).isEmpty();
    assertThat(said("Ines Calder called the council chamber at noon.")).isEmpty();
  }
}
