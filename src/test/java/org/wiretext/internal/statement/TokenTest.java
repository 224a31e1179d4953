package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class TokenTest {

  @Test
  void aRunHoldsTheTokensInItsFirstSlotsAndNothingAfter() {
    Random r = new Random(29);
    String[] words = {"The", "minister", "said", ",", "\"", "U.S.", "1,000", "9/11", "\u2014", "he's",
        "Euro-Atlantic", ".", "(", "x", "\uD83D\uDE00"};
    for (int round = 0; round < 1000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int w = r.nextInt(60); w > 0; w--) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextInt(3) == 0 ? "" : " ");
      }
      SourceText source = SourceText.of(sb.toString());
      TextRange range = new TextRange(0, sb.length());
      Token.Run run = Token.run(source, range);
      Token[] tokens = Token.of(source, range);
      assertThat(run.size()).isEqualTo(tokens.length);
      assertThat(Arrays.copyOf(run.array(), run.size())).isEqualTo(tokens);
      for (int i = run.size(); i < run.array().length; i++) {
        assertThat(run.array()[i]).isNull();
      }
    }
  }
}
