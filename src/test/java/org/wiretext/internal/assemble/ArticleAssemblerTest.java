package org.wiretext.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

class ArticleAssemblerTest {

  @Test
  void actorIdsComeFromNamesWithoutAccentsAndAreMadeUnique() {
    ActorTable.Builder b = ActorTable.builder();
    String a = b.add("Recep Tayyip Erdo\u011Fan", ActorKind.PERSON);
    String c = b.add("Erdogan Recep", ActorKind.PERSON);
    String d = b.add("Recep Tayyip Erdogan", ActorKind.PERSON);
    String e = b.add("!!!", ActorKind.GROUP);
    var ids = ArticleAssembler.actorIds(b.build());
    assertThat(ids.get(a)).isEqualTo("recep-tayyip-erdogan");
    assertThat(ids.get(c)).isEqualTo("erdogan-recep");
    assertThat(ids.get(d)).isEqualTo("recep-tayyip-erdogan-2");
    assertThat(ids.get(e)).isEqualTo("group");
  }

  @Test
  void slugsAreLowerCaseAsciiJoinedByHyphens() {
    assertThat(ArticleAssembler.slug("U.S. House of Representatives")).isEqualTo("u-s-house-of-representatives");
    assertThat(ArticleAssembler.slug("  NATO  ")).isEqualTo("nato");
    assertThat(ArticleAssembler.slug("Vu\u010Di\u0107")).isEqualTo("vucic");
  }

  @Test
  void contentIdsAreStableAndDiffer() {
    assertThat(ArticleAssembler.contentId("a")).hasSize(16).isEqualTo(ArticleAssembler.contentId("a"));
    assertThat(ArticleAssembler.contentId("a")).isNotEqualTo(ArticleAssembler.contentId("b"));
  }

  @Test
  void addresseesAreActorIdsInOrderEachOnce() {
    Map<String, String> ids = Map.of("k1", "ana-holm", "k2", "nato", "k3", "ana-holm-2");
    assertThat(ArticleAssembler.addresseeIds(List.of(), ids)).isEmpty();
    assertThat(ArticleAssembler.addresseeIds(List.of("k2", "gone", "k1", "k2"), ids))
        .containsExactly("nato", "ana-holm");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add("k" + (3 - i % 4)); // k3 k2 k1 k0 ...; k0 names no actor
    }
    assertThat(ArticleAssembler.addresseeIds(many, ids)).containsExactly("ana-holm-2", "nato", "ana-holm");
  }

  @Test
  void mentionTextIsTheSliceWhetherOrNotANameOrAliasIsShared() {
    // UTF-16 text (curly quotes) against Latin-1 names, names of every length, near misses
    String text = "\u201CCosta\u201D, Nadia Costa said; COSTA and Costas met Costa in N\u00E9a.";
    ActorTable.ActorRecord actor = new ActorTable.ActorRecord("k", "Nadia Costa", ActorKind.PERSON,
        List.of(), List.of(), List.of("Costa", "Costs", "N\u00E9a"), List.of());
    for (int start = 0; start <= text.length(); start++) {
      for (int end = start; end <= text.length(); end++) {
        String got = ArticleAssembler.mentionText(text, new TextRange(start, end), actor);
        assertThat(got).isEqualTo(text.substring(start, end));
      }
    }
    assertThat(ArticleAssembler.mentionText(text, new TextRange(1, 6), actor))
        .isSameAs(actor.aliases().get(0));
    assertThat(ArticleAssembler.mentionText(text, new TextRange(9, 20), actor))
        .isSameAs(actor.name());
  }
}
