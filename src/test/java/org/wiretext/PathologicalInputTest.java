package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wiretext.model.Article;

/**
 * Hostile and degenerate input: each gives a best-effort article (or the typed size error)
 * well within a generous timeout, with every invariant held. The timeouts catch hangs and
 * quadratic blow-ups, not speed: speed is measured with JMH.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PathologicalInputTest {

  private static final WireParser PARSER = WireParser.builder().build();

  private static Article parse(String name, String text) {
    Article a = PARSER.parse(text);
    ArticleInvariants.check(name, a);
    return a;
  }

  /**
   * The largest inputs get three minutes on a loaded machine: far more than linear work needs,
   * far less than a quadratic scan of them would.
   */
  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aTenMegabyteSingleLineJustUnderTheLimit() {
    StringBuilder sb = new StringBuilder(WireParser.DEFAULT_MAX_INPUT_SIZE);
    while (sb.length() < WireParser.DEFAULT_MAX_INPUT_SIZE - 64) {
      sb.append("The minister said the talks would go on. ");
    }
    Article a = parse("ten megabyte line", sb.toString());
    assertThat(a.text()).hasSize(sb.length());
  }

  @Test
  void oneCharacterOverTheLimitIsTheTypedError() {
    String text = "x".repeat(WireParser.DEFAULT_MAX_INPUT_SIZE + 1);
    assertThatThrownBy(() -> PARSER.parse(text)).isInstanceOf(InputTooLargeException.class);
  }

  @Test
  void aHundredThousandQuotationMarks() {
    parse("straight quotes", "Title\n\n" + "\"".repeat(100_000) + "\n");
    parse("mixed quotes", "Title\n\n" + "\u201C\u201D\u00AB`'\u201E".repeat(20_000) + "\n");
    parse("quoted words", "Title\n\n" + "\"a\" said Bo, ".repeat(20_000) + "\n");
  }

  @Test
  void unbalancedAndMismatchedQuotationMarks() {
    parse("unbalanced", "Title\n\n\"It will never close, said the minister.\n\nNext \u201Cparagraph\u00BB here.\n");
    parse("many openers", "Title\n\n" + "He said \"yes and ".repeat(10_000) + "\n");
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMillionOneWordParagraphs() {
    Article a = PARSER.parse("Title\n\n" + "Word.\n\n".repeat(1_000_000));
    ArticleInvariants.spansEqualTheirText("million paragraphs", a);
    ArticleInvariants.paragraphsAndRegionsCoverEveryNonBlankCharacter("million paragraphs", a);
    assertThat(a.paragraphs().size() + a.regions().size()).isGreaterThanOrEqualTo(1_000_000);
  }

  @Test
  void aSingleMarkQuotationReopenedInFiftyThousandParagraphs() {
    parse("running single quotation", "Title\n\nShe said: " + "'We will stay here for good, all of us.\n\n".repeat(50_000));
    parse("stray single marks", "Title\n\n" + "The 'old lady of the port, as they call it.\n\n'".repeat(50_000));
  }

  @Test
  void manyQuotedAsSayingFormulasInOneSentence() {
    parse("quoted as saying", "Title\n\n" + "AFP quoted him as saying, he was quoted as ".repeat(20_000) + "\n");
  }

  @Test
  void fiftyThousandTranscriptTurns() {
    Article a = parse("transcript turns", "Title\n\nMayor Ada Lind spoke.\n\n"
        + "LIND: We will not sell it.\n\nHOST HOST HOST HOST: Why?\n\nAB\n\n".repeat(50_000));
    assertThat(a.statements()).hasSizeGreaterThanOrEqualTo(50_000);
  }

  @Test
  void deeplyNestedQuotes() {
    String open = "\"a 'b \u201Cc \u2018d ".repeat(5_000);
    String close = " d\u2019 c\u201D b' a\"".repeat(5_000);
    parse("nested", "Title\n\nShe said " + open + "core" + close + " today.\n");
  }

  @Test
  void aHundredThousandCharacterName() {
    String name = "Ab" + "c".repeat(100_000);
    parse("long name", "Title\n\nPresident " + name + " " + name + " said that it rains.\n");
    parse("many names", "Title\n\n" + "Minister Ana Costa said, ".repeat(20_000) + "\n");
  }

  @Test
  void controlCharactersAndNul() {
    Article a = parse("controls", "Ti\u0000tle\n\nBody \u0001\u0002 text\u0000 said Ana.\n");
    assertThat(a.warnings()).isNotEmpty();
  }

  @Test
  void invalidUtf8IsReplacedWithAWarningAndNothingElseIsLost() {
    byte[] bytes = {'T', 'i', 't', 'l', 'e', '\n', '\n', 'B', 'a', 'd', ' ', (byte) 0xC3, '(', ' ',
        (byte) 0xFF, (byte) 0xFE, ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', (byte) 0xE2,
        (byte) 0x82, ' ', 's', 'a', 'i', 'd', ' ', 'A', 'n', 'a', '.', '\n', (byte) 0xF0, (byte) 0x9F};
    Article a = PARSER.parse(bytes);
    ArticleInvariants.check("invalid UTF-8", a);
    assertThat(a.text()).contains("Bad \uFFFD(").endsWith("said Ana.\n\uFFFD");
    assertThat(a.warnings()).isNotEmpty();
  }

  @Test
  void aByteOrderMarkIsDroppedAtTheStartAndKeptInsideTheText() {
    Article fromString = parse("BOM string", "\uFEFFTitle\n\nThe port reopened, said Ana.\n");
    assertThat(fromString.text()).startsWith("Title");
    byte[] utf8 = "\uFEFFTitle\n\nThe port reopened, said Ana.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Article fromBytes = PARSER.parse(utf8);
    ArticleInvariants.check("BOM bytes", fromBytes);
    assertThat(fromBytes.text()).isEqualTo(fromString.text());
    byte[] utf16 = "\uFEFFTitle\n\nThe port reopened, said Ana.\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    Article fromUtf16 = PARSER.parse(utf16);
    ArticleInvariants.check("BOM UTF-16", fromUtf16);
    assertThat(fromUtf16.text()).isEqualTo(fromString.text());
    Article inside = parse("BOM inside", "Title\n\nOne\uFEFF two.\n\n\uFEFF\n\nThree.\n");
    assertThat(inside.text()).contains("One\uFEFF two.");
  }

  @Test
  void everyKindOfLineEnding() {
    parse("CR", "Title\r\rOne.\r\rTwo.\r");
    parse("CRLF", "Title\r\n\r\nOne.\r\n\r\nTwo.\r\n");
    parse("mixed", "Title\r\n\nOne.\r\r\nTwo.\n\r");
    parse("unicode separators", "Title\u2028\u2028One.\u2029Two.\u0085\u0085Three.\u000B\u000CFour.");
    parse("many mixed", "Title\r\n\r\n" + "A line.\rB line.\nC line.\r\n\n\r".repeat(50_000));
  }

  @Test
  void surrogatePairsAndLoneSurrogates() {
    parse("pairs", "Title \uD83D\uDE00\n\n\"\uD83D\uDE00 yes \uD83D\uDE00\" said Ana \uD83C\uDDEA\uD83C\uDDFA.\n");
    Article a = parse("lone", "Title\n\nBad \uD83D half \uDE00 said Ana.\n");
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("lone surrogate"));
  }

  @Test
  void noSpanCutsAnEmojiWhereverItStandsAroundACue() {
    // fuzzing found a statement that began between the two halves of an emoji
    String emoji = "\uD83D\uDE00";
    String[] words = {"Vera", "Lind", "told", "reporters", "the", "vote", "would", "wait", "."};
    for (int at = 0; at <= words.length; at++) {
      for (String glue : new String[] {"", " "}) {
        StringBuilder sb = new StringBuilder("Title\n\n");
        for (int w = 0; w < words.length; w++) {
          if (w == at) {
            sb.append(emoji).append(emoji).append(glue);
          }
          sb.append(words[w]).append(' ');
        }
        if (at == words.length) {
          sb.append(emoji);
        }
        parse("emoji at " + at, sb.append('\n').toString()); // checks every span
      }
    }
  }

  @Test
  void rightToLeftTextAndCombiningMarks() {
    parse("rtl", "\u0639\u0646\u0648\u0627\u0646\n\n\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \"\u0646\u0639\u0645\" \u200F.\n");
    parse("combining", "Title\n\nZ\u0301\u0302\u0303\u0304 said \"e\u0301\u0301\u0301\" a\u20DD.\n");
  }

  @Test
  void attributionLayoutsRepeatedWithinOneParagraph() {
    // each rule that looks back or around a cue is bounded: repeating its layout in one long
    // sentence costs linear time
    parse("letters", "Title\n\nRask's letter arrived. " + "\"Yes,\" the letter reads, ".repeat(10_000) + "\n");
    parse("pronouns", "Title\n\nAfter meeting Tom Reyes in the hall, " + "he said yes, ".repeat(20_000) + "\n");
    parse("sources", "Title\n\n" + "Rates rose, according to a report by the Ledger, ".repeat(10_000) + "\n");
    parse("party tags", "Title\n\n" + "\"No,\" Rep. Ana Lee (D-Ore.) said, ".repeat(10_000) + "\n");
    parse("sources after a report", "Title\n\nAna Lee said that rates rose, "
        + "but, according to her, rates fell ".repeat(10_000) + "\n");
    parse("carried-on quotations", "Title\n\n\"Yes,\" said Ana Lee. "
        + "\"We will open the dock\" to the pilots ".repeat(10_000) + "\n");
    parse("colon introductions", "Title\n\n" + "Ana Lee said:\n\n\"We will open the dock.\"\n\n".repeat(5_000));
    parse("appositive chains", "Title\n\n\"Yes,\" said Ana Lee, " + "a lawyer at Ward & Ames, who ".repeat(10_000)
        + "left.\n");
    parse("relative pronoun speakers", "Title\n\n" + "listeners to the show, who went and said that ".repeat(10_000)
        + "it ended.\n");
    parse("relative clauses of documents", "Title\n\nThe audit " + "-- which notes that rates rose -- ".repeat(10_000)
        + "was read.\n");
    parse("thousands separators", "Title\n\nAna Lee said " + "1,000,".repeat(20_000) + "000 left.\n");
    parse("report nouns", "Title\n\n" + "Ana Lee's claim that his call for ".repeat(10_000) + "calm.\n");
    parse("plural possessives", "Title\n\nAna Lee, who runs the unions' drive, said " + "the nurses' wards, ".repeat(10_000)
        + "closed.\n");
  }

  @Test
  void onlyPunctuationAndOnlyCapitals() {
    parse("punctuation", "\n\n" + ".,;:!?-()[]".repeat(50_000));
    parse("capitals", "Title\n\n" + "Ab Cd Ef Gh ".repeat(100_000) + "said.\n");
  }
}
