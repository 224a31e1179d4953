package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.TextRange;

class ScanTest {

  private final Lexicons lex = Lexicons.get();

  @Test
  void theScansArraysAnswerAsTheTokensDo() {
    Scan.Scratch scratch = new Scan.Scratch();
    // a long paragraph, then a shorter one that reuses the arrays, then a longer one again
    for (String text : List.of(
        "The Defence Minister of Ukraine, Nadia de Costa, said NATO and the European Union "
            + "would meet in Brussels; Mr. Blair (Labour) and U.S. officials agreed.",
        "Willy de Clercq met 'the' EU.",
        "ROMANIA PRESSES THE COUNCIL OF EUROPE as van der Berg, a Democrat, and 1990s G7 talks "
            + "of the Kosovo Assembly and McCain went on and on and on.")) {
      List<Token> tokens = lex.tokenizer.tokenize(text, 0, text.length());
      Scan scan = new Scan(tokens, new TextRange(0, text.length()), false, false, scratch);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        assertThat(scan.capitalized(i)).as(t.text()).isEqualTo(t.capitalized());
        assertThat(scan.word(i)).as(t.text()).isEqualTo(t.word());
        for (int bit = 0; bit < 64; bit++) {
          assertThat(scan.is(i, 1L << bit)).as(t.text() + " " + bit).isEqualTo(t.is(1L << bit));
        }
      }
    }
  }
}
