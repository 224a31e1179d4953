package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdSlugTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Jens Stoltenberg|jens-stoltenberg",
    "  U.S. State Department  |u-s-state-department",
    "Aleksandar Vu\u010di\u0107|aleksandar-vucic",
    "Recep Tayyip Erdo\u011fan|recep-tayyip-erdogan",
    "\u00c9lys\u00e9e Palace|elysee-palace",
    "\uFB01nance ministry|finance-ministry",          // a ligature, taken apart by NFKD
    "\u0416\u0435\u043b\u0435\u043d\u0441\u043a\u0438\u0439|''",  // no ASCII letter at all
    "G7 & G20|g7-g20",
  })
  void slugsAreLowerCaseAsciiWordsJoinedByHyphens(String name, String slug) {
    assertThat(IdSlug.of(name)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource({"64", "65", "200"})
  void slugsStopAtSixtyFourCharacters(int letters) {
    assertThat(IdSlug.of("a".repeat(letters))).hasSize(64);
  }
}
