package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.TextRange;

class PersonMentionTest {

  private static PersonMention mention() {
    return new PersonMention(new TextRange(0, 16), "Defence Jane Doe",
        List.of("Defence", "Jane", "Doe"), false, true);
  }

  @Test
  void aMentionHasEmptyListsUntilSomethingIsAdded() {
    PersonMention m = mention();
    assertThat(m.titles()).isEmpty();
    assertThat(m.affiliations()).isEmpty();
    assertThat(m.aliasForms()).isEmpty();
    assertThat(m.wordRanges()).isEmpty();
    assertThat(m.descriptionRanges()).isEmpty();
    m.addTitle("Minister");
    m.addTitle("Senator");
    m.addAffiliation("NATO");
    m.addAliasForm("Minister Doe");
    m.addDescriptionRange(new TextRange(20, 30));
    assertThat(m.titles()).containsExactly("Minister", "Senator");
    assertThat(m.affiliations()).containsExactly("NATO");
    assertThat(m.aliasForms()).containsExactly("Minister Doe");
    assertThat(m.descriptionRanges()).containsExactly(new TextRange(20, 30));
  }

  @Test
  void theRestWithoutTheFirstWordKeepsWhatTheContextSaidButTheAliases() {
    PersonMention m = mention();
    for (int[] w : new int[][] {{0, 7}, {8, 12}, {13, 16}}) {
      m.addWordRange(new TextRange(w[0], w[1]));
    }
    m.addTitle("Minister");
    m.addAliasForm("Minister Doe");
    m.restStart = 8;
    PersonMention rest = m.rest("Defence Jane Doe");
    assertThat(rest.surface()).isEqualTo("Jane Doe");
    assertThat(rest.nameTokens).containsExactly("Jane", "Doe");
    assertThat(rest.titles()).containsExactly("Minister");
    assertThat(rest.aliasForms()).isEmpty();
    assertThat(rest.affiliations()).isEmpty();
    assertThat(rest.wordRanges()).containsExactly(new TextRange(8, 12), new TextRange(13, 16));
    rest.addTitle("Senator");
    assertThat(m.titles()).containsExactly("Minister");
  }
}
