package org.wiretext.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void foldingKeepsTheLengthAndMapsEveryQuoteStyleToAStraightMark() {
    String original = "\u201CA\u201D \u201EB\u201C \u00ABC\u00BB `d' \u2018e\u2019 f\u00A0g";
    SourceText s = SourceText.of(original);
    assertThat(s.folded()).hasSameSizeAs(original);
    assertThat(s.folded()).isEqualTo("\"A\" \"B\" \"C\" 'd' 'e' f g");
    assertThat(s.original()).isEqualTo(original);
  }

  @Test
  void slicesAreCutFromTheOriginal() {
    SourceText s = SourceText.of("say \u201Cyes\u201D");
    assertThat(s.slice(4, 9)).isEqualTo("\u201Cyes\u201D");
    assertThat(s.slice(new TextRange(5, 8))).isEqualTo("yes");
  }

  @Test
  void rangesTrimWhitespaceAndCompareByPosition() {
    TextRange r = new TextRange(0, 7).trim("  ab  \n");
    assertThat(r).isEqualTo(new TextRange(2, 4));
    assertThat(new TextRange(1, 3)).isLessThan(new TextRange(2, 3));
    assertThat(new TextRange(1, 5).overlaps(new TextRange(4, 9))).isTrue();
    assertThat(new TextRange(1, 5).overlaps(new TextRange(5, 9))).isFalse();
  }

  @Test
  void textWithNothingToFoldIsItsOwnFoldedView() {
    SourceText s = SourceText.of("plain \"straight\" text");
    assertThat(s.folded()).isSameAs(s.original());
  }
}
