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
}
