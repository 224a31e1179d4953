package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
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

  @Test
  void asciiNamesAreSluggedAsTheGeneralWayDoes() {
    String alphabet = "aZ09 -.,&'()/_:Mz";
    Random random = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(k % 10 == 0 ? 150 : 30);
      for (int i = 0; i < length; i++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(IdSlug.asciiSlug(name.toString())).as(name.toString())
          .isEqualTo(IdSlug.slug(name.toString()));
    }
  }

  @Test
  void aHyphenAndALetterMayFollowTheSixtyThirdCharacter() {
    String name = "a".repeat(63) + " bc";
    assertThat(IdSlug.of(name)).isEqualTo("a".repeat(63) + "-b").isEqualTo(IdSlug.slug(name));
  }

  @Test
  void aNameWithAnyOtherCharacterIsLeftToTheGeneralWay() {
    assertThat(IdSlug.asciiSlug("Vu\u010di\u0107")).isNull();
    assertThat(IdSlug.asciiSlug("a".repeat(100) + "\u00e9")).isNull();
  }
}
