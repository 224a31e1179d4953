package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X quoted Y as saying": Y said it, before or after the formula; passive too. */
class QuotedAsSayingTest {

  private static List<String> said(String body) {
    return ParsedStatements.said("Harbour lease", body);
  }

  @Test
  void whatFollowsTheFormulaIsWhatTheQuotedPersonSaid() {
    assertThat(said("The Harbour Gazette quoted Mayor Ida Berg as saying the lease would be signed in May."))
        .containsExactly("Ida Berg | quoted ... as saying | the lease would be signed in May");
    assertThat(said("Mayor Ida Berg met dockers. Local radio quoted her as saying that the deal was fair."))
        .containsExactly("Ida Berg | quoted ... as saying | the deal was fair");
  }

  @Test
  void aFormulaThatEndsTheSentenceReportsTheClauseBeforeIt() {
    assertThat(said("The council was glad to see the port \"back on track\", the local paper quoted "
        + "Mayor Ida Berg as saying."))
        .containsExactly("Ida Berg | quoted ... as saying | The council was glad to see the port \"back on track\"");
  }

  @Test
  void thePassiveFormulaHasItsSubjectAsTheSpeaker() {
    assertThat(said("Ida Berg was quoted as saying the lease had been a hard fight."))
        .containsExactly("Ida Berg | was quoted as saying | the lease had been a hard fight");
  }

  @Test
  void quotingWithoutAsSayingIsNoReport() {
    assertThat(said("The Gazette quoted figures from the port authority in its report on Monday."))
        .isEmpty();
  }
}
