package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameShapeTest {

  /** The plain way: split the lower-cased name at spaces and dots, look up every piece. */
  private static boolean looksLikeOrganisationPlainly(String name) {
    for (String w : Pattern.compile("[ .]").split(name.toLowerCase(Locale.ROOT))) {
      if (NameShape.isOrganisationWord(w)) {
        return true;
      }
    }
    return name.length() >= 3 && name.equals(name.toUpperCase(Locale.ROOT)) && name.indexOf(' ') < 0;
  }

  @Test
  void organisationWordsAndOneWordCapitalsReadAsOrganisations() {
    assertThat(NameShape.looksLikeOrganisation("Government of Chile")).isTrue();
    assertThat(NameShape.looksLikeOrganisation("NATO")).isTrue();
    assertThat(NameShape.looksLikeOrganisation("Ana Lind")).isFalse();
    assertThat(NameShape.looksLikeOrganisation("EU")).isFalse();
    assertThat(NameShape.looksLikeOrganisation("ANA LIND")).isFalse();
  }

  @Test
  void everyPlacePrepositionCarriesThePrepositionBit() {
    for (String w : NameShape.PLACE_PREPOSITIONS) {
      assertThat(WordClass.of(w) & WordClass.PREPOSITION).as(w).isNotZero();
    }
  }

  @Test
  void theWordsOfANameAreWhatSpacesAndDotsSeparate() {
    List<String> words = new ArrayList<>(NameShape.speakerWords());
    words.sort(null);
    words.addAll(List.of("Ana", "Lind", "u", "s", "NATO", "\u00C9lys\u00E9e", "\u0130stanbul", "x"));
    String[] separators = {" ", ".", ". ", "..", ""};
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder name = new StringBuilder();
      if (random.nextInt(8) == 0) {
        name.append(separators[random.nextInt(separators.length)]);
      }
      int n = 1 + random.nextInt(4);
      for (int k = 0; k < n; k++) {
        String w = words.get(random.nextInt(words.size()));
        name.append(random.nextBoolean() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        if (k + 1 < n || random.nextInt(8) == 0) {
          name.append(separators[random.nextInt(separators.length)]);
        }
      }
      String s = name.toString();
      assertThat(NameShape.looksLikeOrganisation(s)).as(s).isEqualTo(looksLikeOrganisationPlainly(s));
    }
  }
}
