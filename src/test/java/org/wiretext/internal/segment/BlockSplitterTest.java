package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.segment.Segments.paragraphs;
import static org.wiretext.internal.segment.Segments.segment;

import org.junit.jupiter.api.Test;

class BlockSplitterTest {

  @Test
  void blankLinesSeparateParagraphs() {
    Layout layout = segment("Harbour strike ends\n\nDock workers returned on Monday.\n\n"
        + "The union said the deal was fair.\n");
    assertThat(paragraphs(layout)).containsExactly(
        "Dock workers returned on Monday.", "The union said the deal was fair.");
  }

  @Test
  void indentedWireCopyJoinsHardWrappedLinesIntoOneParagraph() {
    String text = "COPPER PRICES EXPECTED TO FIRM\n"
        + "    SANTIAGO, May 4 - Chilean copper producers expect prices\n"
        + "to firm in the second half, the mining ministry said in a\n"
        + "report released today.\n"
        + "    The report said stocks at warehouses had fallen for a\n"
        + "third month.\n"
        + " REUTER\n";
    Layout layout = segment(text);
    assertThat(paragraphs(layout)).containsExactly(
        "Chilean copper producers expect prices\nto firm in the second half, the mining ministry said in a\n"
            + "report released today.",
        "The report said stocks at warehouses had fallen for a\nthird month.");
  }

  @Test
  void textWithoutBlankLinesHasOneParagraphPerLine() {
    Layout layout = segment("Ferry service resumes\nThe first boat left at dawn.\n"
        + "Passengers cheered as it sailed.\nOperators expect full timetables by June.");
    assertThat(paragraphs(layout)).hasSize(3);
  }

  @Test
  void softWrappedLinesWithTrailingBlanksAreJoined() {
    String text = "By \nMira Kovac\n\nThe council voted to close the old \n"
        + "bridge to lorries after engineers found cracks in two \n"
        + "of its piers.\n\nRepairs will start in spring.\n";
    Layout layout = segment(text);
    assertThat(paragraphs(layout)).containsExactly(
        "The council voted to close the old \nbridge to lorries after engineers found cracks in two \n"
            + "of its piers.",
        "Repairs will start in spring.");
  }

  @Test
  void aLineStartingInLowerCaseContinuesTheParagraph() {
    Layout layout = segment("Mayor quits\n\nThe mayor of the port town\nresigned on Friday.\n\nShe gave no reason.");
    assertThat(paragraphs(layout)).containsExactly("The mayor of the port town\nresigned on Friday.", "She gave no reason.");
  }

  @Test
  void crlfAndLoneCrEndLinesLikeLf() {
    String lf = "Storm hits coast\n\nWinds reached 120 km/h.\n\nPower was cut to 4,000 homes.\n";
    for (String eol : new String[] {"\r\n", "\r"}) {
      Layout layout = segment(lf.replace("\n", eol));
      assertThat(paragraphs(layout)).containsExactly("Winds reached 120 km/h.", "Power was cut to 4,000 homes.");
      assertThat(layout.headline()).contains("Storm hits coast");
    }
  }

  @Test
  void linesOfDatasetMarkersStandAloneEvenWithoutBlankLines() {
    Layout layout = segment("[XY]TITLE[XY]\nVineyards count frost losses\n\n[XY]BODY[XY]\n"
        + "Growers lost a third of the harvest.\nPrices are expected to rise.");
    assertThat(layout.headline()).contains("Vineyards count frost losses");
    assertThat(paragraphs(layout)).containsExactly("Growers lost a third of the harvest.", "Prices are expected to rise.");
  }
}
