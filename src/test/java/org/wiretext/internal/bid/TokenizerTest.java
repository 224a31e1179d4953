package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/** {@link Tokenizer}: one article's sentences read with one cursor over its mentions. */
class TokenizerTest {

  private static final String TEXT = "Chad applied. Mali and Chad agreed. Niger waited.";

  private static BidFixture fixture() {
    return BidFixture.text(TEXT).state("Chad").state("Mali").state("Niger");
  }

  private static Tokenizer tokenizer(BidFixture f) {
    return new Tokenizer(f.layout().source(), f.attribution().actors());
  }

  private static List<String> words(SentenceTokens s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add((s.get(i).isActor() ? "@" : "") + s.get(i).word());
    }
    return out;
  }

  private static List<TextRange> sentences(Tokenizer t) {
    return Sentences.of(TEXT, t.chars(), List.of(new TextRange(0, TEXT.length())));
  }

  @Test
  void eachSentenceGetsItsOwnMentionsInTextOrder() {
    Tokenizer t = tokenizer(fixture());
    List<TextRange> s = sentences(t);
    assertThat(s).hasSize(3);
    assertThat(words(t.sentence(0, s.get(0)))).containsExactly("@Chad", "applied", ".");
    assertThat(words(t.sentence(1, s.get(1)))).containsExactly("@Mali", "and", "@Chad", "agreed", ".");
    assertThat(words(t.sentence(2, s.get(2)))).containsExactly("@Niger", "waited", ".");
  }

  @Test
  void sentencesReadOutOfOrderGetTheSameTokens() {
    BidFixture f = fixture();
    Tokenizer inOrder = tokenizer(f);
    Tokenizer backwards = tokenizer(f);
    List<TextRange> s = sentences(inOrder);
    List<List<String>> expected = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      expected.add(words(inOrder.sentence(i, s.get(i))));
    }
    for (int i = s.size() - 1; i >= 0; i--) {
      assertThat(words(backwards.sentence(i, s.get(i)))).isEqualTo(expected.get(i));
    }
    assertThat(words(backwards.sentence(1, s.get(1)))).isEqualTo(expected.get(1));
  }

  @Test
  void aMentionRunningPastTheSentenceIsReadAsWords() {
    String text = "They met in New York. City halls closed.";
    BidFixture f = BidFixture.text(text).actor(org.wiretext.model.ActorKind.ORGANIZATION, "York. City");
    Tokenizer t = new Tokenizer(f.layout().source(), f.attribution().actors());
    SentenceTokens first = t.sentence(0, new TextRange(0, text.indexOf('.') + 1));
    assertThat(words(first)).containsExactly("they", "met", "in", "new", "york", ".");
    SentenceTokens whole = t.sentence(0, new TextRange(0, text.length()));
    assertThat(words(whole)).contains("@York. City");
  }

  @Test
  void theCopiedTextIsTheFoldedText() {
    SourceText source = SourceText.of("It\u2019s \u201cdone\u201d.");
    Tokenizer t = new Tokenizer(source, ActorTable.empty());
    assertThat(new String(t.chars())).isEqualTo(source.folded());
  }
}
