package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.segment.Segments.paragraphs;
import static org.wiretext.internal.segment.Segments.regions;
import static org.wiretext.internal.segment.Segments.segment;

import org.junit.jupiter.api.Test;
import org.wiretext.model.RegionKind;

class CreditRuleTest {

  @Test
  void aSlashCodeClosingTheLastParagraphIsCutIntoACreditRegion() {
    Layout layout = segment("Road deal signed\n\nThe two towns signed the deal.\n\nWork starts in June, the mayor said ./ KTA\n\nLatest news");
    assertThat(layout.credit()).contains("KTA");
    assertThat(regions(layout, RegionKind.CREDIT)).containsExactly("./ KTA");
    assertThat(paragraphs(layout)).containsExactly("The two towns signed the deal.", "Work starts in June, the mayor said");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("Latest news");
  }

  @Test
  void aSlashCodeOnItsOwnLineIsACredit() {
    Layout layout = segment("Road deal signed\n\nThe two towns signed the deal.\n\nWork starts in June.\n\n./ KTA");
    assertThat(layout.credit()).contains("KTA");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void aFinalAgencySignOffIsTheCreditAsWritten() {
    Layout layout = segment("WOOL SALES SLOW\n    SYDNEY, Feb 3 - Wool sales slowed this week.\n    Buyers held back.\n Reuter\n");
    assertThat(layout.credit()).contains("Reuter");
    assertThat(regions(layout, RegionKind.CREDIT)).containsExactly("Reuter");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void anAgencyInParenthesesClosingTheStoryIsACredit() {
    Layout layout = segment("Dam repaired\n\nEngineers finished the repair.\n\nThe river is open again. (AFP)");
    assertThat(layout.credit()).contains("AFP");
    assertThat(paragraphs(layout).get(1)).isEqualTo("The river is open again.");
  }

  @Test
  void aSlashInsideAWordIsNotACredit() {
    Layout layout = segment("Network upgrade\n\nThe firm moved to TCP/IP\n\nIt was cheaper and/Or faster");
    assertThat(layout.credit()).isEmpty();
  }

  @Test
  void anSgmlEndOfStoryMarkAfterTheSignOffIsFurniture() {
    Layout layout = segment("WOOL SALES SLOW\n    SYDNEY, Feb 3 - Wool sales slowed.\n    Buyers held back.\n Reuter\n&#3;");
    assertThat(layout.credit()).contains("Reuter");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("&#3;");
    assertThat(paragraphs(layout)).hasSize(2);
  }
}
