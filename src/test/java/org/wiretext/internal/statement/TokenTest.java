package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class TokenTest {

  private static final String[] WORDS = {"The", "minister", "said", ",", "\"", "U.S.", "1,000", "9/11",
      "\u2014", "he's", "Euro-Atlantic", ".", "(", "x", "\uD83D\uDE00"};

  @Test
  void aRunHoldsTheTokensInItsFirstSlotsAndNothingAfter() {
    Random r = new Random(29);
    for (int round = 0; round < 1000; round++) {
      String text = text(r, r.nextInt(60));
      SourceText source = SourceText.of(text);
      TextRange range = new TextRange(0, text.length());
      Token.Run run = Token.run(source, range, new Token[0]);
      Token[] tokens = Token.of(source, range);
      assertThat(fields(run.array(), run.size())).isEqualTo(fields(tokens, tokens.length));
      for (int i = run.size(); i < run.array().length; i++) {
        assertThat(run.array()[i]).isNull();
      }
    }
  }

  @Test
  void runsThatReuseTheTokensOfTheRunBeforeHoldTheSameAsNewOnes() {
    Random r = new Random(31);
    Token[] spare = new Token[0];
    for (int round = 0; round < 2000; round++) {
      // longer and shorter paragraphs in turn, so that runs both reuse and grow the array
      String text = text(r, r.nextInt(round % 7 == 0 ? 200 : 40));
      SourceText source = SourceText.of(text);
      TextRange range = new TextRange(0, text.length());
      Token.Run run = Token.run(source, range, spare);
      Token[] fresh = Token.of(source, range);
      assertThat(fields(run.array(), run.size())).as(text).isEqualTo(fields(fresh, fresh.length));
      for (int i = 0; i < Math.min(spare.length, run.array().length); i++) {
        if (spare[i] != null) {
          assertThat(run.array()[i]).isSameAs(spare[i]); // reused, not made anew
        }
      }
      spare = run.array();
    }
  }

  @Test
  void eachWordIsItsTextLowerCasedAndClassifiedAsTheSlowWayGivesIt() {
    // words of up to a dozen letters and digits in any case, some with a letter outside
    // ASCII or an inner mark, on both sides of the packed length: the key made while the
    // word is scanned must find the entry pack() would
    String letters = "aAbBcCsSzZ0189\u00E9\u00C9";
    Random r = new Random(37);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int w = r.nextInt(12); w >= 0; w--) {
        int n = 1 + r.nextInt(WordCache.MAX_PACKED + 3);
        for (int k = 0; k < n; k++) {
          sb.append(letters.charAt(r.nextInt(letters.length())));
          if (k + 1 < n && r.nextInt(15) == 0) {
            sb.append("'-.&".charAt(r.nextInt(4)));
          }
        }
        sb.append(' ');
      }
      String text = sb.toString();
      Token[] tokens = Token.of(SourceText.of(text), new TextRange(0, text.length()));
      for (Token t : tokens) {
        String lower = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        assertThat(t.lower()).as(text).isEqualTo(lower);
        assertThat(t.classes()).as(lower).isEqualTo(WordClass.of(lower));
      }
    }
  }

  private static String text(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = words; w > 0; w--) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(3) == 0 ? "" : " ");
    }
    return sb.toString();
  }

  /** Every field of the first {@code size} tokens. */
  static List<List<Object>> fields(Token[] tokens, int size) {
    List<List<Object>> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Token t = tokens[i];
      out.add(List.of(t.start(), t.end(), t.lower(), t.word(), t.capitalised(), t.classes(),
          (int) t.mark()));
    }
    return out;
  }
}
