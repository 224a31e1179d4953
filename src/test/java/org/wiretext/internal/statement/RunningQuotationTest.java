package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation that runs over paragraphs, reopened at the start of each (with double marks, or
 * with single marks as British copy sets them), is one statement, attributed once.
 */
class RunningQuotationTest {

  private static final String BODY = "Asked about the port, Mr Berg said %1$sno,%2$s adding: %1$sThe idea of "
      + "opening the quay to cruise ships is unacceptable.\n\n"
      + "%1$sThe council has studied the lease for years. The last report showed some progress.\n\n"
      + "%1$sOur residents will only accept a new lease if the noise stops. So far it has gone on every night.%2$s\n\n"
      + "The mayor also called for a review.";

  private static List<String> said(String marks) {
    return ParsedStatements.said("Harbour lease",
        String.format(BODY, marks.substring(0, 1), marks.substring(1)));
  }

  @Test
  void aQuotationReopenedAtEachParagraphIsOneStatementWithItsCue() {
    for (String mark : List.of("\"\"", "''", "\u2018\u2019", "\u201C\u201D")) {
      List<String> said = said(mark);
      assertThat(said).as(mark).hasSize(3);
      assertThat(said.get(1)).as(mark)
          .startsWith("Berg | adding | The idea of opening the quay")
          .contains("The council has studied the lease")
          .endsWith("So far it has gone on every night.");
    }
  }

  @Test
  void aStraySingleMarkInsideAPhraseDoesNotRunOnIntoTheNextQuotation() {
    assertThat(ParsedStatements.said("Harbour lease",
        "The quay is the 'old lady of the port.\n\n'Nobody listens to us,' said Ida Berg."))
        .containsExactly("Ida Berg | said | Nobody listens to us");
  }
}
