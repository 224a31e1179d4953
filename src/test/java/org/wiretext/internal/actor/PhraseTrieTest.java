package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  private final PhraseTrie<String> trie = new PhraseTrie<>();
  private final Tokenizer tokenizer;

  PhraseTrieTest() {
    trie.put(List.of("Latin", "America"), "region");
    trie.put(List.of("America"), "state");
    trie.put(List.of("America"), "state");
    trie.put(List.of("Procter", "&", "Gamble"), "company");
    trie.put(List.of("Bank", "of", "America"), "bank");
    List<String> words = new ArrayList<>();
    trie.addWordsTo(words);
    Vocabulary vocabulary = new Vocabulary(words, List.of());
    trie.index(vocabulary);
    tokenizer = new Tokenizer(Set.of(), vocabulary);
  }

  private List<Token> tokens(String text) {
    return tokenizer.tokenize(text, 0, text.length());
  }

  @Test
  void theLongestPhraseWins() {
    List<Token> t = tokens("in Latin America today");
    PhraseTrie.Match<String> m = trie.longest(t, 1, Token::textId);
    assertThat(m.from()).isEqualTo(1);
    assertThat(m.to()).isEqualTo(3);
    assertThat(m.values()).containsExactly("region");
    assertThat(trie.longest(t, 2, Token::textId).values()).containsExactly("state");
  }

  @Test
  void longestEndIsTheEndOfTheLongestMatch() {
    List<Token> t = tokens("in Latin America, Bank of America and Latin");
    for (int i = 0; i < t.size(); i++) {
      PhraseTrie.Match<String> m = trie.longest(t, i, Token::textId);
      assertThat(trie.longestEnd(t, i, Token::textId)).isEqualTo(m == null ? -1 : m.to());
    }
    assertThat(trie.longestEnd(t, 1, Token::textId)).isEqualTo(3);
    assertThat(trie.longestEnd(t, 4, Token::textId)).isEqualTo(7);
    assertThat(trie.longestEnd(t, t.size(), Token::textId)).isEqualTo(-1);
  }

  @Test
  void theNodeOfTheLongestMatchGivesItsLengthAndValues() {
    List<Token> t = tokens("in Latin America, Bank of America and Latin America");
    for (int i = 0; i <= t.size(); i++) {
      PhraseTrie.Match<String> m = trie.longest(t, i, Token::textId);
      int node = trie.longestAt(t, i, Token::textId);
      if (m == null) {
        assertThat(node).isEqualTo(-1);
      } else {
        assertThat(i + trie.length(node)).isEqualTo(m.to());
        assertThat(trie.values(node)).isEqualTo(m.values());
      }
    }
  }

  @Test
  void aPrefixOfAPhraseIsNoMatch() {
    List<Token> t = tokens("Bank of England, Latin");
    assertThat(trie.longest(t, 0, Token::textId)).isNull();
    assertThat(trie.longest(t, 4, Token::textId)).isNull();
    assertThat(trie.longest(t, 5, Token::textId)).isNull();
  }

  @Test
  void punctuationInsideAPhraseMatches() {
    List<Token> t = tokens("Procter & Gamble said");
    assertThat(trie.longest(t, 0, Token::textId).to()).isEqualTo(3);
  }

  @Test
  void theKeyChoosesTheFormOfEachToken() {
    List<Token> t = tokens("LATIN AMERICA");
    assertThat(trie.longest(t, 0, Token::textId)).isNull();
    assertThat(trie.longest(t, 0, Token::lowerId)).isNull();
  }

  @Test
  void aTrieWithAClassOfFirstWordsStartsOnlyAtItsTokens() {
    PhraseTrie<String> gated = new PhraseTrie<>(1L);
    gated.put(List.of("Latin", "America"), "region");
    gated.put(List.of("America"), "state");
    List<String> words = new ArrayList<>();
    gated.addWordsTo(words);
    // "America" is left out of the class on purpose: the trie must not start there
    Vocabulary vocabulary = new Vocabulary(words,
        List.of(new Vocabulary.WordClass(List.of("Latin"), Vocabulary.Form.TEXT)));
    gated.index(vocabulary);
    String text = "Latin America";
    List<Token> t = new Tokenizer(Set.of(), vocabulary).tokenize(text, 0, text.length());
    assertThat(gated.longest(t, 0, Token::textId).to()).isEqualTo(2);
    assertThat(gated.longest(t, 1, Token::textId)).isNull();
    assertThat(gated.exactly(t, 1, 2, Token::textId)).isEmpty();
  }

  @Test
  void exactlyCoversTheWholeRangeOrNothing() {
    List<Token> t = tokens("Bank of America");
    assertThat(trie.exactly(t, 0, 3, Token::textId)).containsExactly("bank");
    assertThat(trie.exactly(t, 0, 2, Token::textId)).isEmpty();
    assertThat(trie.exactly(t, 2, 3, Token::textId)).containsExactly("state");
    assertThat(trie.exactly(t, 1, 1, Token::textId)).isEmpty();
  }
}
