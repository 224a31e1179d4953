package org.wiretext.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.actor.Gender;
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
  void anActorIsFoundByItsKeyAndByNoOtherString() {
    ActorTable.Builder b = ActorTable.builder();
    List<String> keys = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      keys.add(b.add("Actor " + k, ActorKind.PERSON));
    }
    b.merge(keys.get(0), keys.get(11));
    ActorTable t = b.build();
    for (int k = 0; k < 11; k++) {
      assertThat(t.get(keys.get(k))).map(ActorTable.ActorRecord::name).contains("Actor " + k);
    }
    assertThat(t.get(keys.get(11))).isEmpty();
    for (String other : List.of("", "a", "b1", "a01", "a-1", "A1", "a1x", "a13", "a4294967297",
        "a99999999999999999999")) {
      assertThat(t.get(other)).as(other).isEmpty();
    }
    ActorTable more = t.toBuilder().build();
    assertThat(more.get(keys.get(5))).map(ActorTable.ActorRecord::name).contains("Actor 5");
    String added = t.toBuilder().add("Actor 12", ActorKind.GROUP);
    assertThat(t.get(added)).isEmpty();
  }

  @Test
  void mentionsThatRepeatAnActorsOwnLeaveItsRecordAsItIs() {
    ActorTable.Builder b = ActorTable.builder();
    String ana = b.add("Ana Costa", ActorKind.PERSON);
    String eu = b.add("European Union", ActorKind.ORGANIZATION);
    b.addMention(ana, new TextRange(0, 9), false).addMention(ana, new TextRange(40, 45), false)
        .addMention(eu, new TextRange(20, 34), false);
    ActorTable t = b.build();
    ActorTable same = t.toBuilder().addMention(ana, new TextRange(40, 45), false)
        .addMention(ana, new TextRange(0, 9), false).build();
    assertThat(same.actors().get(0)).isSameAs(t.actors().get(0));
    assertThat(same.mentions()).isEqualTo(t.mentions());
    ActorTable more = t.toBuilder().addMention(ana, new TextRange(0, 9), false)
        .addMention(ana, new TextRange(0, 9), true).build();
    assertThat(more.actors().get(0).mentions()).extracting(ActorTable.MentionRef::pronoun)
        .containsExactly(false, true, false);
    assertThat(more.mentions()).hasSize(4);
  }

  @Test
  void anExtendedTableKeepsItsActorsInOrderWhetherChangedOrNot() {
    ActorTable.Builder b = ActorTable.builder();
    List<String> keys = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      keys.add(b.add("Actor " + k, k % 2 == 0 ? ActorKind.PERSON : ActorKind.STATE));
      b.addMention(keys.get(k), new TextRange(10 * k, 10 * k + 5), false).gender(keys.get(k),
          k % 2 == 0 ? Gender.FEMALE : Gender.UNKNOWN);
    }
    ActorTable t = b.build();
    ActorTable.Builder more = t.toBuilder();
    assertThat(more.contains(keys.get(3))).isTrue();
    assertThat(more.name(keys.get(3))).isEqualTo("Actor 3");
    assertThat(more.kind(keys.get(4))).isEqualTo(ActorKind.PERSON);
    String group = more.add("officials", ActorKind.GROUP);
    more.addMention(keys.get(4), new TextRange(2, 4), false).rename(keys.get(1), "Actor One")
        .merge(group, keys.get(2)).merge(keys.get(5), keys.get(0));
    assertThat(more.contains(keys.get(2))).isFalse();
    assertThat(more.contains(keys.get(0))).isFalse();
    assertThatThrownBy(() -> more.name(keys.get(2))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> more.gender(keys.get(0), Gender.MALE))
        .isInstanceOf(IllegalArgumentException.class);
    ActorTable u = more.build();
    assertThat(u.actors()).extracting(ActorTable.ActorRecord::name)
        .containsExactly("Actor One", "Actor 3", "Actor 4", "Actor 5", "officials");
    assertThat(u.actors().get(1)).isSameAs(t.actors().get(3));
    assertThat(u.get(keys.get(5)).orElseThrow().mentions()).extracting(ActorTable.MentionRef::range)
        .containsExactly(new TextRange(0, 5), new TextRange(50, 55));
    assertThat(u.gender(keys.get(5))).isEqualTo(Gender.FEMALE);
    assertThat(u.gender(group)).isEqualTo(Gender.FEMALE);
    assertThat(u.get(keys.get(0))).isEmpty();
    assertThat(u.mentions()).extracting(ActorTable.MentionRef::actorKey).containsExactly(
        keys.get(5), keys.get(4), keys.get(1), group, keys.get(3), keys.get(4), keys.get(5));
    assertThat(t.actors()).hasSize(6);
    String next = u.toBuilder().add("later", ActorKind.GROUP);
    assertThat(next).isEqualTo("a8");
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

  @Test
  void anExtendedTableEqualsTheTableBuiltInOnePass() {
    // extending a table reuses its sorted mentions and unchanged records: the result must be
    // what one builder doing every step makes (the first table merges no actors: a table numbers
    // new actors on from its highest key, which a merge may have removed)
    for (int seed = 0; seed < 500; seed++) {
      Random r = new Random(seed);
      List<Consumer<ActorTable.Builder>> first = steps(r, 1 + r.nextInt(12), 0, false);
      List<Consumer<ActorTable.Builder>> second = steps(r, r.nextInt(12), first.size(), true);
      ActorTable.Builder oneBuilder = ActorTable.builder();
      first.forEach(s -> s.accept(oneBuilder));
      second.forEach(s -> s.accept(oneBuilder));
      ActorTable.Builder b = ActorTable.builder();
      first.forEach(s -> s.accept(b));
      ActorTable.Builder more = b.build().toBuilder();
      second.forEach(s -> s.accept(more));
      ActorTable oneTable = oneBuilder.build();
      ActorTable extended = more.build();
      assertThat(extended.actors()).as("seed %d", seed).isEqualTo(oneTable.actors());
      assertThat(extended.mentions()).as("seed %d", seed).isEqualTo(oneTable.mentions());
      for (ActorTable.ActorRecord a : oneTable.actors()) {
        assertThat(extended.gender(a.key())).isEqualTo(oneTable.gender(a.key()));
      }
      assertThat(extended.toBuilder().add("next", ActorKind.GROUP))
          .isEqualTo(oneTable.toBuilder().add("next", ActorKind.GROUP));
    }
  }

  /**
   * Random steps on a builder: new actors and, on the actors "a1".."aN" there are, changes,
   * merges among them only if {@code merges}.
   */
  private static List<Consumer<ActorTable.Builder>> steps(Random r, int count, int before,
      boolean merges) {
    List<Consumer<ActorTable.Builder>> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int what = r.nextInt(10);
      int actor = 1 + r.nextInt(before + k + 1);
      int other = 1 + r.nextInt(before + k + 1);
      int start = r.nextInt(20);
      int end = start + 1 + r.nextInt(3);
      boolean pronoun = r.nextInt(4) == 0;
      String word = "w" + r.nextInt(4);
      ActorKind kind = r.nextBoolean() ? ActorKind.PERSON : ActorKind.STATE;
      out.add(b -> {
        String key = "a" + actor;
        if (what == 0 || !b.contains(key)) {
          b.add(word, kind);
        } else if (what <= 4) {
          b.addMention(key, new TextRange(start, end), pronoun);
        } else if (what == 5) {
          b.addAlias(key, word);
        } else if (what == 6) {
          b.addTitle(key, word).addAffiliation(key, word).gender(key, Gender.FEMALE);
        } else if (what == 7) {
          b.rename(key, word);
        } else if (what == 8 && merges && b.contains("a" + other)) {
          b.merge(key, "a" + other);
        } else {
          b.kind(key, ActorKind.ORGANIZATION);
        }
      });
    }
    return out;
  }

  @Test
  void anExtendedTableNumbersNewActorsOnFromItsHighestKey() {
    ActorTable.Builder b = ActorTable.builder();
    String a = b.add("Ana Costa", ActorKind.PERSON);
    String c = b.add("Costa", ActorKind.PERSON);
    assertThat(b.build().toBuilder().add("officials", ActorKind.GROUP)).isEqualTo("a3");
    b.merge(a, c);
    assertThat(b.build().toBuilder().add("officials", ActorKind.GROUP)).isEqualTo("a2");
  }
}
