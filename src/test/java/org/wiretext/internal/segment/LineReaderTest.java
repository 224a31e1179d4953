package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  /** Each line as "indent|content|blank before". */
  private static List<String> lines(String text) {
    return LineReader.read(text).stream()
        .map(l -> l.indent() + "|" + text.substring(l.contentStart(), l.contentEnd()) + "|" + l.blankBefore())
        .toList();
  }

  @Test
  void everyLineEndingEndsALineAndBlankLinesAreRecordedOnTheNext() {
    assertThat(lines("one\ntwo\r\nthree\rfour\n\n\r\n  five \t\n\tsix\u00A0\u2003"))
        .containsExactly("0|one|false", "0|two|false", "0|three|false", "0|four|false",
            "2|five|true", "4|six|false");
  }

  @Test
  void onlyBlankTextHasNoLines() {
    assertThat(lines("")).isEmpty();
    assertThat(lines(" \n\r\n\t\r ")).isEmpty();
  }
}
