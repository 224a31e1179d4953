package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

class ActorTableTest {

  @Test
  void aTableListsEveryDistinctMentionInTextOrder() {
    ActorTable.Builder b = ActorTable.builder();
    String x = b.add("X", ActorKind.PERSON);
    String y = b.add("Y", ActorKind.STATE);
    b.addMention(x, new TextRange(10, 12), false);
    b.addMention(y, new TextRange(3, 5), false);
    b.addMention(x, new TextRange(3, 5), true);
    b.addMention(x, new TextRange(10, 12), false); // a repeat
    b.addMention(y, new TextRange(0, 2), false);
    ActorTable t = b.build();
    List<String> seen = new ArrayList<>();
    for (ActorTable.MentionRef m : t.mentions()) {
      seen.add(m.actorKey() + m.range().start() + (m.pronoun() ? "p" : ""));
    }
    // equal ranges: the actors' order; each actor's own mentions sorted without repeats
    assertThat(seen).containsExactly(y + 0, x + "3p", y + 3, x + 10);
    assertThat(t.get(x).orElseThrow().mentions()).extracting(m -> m.range().start())
        .containsExactly(3, 10);
  }
}
