package org.wiretext.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

class ActorTableTest {

  @Test
  void mentionsAreFoundByRangeAndByOffset() {
    ActorTable.Builder b = ActorTable.builder();
    String ana = b.add("Ana Costa", ActorKind.PERSON);
    String eu = b.add("European Union", ActorKind.ORGANIZATION);
    b.addMention(ana, new TextRange(0, 9), false).addMention(eu, new TextRange(20, 34), false)
        .addMention(ana, new TextRange(40, 43), true);
    ActorTable t = b.build();
    assertThat(t.mentionsIn(new TextRange(0, 35))).extracting(ActorTable.MentionRef::actorKey).containsExactly(ana, eu);
    assertThat(t.mentionsIn(new TextRange(21, 50))).extracting(ActorTable.MentionRef::actorKey).containsExactly(ana);
    TextRange tail = new TextRange(21, 50);
    assertThat(t.mentionsIn(tail, t.firstStartingAtOrAfter(tail.start())))
        .isEqualTo(t.mentionsIn(tail));
    assertThat(t.mentionAt(25)).map(ActorTable.MentionRef::actorKey).contains(eu);
    assertThat(t.mentionAt(15)).isEmpty();
    assertThat(t.mentionAt(42)).map(ActorTable.MentionRef::pronoun).contains(true);
  }

  @Test
  void mergingMovesNamesAliasesAndMentionsOntoTheKeptActor() {
    ActorTable.Builder b = ActorTable.builder();
    String full = b.add("Ana Costa", ActorKind.PERSON);
    String sur = b.add("Costa", ActorKind.PERSON);
    b.addMention(full, new TextRange(0, 9), false).addMention(sur, new TextRange(30, 35), false)
        .addTitle(sur, "Minister");
    ActorTable t = b.merge(full, sur).build();
    assertThat(t.actors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Ana Costa");
      assertThat(a.aliases()).containsExactly("Costa");
      assertThat(a.titles()).containsExactly("Minister");
      assertThat(a.mentions()).extracting(ActorTable.MentionRef::range)
          .containsExactly(new TextRange(0, 9), new TextRange(30, 35));
    });
  }

  @Test
  void aTableCanBeExtendedWithoutChangingTheOriginal() {
    ActorTable.Builder b = ActorTable.builder();
    String a = b.add("Ana Costa", ActorKind.PERSON);
    ActorTable first = b.build();
    ActorTable.Builder more = first.toBuilder();
    String group = more.add("officials", ActorKind.GROUP);
    more.addMention(a, new TextRange(3, 5), true);
    ActorTable second = more.build();
    assertThat(first.actors()).hasSize(1);
    assertThat(first.mentions()).isEmpty();
    assertThat(second.actors()).hasSize(2);
    assertThat(group).isNotEqualTo(a);
    assertThat(second.get(a).orElseThrow().mentions()).hasSize(1);
  }

  @Test
  void renamingKeepsTheOldNameAsAnAlias() {
    ActorTable.Builder b = ActorTable.builder();
    String a = b.add("Costa", ActorKind.PERSON);
    b.addAlias(a, "Costa");
    assertThat(b.rename(a, "Ana Costa").build().actors().get(0).aliases()).containsExactly("Costa");
    assertThatThrownBy(() -> b.addAlias("a99", "x")).isInstanceOf(IllegalArgumentException.class);
  }

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
