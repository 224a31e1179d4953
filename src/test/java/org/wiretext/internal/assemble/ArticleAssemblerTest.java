package org.wiretext.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
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
}
