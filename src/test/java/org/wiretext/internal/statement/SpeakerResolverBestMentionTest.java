package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.actor.ActorTable.MentionRef;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * {@link SpeakerResolver#bestMention}, which walks the table's mentions in place and keeps each
 * mention's score, against the plain way: {@link ActorTable#mentionsIn} and each mention's actor
 * looked up.
 */
class SpeakerResolverBestMentionTest {

  @Test
  void aPersonWinsOverALongerOrganisationAndANameOverAPronoun() {
    ActorTable.Builder b = ActorTable.builder();
    String org = b.add("Council of Europe", ActorKind.ORGANIZATION);
    String person = b.add("Jane Roe", ActorKind.PERSON);
    b.addMention(org, new TextRange(0, 17), false);
    b.addMention(person, new TextRange(20, 28), false);
    b.addMention(person, new TextRange(30, 33), true);
    ActorTable table = b.build();
    SpeakerResolver resolver = new SpeakerResolver(table);
    assertThat(key(table, resolver.bestMention(new TextRange(0, 40)))).isEqualTo(person);
    assertThat(table.mentions().get(resolver.bestMention(new TextRange(0, 40))).pronoun()).isFalse();
    assertThat(key(table, resolver.bestMention(new TextRange(0, 18)))).isEqualTo(org);
    assertThat(resolver.bestMention(new TextRange(1, 18))).isEqualTo(-1); // none wholly inside
    assertThat(resolver.bestMention(new TextRange(40, 50))).isEqualTo(-1);
  }

  @Test
  void itAnswersAsThePlainScanOfTheMentionsInside() {
    Random random = new Random(11);
    ActorKind[] kinds = ActorKind.values();
    for (int round = 0; round < 200; round++) {
      ActorTable.Builder b = ActorTable.builder();
      int actors = 1 + random.nextInt(8);
      String[] keys = new String[actors];
      for (int a = 0; a < actors; a++) {
        keys[a] = b.add("Actor " + a, kinds[random.nextInt(kinds.length)]);
      }
      for (int m = random.nextInt(30); m > 0; m--) {
        int start = random.nextInt(200);
        b.addMention(keys[random.nextInt(actors)],
            new TextRange(start, start + 1 + random.nextInt(20)), random.nextInt(4) == 0);
      }
      ActorTable table = b.build();
      SpeakerResolver resolver = new SpeakerResolver(table);
      for (int q = 0; q < 50; q++) {
        int start = random.nextInt(220);
        TextRange range = new TextRange(start, start + random.nextInt(40));
        int best = resolver.bestMention(range);
        MentionRef plain = plainBest(table, range);
        if (plain == null) {
          assertThat(best).isEqualTo(-1);
        } else {
          assertThat(table.mentions().get(best)).isSameAs(plain);
        }
      }
    }
  }

  private static String key(ActorTable table, int mention) {
    return table.mentions().get(mention).actorKey();
  }

  /** The first of the highest score among {@link ActorTable#mentionsIn}, as it was found before. */
  private static MentionRef plainBest(ActorTable table, TextRange range) {
    List<MentionRef> ms = table.mentionsIn(range);
    MentionRef best = null;
    int bestScore = 0;
    for (MentionRef m : ms) {
      ActorKind k = table.get(m.actorKey()).map(ActorTable.ActorRecord::kind).orElse(ActorKind.GROUP);
      int score = (k == ActorKind.PERSON ? 100_000 : 0) + (m.pronoun() ? 0 : 50_000) + m.range().length();
      if (best == null || score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }
}
