package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimestampsTest {

  private final Timestamps timestamps = new Timestamps(Lexicons.get());

  private String iso(String s) {
    return timestamps.parse(s).map(Timestamps.Stamp::iso).orElse(null);
  }

  @Test
  void webPageTimestampsReadAsIso8601AsPreciseAsWritten() {
    assertThat(iso("09:15 EST, 2 May 2016")).isEqualTo("2016-05-02T09:15-05:00");
    assertThat(iso("March 4, 2013 7:49 p.m. ET")).isEqualTo("2013-03-04T19:49-05:00");
    assertThat(iso("2013-03-04")).isEqualTo("2013-03-04");
    assertThat(iso("Monday, 2 May 2016")).isEqualTo("2016-05-02");
    assertThat(iso("4 March")).isEqualTo("--03-04");
    assertThat(iso("6:05 p.m.")).isEqualTo("18:05");
    assertThat(iso("12:30 GMT, 1 June 2020")).isEqualTo("2020-06-01T12:30Z");
  }

  @Test
  void linesWithOtherWordsAreNotTimestamps() {
    assertThat(iso("The vote is on 2 May 2016")).isNull();
    assertThat(iso("March")).isNull();
    assertThat(iso("2013")).isNull();
    assertThat(iso("Flight 7 p.m. cancelled")).isNull();
  }

  @Test
  void hasDigitAgreesWithCharacterIsDigitForEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "ab" + (char) c + "z";
      assertThat(Timestamps.hasDigit(s)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
    }
    assertThat(Timestamps.hasDigit("")).isFalse();
  }
}
