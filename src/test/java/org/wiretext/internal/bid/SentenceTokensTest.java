package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * The numbers {@link SentenceTokens} keeps beside its tokens, and the {@link WordSet} and
 * {@link PhraseTable} tests made on them rather than on the tokens' strings.
 */
class SentenceTokensTest {

  private static final WordSet GLUE = WordSet.of("and", ",", "-", "u.s");

  private static SentenceTokens tokens(String text) {
    return SentenceTokens.of(0, new TextRange(0, text.length()), SourceText.of(text), ActorTable.empty());
  }

  private static SentenceTokens withActor(String text, String name) {
    BidFixture f = BidFixture.text(text).state(name);
    return SentenceTokens.of(0, new TextRange(0, text.length()), f.layout().source(),
        f.attribution().actors());
  }

  private static int indexOf(SentenceTokens s, String word) {
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).word().equals(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word);
  }

  @Test
  void aWordOfTheVocabularyHasItsNumberWhateverItsCase() {
    SentenceTokens s = tokens("AND then And, and");
    assertThat(s.id(0)).isNotNegative().isEqualTo(s.id(2)).isEqualTo(s.id(4));
    assertThat(s.id(3)).isNotNegative().isNotEqualTo(s.id(0));
    assertThat(GLUE.contains(s, 0)).isTrue();
    assertThat(GLUE.contains(s, 3)).isTrue();
  }

  @Test
  void aWordOutsideTheVocabularyHasNoNumberAndIsInNoSet() {
    SentenceTokens s = tokens("Zyxwvut andes");
    assertThat(s.id(0)).isEqualTo(-1);
    assertThat(GLUE.contains(s, 0)).isFalse();
    assertThat(GLUE.contains(s, 1)).isFalse();
  }

  @Test
  void marksAndDashesAreNumberedLikeTheirWord() {
    SentenceTokens s = tokens("A \u2014 b - c, U.S.");
    assertThat(s.get(1).word()).isEqualTo("-");
    assertThat(s.id(1)).isEqualTo(s.id(3)).isNotNegative();
    assertThat(GLUE.contains(s, 1)).isTrue();
    assertThat(GLUE.contains(s, indexOf(s, ","))).isTrue();
    assertThat(GLUE.contains(s, indexOf(s, "u.s"))).isTrue();
  }

  @Test
  void aMentionIsNoWordEvenWhenItsTextIsOne() {
    SentenceTokens s = withActor("Chad and And", "And");
    assertThat(s.get(2).isActor()).isTrue();
    assertThat(s.id(2)).isEqualTo(SentenceTokens.ACTOR);
    assertThat(GLUE.contains(s, 1)).isTrue();
    assertThat(GLUE.contains(s, 2)).isFalse();
  }

  @Test
  void aSetMadeAfterTheSentenceWasReadComparesItsWordsAsStrings() {
    SentenceTokens s = tokens("the qwertyuiopx word");
    WordSet later = WordSet.of("qwertyuiopx");
    assertThat(s.id(1)).isEqualTo(-1);
    assertThat(later.contains(s, 1)).isTrue();
    assertThat(later.contains(s, 0)).isFalse();
  }

  @Test
  void aUnionHoldsTheWordsOfEachSetOnce() {
    WordSet union = WordSet.union(GLUE, WordSet.of("and", "or"));
    SentenceTokens s = tokens("Or AND u.s. - but");
    assertThat(union.contains(s, 0)).isTrue();
    assertThat(union.contains(s, 1)).isTrue();
    assertThat(union.contains(s, indexOf(s, "u.s"))).isTrue();
    assertThat(union.contains(s, indexOf(s, "-"))).isTrue();
    assertThat(union.contains(s, indexOf(s, "but"))).isFalse();
    assertThat(union.contains("or")).isTrue();
  }

  @Test
  void phrasesMatchByNumberLongestFirst() {
    PhraseTable<String> table = new PhraseTable<>();
    table.add("apply to join", "long");
    table.add("apply", "short");
    SentenceTokens s = tokens("They APPLY to join, then apply for it.");
    assertThat(table.all(s)).extracting(PhraseTable.Match::value).containsExactly("long", "short");
    assertThat(table.at(s, 1)).isEqualTo(new PhraseTable.Match<>(1, 4, "long"));
    assertThat(table.at(s, 2)).isNull();
  }

  @Test
  void aPhraseStartsWhereAMatchIsFound() {
    PhraseTable<String> table = new PhraseTable<>();
    table.add("apply to join", "long");
    table.add("apply", "short");
    table.add("to", "to");
    SentenceTokens s = tokens("They APPLY to join, then apply for it, to apply to.");
    for (int i = 0; i < s.size(); i++) {
      assertThat(table.startsAt(s, i)).as("token " + i).isEqualTo(table.at(s, i) != null);
    }
    assertThat(table.all(tokens("none of those words here"))).isEmpty();
  }

  @Test
  void aMentionStandsInAPhraseOnlyWhereItsTextIsThePhrasesWord() {
    PhraseTable<String> table = new PhraseTable<>();
    table.add("back its bid", "pronoun");
    SentenceTokens s = withActor("They back its bid.", "its");
    assertThat(s.get(2).isActor()).isTrue();
    assertThat(table.at(s, 1)).isEqualTo(new PhraseTable.Match<>(1, 4, "pronoun"));
    assertThat(table.at(withActor("They back Chad bid.", "Chad"), 1)).isNull();
  }

  @Test
  void aPhraseMadeAfterTheSentenceWasReadStillMatches() {
    SentenceTokens s = tokens("a plonkish zorbify step");
    PhraseTable<String> table = new PhraseTable<>();
    table.add("plonkish zorbify", "late");
    assertThat(table.at(s, 1)).isEqualTo(new PhraseTable.Match<>(1, 3, "late"));
    assertThat(table.all(s)).containsExactly(new PhraseTable.Match<>(1, 3, "late"));
  }

  @Test
  void anyInLooksOnlyBetweenItsBounds() {
    SentenceTokens s = tokens("x and y z");
    assertThat(GLUE.anyIn(s, 0, s.size())).isTrue();
    assertThat(GLUE.anyIn(s, 1, 2)).isTrue();
    assertThat(GLUE.anyIn(s, 2, s.size())).isFalse();
    assertThat(GLUE.anyIn(s, 0, 1)).isFalse();
    assertThat(s.anyWordIn(-3, 99, GLUE)).isTrue();
    SentenceTokens early = tokens("x gloobwort y");
    WordSet later = WordSet.of("gloobwort");
    assertThat(later.anyIn(early, 0, early.size())).isTrue();
    assertThat(later.anyIn(early, 2, early.size())).isFalse();
  }

  @Test
  void nextInFindsTheNextTokenWhoseNumberIsSet() {
    SentenceTokens s = tokens("and x , and y");
    long[] bits = new long[(s.id(0) >>> 6) + 1];
    bits[s.id(0) >>> 6] |= 1L << s.id(0);
    assertThat(s.nextIn(bits, 0)).isEqualTo(0);
    assertThat(s.nextIn(bits, 1)).isEqualTo(3);
    assertThat(s.nextIn(bits, 4)).isEqualTo(s.size());
    assertThat(s.nextIn(new long[0], 0)).isEqualTo(s.size());
  }

  @Test
  void nextAndNextMentionOrWordFindWhatATokenByTokenTestFinds() {
    SentenceTokens s = withActor("Chad and the U.S. , and Chad's bid or x and", "Chad");
    SentenceTokens early = tokens("x florbwise and y florbwise");
    WordSet later = WordSet.of("florbwise");
    for (SentenceTokens t : List.of(s, early)) {
      for (WordSet set : List.of(GLUE, later)) {
        for (int from = -1; from <= t.size(); from++) {
          for (int to = Math.max(from, 0); to <= t.size(); to++) {
            int plain = to;
            for (int i = Math.max(0, from); i < to; i++) {
              if (t.get(i).isActor() || set.contains(t, i)) {
                plain = i;
                break;
              }
            }
            assertThat(set.nextMentionOrWord(t, from, to)).as(from + " " + to).isEqualTo(plain);
            int word = to;
            for (int i = Math.max(0, from); i < to; i++) {
              if (set.contains(t, i)) {
                word = i;
                break;
              }
            }
            assertThat(set.next(t, from, to)).as(from + " " + to).isEqualTo(word);
          }
        }
      }
    }
  }
}
