package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.TextRange;

class TitlePhrasesTest {

  private final Lexicons lex = Lexicons.get();

  private Scan scan(String text) {
    List<Token> tokens = lex.tokenizer.tokenize(text, 0, text.length());
    return new Scan(tokens, new TextRange(0, text.length()), false, false);
  }

  @Test
  void aHeadWithinTheWindowIsFoundOnlyWhenItEndsInIt() {
    Scan s = scan("Foreign Minister Jane Roe said");
    assertThat(TitlePhrases.headWithin(s, 0, 2, lex)).isTrue();
    assertThat(TitlePhrases.headWithin(s, 0, 1, lex)).isFalse(); // no head ends by "Foreign"
    assertThat(TitlePhrases.headWithin(s, 2, 5, lex)).isFalse();
  }

  @Test
  void withoutAHeadNoTitleStandsBeforeAName() {
    Scan plain = scan("Yesterday in Paris Jane Roe said");
    assertThat(TitlePhrases.headWithin(plain, 0, 3, lex)).isFalse();
    assertThat(TitlePhrases.before(plain, 3, lex)).isNull();
    Scan titled = scan("Yesterday Foreign Minister Jane Roe said");
    assertThat(TitlePhrases.before(titled, 3, lex)).containsExactly(1, 3);
  }
}
