package org.wiretext.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

class WordClassTest {

  private static void assertEveryWordHas(Set<String> words, int bit) {
    for (String w : words) {
      assertThat(WordClass.of(w) & bit).as(w).isEqualTo(bit);
    }
  }

  @Test
  void everyWordOfAClassCarriesItsBit() {
    assertEveryWordHas(Phrases.CLAUSE_WORDS, WordClass.CLAUSE_WORD);
    assertEveryWordHas(Phrases.PREPOSITIONS, WordClass.PREPOSITION);
    assertEveryWordHas(Phrases.TIME_WORDS, WordClass.TIME_WORD);
    assertEveryWordHas(Phrases.CONNECTIVES, WordClass.CONNECTIVE);
    assertEveryWordHas(Phrases.DETERMINERS, WordClass.DETERMINER);
    assertEveryWordHas(Phrases.titleWordSet(), WordClass.TITLE_WORD);
    assertEveryWordHas(SpeechLexicon.INSTANCE.auxWords(), WordClass.AUX);
    assertEveryWordHas(SpeechLexicon.INSTANCE.sourceNouns(), WordClass.SOURCE_NOUN);
    assertEveryWordHas(SpeechLexicon.INSTANCE.cueFirstWords(), WordClass.CUE_START);
    assertEveryWordHas(SpeechLexicon.INSTANCE.channelFirstWords(), WordClass.CHANNEL_START);
    assertEveryWordHas(NameShape.speakerWords(), WordClass.SPEAKER_WORD);
    assertEveryWordHas(NounCueRule.reportNouns(), WordClass.REPORT_NOUN);
    assertEveryWordHas(Content.ADJUNCT_AFTER_COMMA, WordClass.ADJUNCT_AFTER_COMMA);
    assertEveryWordHas(Content.CONCESSIVE, WordClass.CONCESSIVE);
    assertEveryWordHas(ReportedClauseRule.ADVERBS_BEFORE_PARTICIPLE, WordClass.ADVERB_BEFORE_PARTICIPLE);
    assertEveryWordHas(ReportedClauseRule.PASSIVE, WordClass.PASSIVE);
    assertEveryWordHas(ReportedClauseRule.GERUND_PREPOSITIONS, WordClass.GERUND_PREPOSITION);
    assertEveryWordHas(SpeakerResolver.FOCUS_ADVERBS, WordClass.FOCUS_ADVERB);
    assertEveryWordHas(ReportedClauseRule.NOT_CONTENT_START, WordClass.NOT_CONTENT_START);
    assertEveryWordHas(Content.SUBORDINATORS, WordClass.SUBORDINATOR);
    assertEveryWordHas(NameShape.QUANTIFIERS, WordClass.QUANTIFIER);
  }

  @Test
  void aWordHasOnlyTheBitsOfItsClasses() {
    int in = WordClass.of("in");
    assertThat(in & WordClass.PREPOSITION).isNotZero();
    assertThat(in & WordClass.TIME_WORD).isNotZero();
    assertThat(in & WordClass.CLAUSE_WORD).isZero();
    assertThat(WordClass.of("her") & (WordClass.DETERMINER | WordClass.OBJECT_PRONOUN))
        .isEqualTo(WordClass.DETERMINER | WordClass.OBJECT_PRONOUN);
    assertThat(WordClass.of("her") & WordClass.SUBJECT_PRONOUN_FORM).isZero();
  }

  @Test
  void aWordOutsideASetHasNotItsBit() {
    assertThat(WordClass.of("even") & WordClass.FOCUS_ADVERB).isNotZero();
    assertThat(WordClass.of("evenly") & WordClass.FOCUS_ADVERB).isZero();
    assertThat(WordClass.of("that") & WordClass.NOT_CONTENT_START).isZero();
    assertThat(WordClass.of("whether") & WordClass.SUBORDINATOR).isZero();
    assertThat(WordClass.of("those") & WordClass.QUANTIFIER).isNotZero();
    assertThat(WordClass.of("the") & WordClass.QUANTIFIER).isZero();
  }

  @Test
  void aWordOfNoClassAndPunctuationHaveNoBits() {
    assertThat(WordClass.of("xylophonist")).isZero();
    assertThat(WordClass.of(",")).isZero();
    assertThat(WordClass.of("")).isZero();
  }

  @Test
  void subjectPronounFormsAreThoseThatSubjectPronounReads() {
    for (String w : List.of("he", "they're", "i've", "she'd", "we'll", "i'm", "it's")) {
      assertThat(WordClass.of(w) & WordClass.SUBJECT_PRONOUN_FORM).as(w).isNotZero();
      assertThat(Phrases.subjectPronoun(w)).as(w).isNotNull();
    }
    for (String w : List.of("him", "he'", "they'", "you're", "hes")) {
      assertThat(WordClass.of(w) & WordClass.SUBJECT_PRONOUN_FORM).as(w).isZero();
      assertThat(Phrases.subjectPronoun(w)).as(w).isNull();
    }
    assertThat(WordClass.of("they're") & WordClass.SUBJECT_PRONOUN).isZero();
  }

  @Test
  void aWordFoundByItsTextNotByTheStringInstance() {
    String built = new StringBuilder("offi").append("cials").toString();
    assertThat(WordClass.of(built) & WordClass.SOURCE_NOUN).isNotZero();
  }

  @Test
  void tokensCarryTheClassesOfTheirLowerCaseWords() {
    String text = "He said The Officials quoted it.";
    List<Token> tokens = List.of(Token.of(SourceText.of(text), new TextRange(0, text.length())));
    assertThat(tokens).extracting(Token::lower)
        .containsExactly("he", "said", "the", "officials", "quoted", "it", ".");
    assertThat(tokens.get(0).in(WordClass.SUBJECT_PRONOUN)).isTrue();
    assertThat(tokens.get(1).in(WordClass.CUE_START)).isTrue();
    assertThat(tokens.get(1).in(WordClass.CLAUSE_WORD | WordClass.DETERMINER)).isFalse();
    assertThat(tokens.get(2).in(WordClass.DETERMINER)).isTrue();
    assertThat(tokens.get(3).in(WordClass.SOURCE_NOUN)).isTrue();
    assertThat(tokens.get(4).in(WordClass.QUOTED)).isTrue();
    assertThat(tokens.get(6).classes()).isZero();
  }

  @Test
  void aParagraphOfMoreTokensThanItsLengthSuggestsIsTokenisedWhole() {
    // one token per character: more than the array sized for one token per four characters
    String text = "a,b;c:d-(e)!f?".repeat(20) + "\u2014g";
    Token[] tokens = Token.of(SourceText.of(text), new TextRange(0, text.length()));
    assertThat(tokens).hasSize(text.length());
    for (int i = 0; i < tokens.length; i++) {
      assertThat(tokens[i].start()).isEqualTo(i);
      assertThat(tokens[i].lower()).isEqualTo(String.valueOf(text.charAt(i)));
      assertThat(tokens[i].word()).isEqualTo(Character.isLetter(text.charAt(i)));
      assertThat(tokens[i].isPunct(text.charAt(i))).isEqualTo(!tokens[i].word());
    }
  }
}
