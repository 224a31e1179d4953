package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.lexicon.LexiconFile;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * The lexicon's phrases are matched from their first word, the key they are listed under, by
 * their other words only ({@link SpeechLexicon#cueAt}, {@link SpeechLexicon#channelAt}): every
 * listed phrase is found as a whole, the longest first, and never past the tokens given.
 */
class SpeechLexiconPhraseTest {

  private static final SpeechLexicon LEXICON = SpeechLexicon.INSTANCE;

  @Test
  void everyCueOfSeveralWordsIsFoundWhole() {
    int tried = 0;
    for (String[] row : LexiconFile.rows("speech-cues.tsv")) {
      String form = row[0].trim();
      if (row[2].trim().equalsIgnoreCase("aux") || form.indexOf(' ') < 0) {
        continue;
      }
      Token[] tokens = tokens("They " + form + " them.");
      Optional<SpeechLexicon.Match<SpeechLexicon.Cue>> cue = LEXICON.cueAt(tokens, tokens.length, 1);
      int words = form.split(" ").length;
      assertThat(cue).as(form).isPresent();
      assertThat(cue.get().value().form()).as(form).isEqualTo(form);
      assertThat(cue.get().to()).as(form).isEqualTo(1 + words);
      tried++;
    }
    assertThat(tried).isGreaterThan(10);
  }

  @Test
  void aPhraseIsNotFoundWhenItsLastWordDiffersOrIsMissing() {
    Token[] tokens = tokens("They called on them.");
    assertThat(LEXICON.cueAt(tokens, tokens.length, 1).get().to()).isEqualTo(3);
    Token[] other = tokens("They called onto them.");
    assertThat(LEXICON.cueAt(other, other.length, 1).map(m -> m.to()).orElse(2)).isEqualTo(2);
    // only the first two tokens are given: "on" lies past them
    assertThat(LEXICON.cueAt(tokens, 2, 1).map(m -> m.to()).orElse(2)).isEqualTo(2);
  }

  @Test
  void theLongestChannelPhraseWins() {
    Token[] tokens = tokens("in a telephone interview with him");
    Optional<SpeechLexicon.Match<String>> channel = LEXICON.channelAt(tokens, tokens.length, 2);
    assertThat(channel).isPresent();
    assertThat(channel.get().value()).isEqualTo("interview");
    assertThat(channel.get().to()).isEqualTo(4);
    Token[] single = tokens("in an interview with him");
    assertThat(LEXICON.channelAt(single, single.length, 2).get().to()).isEqualTo(3);
    Token[] cut = tokens("a telephone call");
    assertThat(LEXICON.channelAt(cut, cut.length, 1)).isEmpty();
  }

  private static Token[] tokens(String text) {
    return Token.of(SourceText.of(text), new TextRange(0, text.length()));
  }
}
