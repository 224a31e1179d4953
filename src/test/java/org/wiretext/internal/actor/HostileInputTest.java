package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HostileInputTest {

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void longRunsOfCapitalisedWordsTitlesAndCommasStayLinear() {
    StringBuilder sb = new StringBuilder("Head\n\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append("President Minister of the Senate, Ambassador to NATO Abc Def, the Democrat, ");
    }
    ActorTable t = Articles.recognize(sb.toString());
    assertThat(t.actors()).isNotEmpty();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void manyDistinctNamesSharingOneSurnameStayFast() {
    StringBuilder sb = new StringBuilder("Head\n\n");
    for (int i = 0; i < 40_000; i++) {
      sb.append("Jo").append(Integer.toString(i, 26).replace('0', 'z').replace('1', 'y')
          .replace('2', 'x').replace('3', 'w').replace('4', 'v').replace('5', 'u').replace('6', 't')
          .replace('7', 's').replace('8', 'r').replace('9', 'q')).append(" Smith said. Smith said. ");
    }
    ActorTable t = Articles.recognize(sb.toString());
    assertThat(t.actors()).isNotEmpty();
  }

  @Test
  void oddInputGivesAnEmptyTableNotAnException() {
    assertThat(Articles.recognize("x\n\n'\"., - ' \u00e9\u0301 ''' U. S. .. \uD83D\uDE00 Mr.").actors()).isEmpty();
  }

  @Test
  void commaChainReachingTheParagraphStartStops() {
    ActorTable t = Articles.recognize("x\n\n, the Democrat, Ann Lee said.");
    assertThat(Articles.named(t, "Ann Lee").orElseThrow().affiliations()).containsExactly("Democrat");
  }
}
