package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void statesLexiconHoldsEveryUnMemberState() {
    List<StateLexicon.Entry> un = StateLexicon.instance().entries().stream()
        .filter(e -> e.status().equals("un")).toList();
    assertThat(un).hasSize(193);
    assertThat(StateLexicon.instance().lookup("U.S.").orElseThrow().canonical()).isEqualTo("United States");
    assertThat(StateLexicon.instance().lookup("Burma").orElseThrow().canonical()).isEqualTo("Myanmar");
  }

  @Test
  void noNameStandsForTwoEntries() {
    Map<String, String> seen = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (StateLexicon.Entry s : StateLexicon.instance().entries()) {
      List<String> forms = new ArrayList<>(s.names());
      forms.add(s.canonical());
      for (String f : forms) {
        String prev = seen.put(f, s.canonical());
        if (prev != null && !prev.equals(s.canonical())) {
          clashes.add(f);
        }
      }
    }
    for (OrganizationLexicon.Entry o : OrganizationLexicon.instance().entries()) {
      List<String> forms = new ArrayList<>(o.names());
      forms.add(o.canonical());
      for (String f : forms) {
        String prev = seen.put(f, o.canonical());
        if (prev != null && !prev.equals(o.canonical())) {
          clashes.add(f);
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void everyCapitalBelongsToOneLivingStateAtMost() {
    Map<String, String> seen = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (StateLexicon.Entry s : StateLexicon.instance().entries()) {
      if (s.historical()) {
        continue;
      }
      for (String c : s.capitals()) {
        String prev = seen.put(c, s.canonical());
        if (prev != null) {
          clashes.add(c);
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void everyCanonicalNameIsWrittenWithSingleSpaces() {
    // a mention written as its canonical name takes that name as it is (Recognition.slice)
    List<String> names = new ArrayList<>();
    StateLexicon.instance().entries().forEach(e -> names.add(e.canonical()));
    OrganizationLexicon.instance().entries().forEach(e -> names.add(e.canonical()));
    assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(Recognition.collapse(n)).isEqualTo(n));
    assertThat(Recognition.collapsed("European  Union")).isFalse();
    assertThat(Recognition.collapsed("European\nUnion")).isFalse();
    assertThat(Recognition.collapsed("European Union")).isTrue();
  }

  @Test
  void organisationLookupSaysWhetherAStateCanJoin() {
    OrganizationLexicon lex = OrganizationLexicon.instance();
    assertThat(lex.lookup("NATO").orElseThrow().joinable()).isTrue();
    assertThat(lex.lookup("the Partnership for Peace").orElseThrow().canonical()).isEqualTo("Partnership for Peace");
    assertThat(lex.lookup("EU").orElseThrow().category()).isEqualTo("union");
    assertThat(lex.joinable("Reuters")).isFalse();
    assertThat(lex.lookup("No Such Body")).isEmpty();
  }
}
