package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.bid.BidDraft.PositionDraft;
import org.wiretext.model.Stance;

/** {@link PositionBook}: each actor's first stance stands, with its evidence sorted and each once. */
class PositionBookTest {

  @Test
  void theFirstStanceStandsAndGathersItsEvidenceInOrder() {
    PositionBook book = new PositionBook();
    book.add("a2", Stance.SUPPORTS, List.of(7));
    book.add("a1", Stance.OPPOSES, List.of());
    book.add("a2", Stance.OPPOSES, List.of(1));
    book.add("a2", Stance.SUPPORTS, List.of(3, 7, 200));
    assertThat(book.drafts()).containsExactly(
        new PositionDraft("a2", Stance.SUPPORTS, List.of(3, 7, 200)),
        new PositionDraft("a1", Stance.OPPOSES, List.of()));
  }

  @Test
  void theBookAnswersAsASortedSetPerActor() {
    Random random = new Random(3);
    Stance[] stances = Stance.values();
    for (int n = 0; n < 300; n++) {
      PositionBook book = new PositionBook();
      Map<String, Stance> first = new LinkedHashMap<>();
      Map<String, TreeSet<Integer>> evidence = new LinkedHashMap<>();
      for (int k = random.nextInt(40); k >= 0; k--) {
        String actor = "a" + random.nextInt(6);
        Stance stance = stances[random.nextInt(stances.length)];
        List<Integer> statements = new ArrayList<>();
        for (int j = random.nextInt(3); j > 0; j--) {
          statements.add(random.nextInt(n % 2 == 0 ? 30 : 3000));
        }
        book.add(actor, stance, statements);
        Stance known = first.putIfAbsent(actor, stance);
        if (known == null || known == stance) {
          evidence.computeIfAbsent(actor, a -> new TreeSet<>()).addAll(statements);
        }
      }
      List<PositionDraft> expected = new ArrayList<>();
      first.forEach((actor, stance) -> expected.add(new PositionDraft(actor, stance, List.copyOf(evidence.get(actor)))));
      assertThat(book.drafts()).isEqualTo(expected);
    }
  }
}
