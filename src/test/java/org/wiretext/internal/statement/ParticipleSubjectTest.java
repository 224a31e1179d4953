package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A participle cue after a main clause ("X had mocked the plan, saying ...") belongs to the
 * subject of that clause, not to whoever spoke last.
 */
class ParticipleSubjectTest {

  private static List<String> speakers(String text) {
    return ParsedStatements.speakers("Budget row deepens", text);
  }

  @Test
  void theMainClauseSubjectSaysTheReportedClause() {
    assertThat(speakers("\"The numbers do not add up,\" said Paul Ferris, the finance chief.\n\n"
        + "Rival councillor Nadia Okafor had ridiculed the budget, saying the city would be broke by June."))
        .containsExactly("Paul Ferris", "Nadia Okafor");
  }

  @Test
  void aLeadingAdjunctIsSteppedOver() {
    assertThat(speakers("\"The numbers do not add up,\" said Paul Ferris, the finance chief.\n\n"
        + "On Tuesday, Mayor Nadia Okafor attacked the plan, arguing that the city needed a "
        + "reserve."))
        .containsExactly("Paul Ferris", "Nadia Okafor");
  }

  @Test
  void aQuotationAfterTheParticipleToo() {
    assertThat(speakers("\"The numbers do not add up,\" said Paul Ferris, the finance chief.\n\n"
        + "Nadia Okafor hit back, saying, \"We have balanced every budget.\""))
        .containsExactly("Paul Ferris", "Nadia Okafor");
  }

  @Test
  void withoutANamedSubjectThePreviousSpeakerStays() {
    assertThat(speakers("\"The numbers do not add up,\" said Paul Ferris, the finance chief.\n\n"
        + "The warning came late in the day, adding that the reserve was empty."))
        .containsExactly("Paul Ferris", "Paul Ferris");
  }

  @Test
  void aGerundAfterAPrepositionBelongsToTheClauseSubject() {
    assertThat(speakers("\"The numbers do not add up,\" said Paul Ferris, the finance chief.\n\n"
        + "Nadia Okafor went on the radio and began by saying the city would hire more nurses."))
        .containsExactly("Paul Ferris", "Nadia Okafor");
  }

  @Test
  void theMainClausesOwnReportIsKeptBesideTheParticiples() {
    assertThat(speakers("Sen. Ron Kessler said the ferry subsidy would survive, "
        + "arguing that the island towns depend on it."))
        .containsExactly("Ron Kessler", "Ron Kessler");
  }

  @Test
  void anAdjectivalParticipleAfterBeIsNoReport() {
    assertThat(speakers("The growers were not too worried about the early frost.")).isEmpty();
  }
}
