package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static final long PARTICLES = 1L;
  private static final long TITLES = 1L << 1;
  private static final long TITLES_IN_LOWER_CASE = 1L << 2;

  private final Vocabulary vocabulary = new Vocabulary(
      List.of("de", "De", "minister", "Minister", "MINISTER", "Côte", "&", "van", "McCain",
          "U.S."),
      List.of(new Vocabulary.WordClass(Set.of("de", "van"), Vocabulary.Form.TEXT),
          new Vocabulary.WordClass(Set.of("Minister"), Vocabulary.Form.TEXT),
          new Vocabulary.WordClass(Set.of("minister"), Vocabulary.Form.LOWER)));

  private final Tokenizer tokenizer = new Tokenizer(Set.of(), vocabulary);

  @Test
  void eachStringHasItsOwnId() {
    int lower = vocabulary.id("minister");
    int capital = vocabulary.id("Minister");
    int upper = vocabulary.id("MINISTER");
    assertThat(List.of(lower, capital, upper)).doesNotHaveDuplicates().allMatch(id -> id >= 0);
    assertThat(vocabulary.word(capital)).isEqualTo("Minister");
    assertThat(vocabulary.id("MiNister")).isEqualTo(-1);
    assertThat(vocabulary.id("ministers")).isEqualTo(-1);
    assertThat(vocabulary.id("Côte")).isNotNegative();
    assertThat(vocabulary.id("côte")).isEqualTo(-1);
    assertThat(vocabulary.id("&")).isEqualTo(vocabulary.id('&')).isNotNegative();
  }

  @Test
  void classesHoldTheirWordsExactlyAsWritten() {
    assertThat(vocabulary.classes(vocabulary.id("de"))).isEqualTo(PARTICLES);
    assertThat(vocabulary.classes(vocabulary.id("De"))).isZero();
    assertThat(vocabulary.classes(vocabulary.id("Minister"))).isEqualTo(TITLES);
    assertThat(vocabulary.classes(vocabulary.id("minister"))).isEqualTo(TITLES_IN_LOWER_CASE);
    assertThat(vocabulary.classes(-1)).isZero();
  }

  @Test
  void aTokenIsInTheClassesOfTheFormEachClassReads() {
    String text = "Minister MINISTER minister De de";
    List<Token> t = tokenizer.tokenize(text, 0, text.length());
    assertThat(t.get(0).is(TITLES)).isTrue();
    assertThat(t.get(0).is(TITLES_IN_LOWER_CASE)).isTrue();
    assertThat(t.get(1).is(TITLES)).isFalse();
    assertThat(t.get(1).is(TITLES_IN_LOWER_CASE)).isTrue();
    assertThat(t.get(2).is(TITLES)).isFalse();
    assertThat(t.get(2).is(TITLES_IN_LOWER_CASE)).isTrue();
    assertThat(t.get(3).is(PARTICLES)).isFalse();
    assertThat(t.get(4).is(PARTICLES)).isTrue();
    assertThat(t.get(4).is(TITLES | TITLES_IN_LOWER_CASE)).isFalse();
  }

  @Test
  void aClassWordMustBeInTheVocabulary() {
    assertThatThrownBy(() -> new Vocabulary(List.of("de"),
        List.of(new Vocabulary.WordClass(Set.of("van"), Vocabulary.Form.TEXT))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tokensCarryTheIdsOfTheirTextAndOfItsCases() {
    String text = "the Minister, MINISTER de Côte & Smith";
    List<Token> t = tokenizer.tokenize(text, 0, text.length());
    assertThat(t).extracting(Token::text)
        .containsExactly("the", "Minister", ",", "MINISTER", "de", "Côte", "&", "Smith");
    Token minister = t.get(1);
    assertThat(minister.textId()).isEqualTo(vocabulary.id("Minister"));
    assertThat(minister.lowerId()).isEqualTo(vocabulary.id("minister"));
    assertThat(minister.upperId()).isEqualTo(vocabulary.id("MINISTER"));
    assertThat(t.get(3).textId()).isEqualTo(vocabulary.id("MINISTER"));
    assertThat(t.get(3).lowerId()).isEqualTo(vocabulary.id("minister"));
    assertThat(t.get(4).textId()).isEqualTo(vocabulary.id("de"));
    assertThat(t.get(4).upperId()).isEqualTo(-1); // no lexicon writes "DE"
    assertThat(t.get(5).textId()).isEqualTo(vocabulary.id("Côte"));
    assertThat(t.get(5).lowerId()).isEqualTo(-1);
    assertThat(t.get(6).textId()).isEqualTo(vocabulary.id("&"));
    assertThat(t.get(7).unknown()).isTrue();
    assertThat(t.get(0).unknown()).isTrue();
    assertThat(t.get(2).unknown()).isTrue();
  }

  @Test
  void eachCaseOfAWordFindsItsOwnFormOrNone() {
    String text = "McCain MCCAIN Mccain mccain U.S. u.s. Van VAN";
    List<Token> t = tokenizer.tokenize(text, 0, text.length());
    // a lower-case form is numbered even when no lexicon writes it so ("mccain")
    assertThat(t).extracting(Token::textId).containsExactly(vocabulary.id("McCain"), -1, -1,
        vocabulary.id("mccain"), vocabulary.id("U.S."), vocabulary.id("u.s."), -1, -1);
    assertThat(t).extracting(Token::lowerId).containsExactly(vocabulary.id("mccain"),
        vocabulary.id("mccain"), vocabulary.id("mccain"), vocabulary.id("mccain"),
        vocabulary.id("u.s."), vocabulary.id("u.s."), vocabulary.id("van"), vocabulary.id("van"));
    assertThat(vocabulary.id("mccain")).isNotNegative();
  }

  @Test
  void everyWordOfALargeVocabularyIsFoundAndNoOther() {
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      words.add("w" + Integer.toString(i * 7919, 36));
    }
    Vocabulary large = new Vocabulary(words, List.of());
    for (String w : words) {
      assertThat(large.id(w)).as(w).isNotNegative();
      assertThat(large.word(large.id(w))).isEqualTo(w);
    }
    for (int i = 0; i < 20_000; i++) {
      String other = "x" + Integer.toString(i * 7919, 36);
      assertThat(large.id(other)).as(other).isEqualTo(-1);
    }
  }

  @Test
  void aWordFoundSharesTheVocabularyString() {
    String text = "Minister";
    Token t = tokenizer.tokenize(new String(text.toCharArray()), 0, text.length()).get(0);
    assertThat(t.text()).isSameAs(vocabulary.word(vocabulary.id("Minister")));
  }

  @Test
  void wordsThatShareTheirFirstEightLettersAreToldApart() {
    List<String> words = List.of("abcdefgh", "abcdefghi", "abcdefghij", "abcdefghik", "abcdefg",
        "internationalisation", "internationalization");
    Vocabulary v = new Vocabulary(words, List.of());
    for (String w : words) {
      assertThat(v.word(v.id(w))).isEqualTo(w);
    }
    for (String other : List.of("abcdefgi", "abcdefghh", "abcdefghijk", "abcdefghil", "abcdef",
        "internationalisatio", "internationalisatiom", "internationalisations")) {
      assertThat(v.id(other)).as(other).isEqualTo(-1);
    }
  }

  @Test
  void theClassesATokenReadsFromItsEntryAreThoseOfItsThreeForms() {
    // every way of writing each word: the classes kept per shape must be the ones computed
    String text = "minister Minister MINISTER mInister de De DE dE van Van VAN mccain McCain MCCAIN "
        + "u.s. U.S. U.s. x X";
    for (Token t : tokenizer.tokenize(text, 0, text.length())) {
      long plain = vocabulary.classes(vocabulary.id(t.text()), vocabulary.id(t.lower()),
          vocabulary.id(t.upper()));
      for (int bit = 0; bit < 3; bit++) {
        assertThat(t.is(1L << bit)).as(t.text() + " " + bit).isEqualTo((plain & (1L << bit)) != 0);
      }
      assertThat(List.of(t.textId(), t.lowerId(), t.upperId())).as(t.text()).isEqualTo(List.of(
          vocabulary.id(t.text()), vocabulary.id(t.lower()), vocabulary.id(t.upper())));
    }
  }

  @Test
  void aKeyIsTheWordLowerCasedAndOnlyShortAsciiWordsHaveOne() {
    assertThat(Vocabulary.key("Minister", 0, 8)).isEqualTo(Vocabulary.key("minister", 0, 8))
        .isEqualTo(Vocabulary.key("MINISTER", 0, 8)).isNotEqualTo(Vocabulary.NOT_PACKED);
    assertThat(Vocabulary.key("a", 0, 1)).isNotEqualTo(Vocabulary.key("aa", 0, 2))
        .isNotEqualTo(Vocabulary.key("b", 0, 1));
    assertThat(Vocabulary.key("U.S.-o'neil", 0, 10)).isNotEqualTo(Vocabulary.NOT_PACKED);
    assertThat(Vocabulary.key("abcdefghijk", 0, 11)).isEqualTo(Vocabulary.NOT_PACKED);
    assertThat(Vocabulary.key("Côte", 0, 4)).isEqualTo(Vocabulary.NOT_PACKED);
    assertThat(Vocabulary.key("a&b", 0, 3)).isEqualTo(Vocabulary.NOT_PACKED);
    assertThat(Vocabulary.key("", 0, 0)).isEqualTo(Vocabulary.NOT_PACKED);
  }

  @Test
  void aWordFoundByItsKeyIsTheWordFoundByItsCharacters() {
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      words.add(Integer.toString(i * 7919, 36) + (i % 3 == 0 ? "-x" : i % 3 == 1 ? "'s" : ".a"));
    }
    Vocabulary large = new Vocabulary(words.subList(0, 10_000), List.of());
    for (String w : words) {
      for (String form : List.of(w, w.toUpperCase(java.util.Locale.ROOT), "Q" + w, "q" + w)) {
        long key = Vocabulary.key(form, 0, form.length());
        if (key != Vocabulary.NOT_PACKED) {
          boolean caps = !form.equals(form.toLowerCase(java.util.Locale.ROOT));
          assertThat(large.findPacked(key, caps)).as(form)
              .isEqualTo(large.find(form, 0, form.length()));
        }
      }
    }
  }
}
