package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {

  private final Normalizer normalizer = new Normalizer();

  @Test
  void ordinaryTextHasNoWarnings() {
    assertThat(normalizer.normalize("Plain text.\r\n\tIndented.\n").warnings()).isEmpty();
  }

  @Test
  void controlCharactersAreCountedOnceAtTheFirstPosition() {
    var n = normalizer.normalize("ab\u0001cd\u0002");
    assertThat(n.warnings()).singleElement()
        .satisfies(w -> assertThat(w.render()).isEqualTo("2 control character(s), first at 2"));
    assertThat(n.source().original()).isEqualTo("ab\u0001cd\u0002");
  }

  @Test
  void loneSurrogatesAreReportedButPairsAreNot() {
    assertThat(normalizer.normalize("ok \uD83D\uDE00 pair").warnings()).isEmpty();
    assertThat(normalizer.normalize("bad \uD83D here").warnings())
        .extracting(Warning::render).containsExactly("lone surrogate at 4");
  }

  @Test
  void theFoldedViewFoldsEveryCharacterAsSourceTextDoes() {
    StringBuilder every = new StringBuilder();
    for (char c = 1; c < 0xFFFF; c++) {
      every.append('x').append(c); // each character once, including controls and surrogates
    }
    String text = every.toString();
    SourceText normalized = normalizer.normalize(text).source();
    assertThat(normalized.original()).isSameAs(text);
    assertThat(normalized.folded()).isEqualTo(SourceText.of(text).folded())
        .contains("x\"x\"").doesNotContain("\u201C", "\u00A0", "`");
  }

  @Test
  void textWithNothingToFoldIsItsOwnFoldedView() {
    String text = "Plain \"straight\" text, \uD83D\uDE00 and caf\u00E9.";
    assertThat(normalizer.normalize(text).source().folded()).isSameAs(text);
  }

  @Test
  void aShorterTextAfterALongerOneFoldsOnlyItsOwnCharacters() {
    normalizer.normalize("\u201CA much longer text, folded in the same thread\u201D");
    SourceText shorter = normalizer.normalize("\u2018Short\u2019").source();
    assertThat(shorter.folded()).isEqualTo("'Short'");
    assertThat(shorter.original()).isEqualTo("\u2018Short\u2019");
  }

  @Test
  void aTextLongerThanTheKeptBufferFoldsAsSourceTextDoes() {
    String text = "\u201CQuoted\u201D and\u00A0spaced. ".repeat(5000); // 150,000 characters
    SourceText normalized = normalizer.normalize(text).source();
    assertThat(normalized.folded()).isEqualTo(SourceText.of(text).folded());
    assertThat(normalizer.normalize("\u201Cnext\u201D").source().folded()).isEqualTo("\"next\"");
  }
}
