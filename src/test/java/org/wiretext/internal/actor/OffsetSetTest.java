package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetSetTest {

  @Test
  void findsTheNearestOffsetOnEitherSideWhateverTheOrderTheyCameIn() {
    OffsetSet set = new OffsetSet(1);
    set.add(40);
    set.add(10);
    set.add(40);
    set.add(0);
    assertThat(set.floor(9)).isZero();
    assertThat(set.floor(10)).isEqualTo(10);
    assertThat(set.floor(39)).isEqualTo(10);
    assertThat(set.floor(1000)).isEqualTo(40);
    assertThat(set.ceiling(11)).isEqualTo(40);
    assertThat(set.higher(10)).isEqualTo(40);
    assertThat(set.higher(40)).isEqualTo(-1);
  }

  @Test
  void anEmptySetHasNothingNear() {
    OffsetSet set = new OffsetSet();
    assertThat(set.floor(5)).isEqualTo(-1);
    assertThat(set.ceiling(5)).isEqualTo(-1);
  }

  @Test
  void offsetsAddedAfterAQueryAreFound() {
    OffsetSet set = new OffsetSet(2);
    set.add(20);
    assertThat(set.floor(15)).isEqualTo(-1);
    set.add(12);
    set.add(5);
    assertThat(set.floor(15)).isEqualTo(12);
    assertThat(set.floor(4)).isEqualTo(-1);
  }
}
