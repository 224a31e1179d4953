package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = Lexicons.get().tokenizer;

  @Test
  void theTokensOfAParagraphAreReusedForTheNext() {
    String text = "Mr. Blair met Jacques Chirac in Paris. Talks";
    int second = text.indexOf("Talks");
    List<Token> out = new ArrayList<>();
    List<Token> spare = new ArrayList<>();
    tokenizer.tokenize(text, 0, second, out, spare);
    List<Token> first = new ArrayList<>(out);
    assertThat(spare).hasSize(first.size());
    assertThat(first.get(0).upper()).isEqualTo("MR"); // computed once, then kept

    tokenizer.tokenize(text, second, text.length(), out, spare);
    assertThat(out).hasSize(1);
    assertThat(out.get(0)).isSameAs(first.get(0));
    assertThat(spare).hasSize(first.size());
    // the reused token is the new word in every respect, as a new one would be
    Token fresh = tokenizer.tokenize(text, second, text.length()).get(0);
    assertThat(out.get(0)).isEqualTo(fresh);
    assertThat(out.get(0).lower()).isEqualTo("talks");
    assertThat(out.get(0).upper()).isEqualTo("TALKS");
    assertThat(out.get(0).textId()).isEqualTo(fresh.textId());
    assertThat(out.get(0).sentenceStart()).isTrue();
  }

  @Test
  void reusedTokensReadAsNewOnes() {
    String a = "The Minister of Defence, Jane Roe, said.";
    String b = "Paris is in France and de Gaulle was French, said Mr. X.";
    List<Token> out = new ArrayList<>();
    List<Token> spare = new ArrayList<>();
    tokenizer.tokenize(a, 0, a.length(), out, spare);
    out.forEach(Token::upper);
    tokenizer.tokenize(b, 0, b.length(), out, spare);
    List<Token> fresh = tokenizer.tokenize(b, 0, b.length());
    assertThat(out).isEqualTo(fresh);
    for (int i = 0; i < fresh.size(); i++) {
      Token r = out.get(i);
      Token f = fresh.get(i);
      assertThat(r.upper()).isEqualTo(f.upper());
      assertThat(r.lower()).isEqualTo(f.lower());
      assertThat(List.of(r.textId(), r.lowerId(), r.upperId()))
          .isEqualTo(List.of(f.textId(), f.lowerId(), f.upperId()));
      assertThat(r.is(~0L)).isEqualTo(f.is(~0L));
    }
    assertThat(spare).hasSize(Math.max(fresh.size(), tokenizer.tokenize(a, 0, a.length()).size()));
  }

  @Test
  void aWordNoLexiconHoldsComparesAsItsText() {
    String text = "Zyxwerth, Zyx.";
    List<Token> t = tokenizer.tokenize(text, 0, text.length());
    Token w = t.get(0);
    assertThat(w.unknown()).isTrue();
    assertThat(w.length()).isEqualTo(8);
    assertThat(w.charAt(0)).isEqualTo('Z');
    assertThat(w.endsWith('h')).isTrue();
    assertThat(w.endsWith('.')).isFalse();
    assertThat(w.is("Zyxwerth")).isTrue();
    assertThat(w.is("Zyxwert")).isFalse();
    assertThat(w.is("Zyxwerth,")).isFalse();
    assertThat(t.get(2).is("Zyx")).isTrue();
    assertThat(w.capitalized()).isTrue();
    assertThat(w.text()).isEqualTo("Zyxwerth").isSameAs(w.text());
  }

  @Test
  void theCaseScannedWithAWordIsTheCaseOfItsCharacters() {
    String text = "NATO Nato nATO U.S. W. A Zyx ZYX zyX 1990s G7 X-RAY McCain Ödön ÖDÖN ö Über-Zyx";
    List<Token> t = tokenizer.tokenize(text, 0, text.length());
    for (Token k : t) {
      String w = k.text();
      boolean capitalized = k.word() && Character.isUpperCase(w.codePointAt(0));
      long lower = w.chars().filter(Character::isLowerCase).count();
      long letters = w.chars().filter(Character::isLetter).count();
      assertThat(k.capitalized()).as(w).isEqualTo(capitalized);
      assertThat(k.allCaps()).as(w).isEqualTo(lower == 0 && letters >= 2);
    }
    assertThat(t).extracting(Token::allCaps).containsExactly(true, false, false, true, false,
        false, false, true, false, false, false, true, false, false, true, false, false);
  }

  @Test
  void theCaseSeenWhileScanningIsTheCaseOfTheCharacters() {
    String text = "Minister minister MINISTER McCain mCCAIN U.S. u.S. A a AB Ab aB 1A A1 9 "
        + "O'Neil o'NEIL Jean-Paul JEAN-PAUL X-1 x-Y Côte CÔTE e.g. E.G. ZZ Zz";
    for (Token t : tokenizer.tokenize(text, 0, text.length())) {
      // the same token without the case the scan recorded reads its characters
      Token plain = new Token().set(t.start(), t.end(), text, null, null, t.word(),
          t.sentenceStart(), -1, -1, -1, 0);
      assertThat(t.capitalized()).as(t.text()).isEqualTo(plain.capitalized());
      assertThat(t.allCaps()).as(t.text()).isEqualTo(plain.allCaps());
    }
  }
  @Test
  void aWordTakesInHyphensApostrophesDotsAndMarksOnlyBetweenItsLetters() {
    String text = "U.S. U.S W. w. e.g. E.G. al-Assad -x x- O'Neil Blair's Jones' O'S rock-'n'-roll "
        + "a.b.c. Ab.C. A.bc 5.5 5. caf\u00e9 x\u0301y \u00e9\u0301 Jean-Paul. Mr.X A.";
    String expected = "U.S.|U.S|W.|w|.|e.g.|E.G.|al-Assad|-|x|x|-|O'Neil|Blair|'|s|Jones|'|O|'|S"
        + "|rock|-|'|n|'|-|roll|a.b.c.|Ab|.|C.|A.bc|5|.|5|5|.|caf\u00e9|x\u0301y|\u00e9\u0301"
        + "|Jean-Paul|.|Mr|.|X|A.";
    assertThat(texts(tokenizer.tokenize(text, 0, text.length()), text)).isEqualTo(expected);
    // without a vocabulary (the lexicon phrases' own split) the words end at the same places
    assertThat(texts(new Tokenizer(java.util.Set.of()).tokenize(text, 0, text.length()), text))
        .isEqualTo(expected);
    // a word ends with the range: "U.S." cut before its last dot, "al-" before the letter
    assertThat(texts(tokenizer.tokenize("U.S. al-Assad", 0, 3), "U.S. al-Assad")).isEqualTo("U.S");
    assertThat(texts(tokenizer.tokenize("U.S. al-Assad", 5, 8), "U.S. al-Assad")).isEqualTo("al|-");
  }

  @Test
  void theKeyScannedWithAWordFindsWhatItsStringsFind() {
    // words of up to ten characters are found by the key scanned with them, longer ones by
    // their characters: both must give the ids of the word's strings
    String text = "Minister minister MINISTER MiNiStEr Commission COMMISSION commissioners "
        + "Secretary-General secretary-general U.S. US us NATO Nato nato al-Assad O'Neil "
        + "de De DE van Mr. Mrs Spokeswoman spokeswoman Zyxwerth ZYXWERTH a A I 1990 G7 "
        + "Parliament parliamentary Representatives REPRESENTATIVES Côte Über-Zyx e.g. abcdefghij "
        + "abcdefghijk Democrat Democrats Republican said SAID Said";
    Vocabulary vocabulary = Lexicons.get().vocabulary;
    int found = 0;
    for (Token t : tokenizer.tokenize(text, 0, text.length())) {
      String w = t.text();
      assertThat(t.textId()).as(w).isEqualTo(vocabulary.id(w));
      assertThat(t.lowerId()).as(w).isEqualTo(vocabulary.id(w.toLowerCase(java.util.Locale.ROOT)));
      assertThat(t.upperId()).as(w).isEqualTo(vocabulary.id(w.toUpperCase(java.util.Locale.ROOT)));
      assertThat(t.classes()).as(w)
          .isEqualTo(vocabulary.classes(t.textId(), t.lowerId(), t.upperId()));
      found += t.lowerId() >= 0 ? 1 : 0;
    }
    assertThat(found).isGreaterThan(20);
  }

  private static String texts(List<Token> tokens, String text) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      b.append(b.length() == 0 ? "" : "|").append(text, t.start(), t.end());
    }
    return b.toString();
  }
}
