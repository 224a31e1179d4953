package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

class WireParserTest {

  private static final String STORY = "Ministers meet in Lisbon\n\n"
      + "The foreign ministers of the union met in Lisbon on Tuesday.\n\n"
      + "\"We are ready,\" said Ana Costa, the host.\n";

  @TempDir
  Path tmp;

  @Test
  void theStaticConvenienceParsesPlainText() {
    Article a = WireText.parse(STORY);
    assertThat(a.format()).isEqualTo(Format.PLAIN);
    assertThat(a.text()).isEqualTo(STORY);
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.schema()).isEqualTo("wiretext/1");
  }

  @Test
  void theSameTextAlwaysGetsTheSameIdAndOtherTextAnother() {
    assertThat(WireText.parse(STORY).id()).isEqualTo(WireText.parse(STORY).id());
    assertThat(WireText.parse(STORY + "More.\n").id()).isNotEqualTo(WireText.parse(STORY).id());
  }

  @Test
  void theCallersIdAndDefaultLanguageAreUsed() {
    WireParser parser = WireParser.builder().articleId("story-7").defaultLanguage("de-AT").build();
    Article a = parser.parse(STORY);
    assertThat(a.id()).isEqualTo("story-7");
    assertThat(a.language()).isEqualTo("de-AT");
  }

  @Test
  void inputOverTheLimitGivesATypedErrorNamingLimitAndSize() {
    WireParser parser = WireParser.builder().maxInputSize(10).build();
    assertThatThrownBy(() -> parser.parse("x".repeat(11)))
        .isInstanceOfSatisfying(InputTooLargeException.class, e -> {
          assertThat(e.limit()).isEqualTo(10);
          assertThat(e.size()).isEqualTo(11);
        })
        .hasMessageContaining("10")
        .hasMessageContaining("11");
    assertThatThrownBy(() -> parser.parse(new StringReader("y".repeat(50_000))))
        .isInstanceOf(InputTooLargeException.class)
        .hasMessageContaining("more than 10");
  }

  @Test
  void aReaderAndAFileGiveTheSameArticleAsTheString() throws Exception {
    Path file = tmp.resolve("story.txt");
    Files.writeString(file, STORY, StandardCharsets.UTF_8);
    WireParser parser = WireParser.builder().build();
    Article fromString = parser.parse(STORY);
    try (Reader r = new StringReader(STORY)) {
      assertThat(parser.parse(r)).isEqualTo(fromString);
    }
    assertThat(parser.parse(file)).isEqualTo(fromString);
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheText() throws Exception {
    Path file = tmp.resolve("bom.txt");
    Files.writeString(file, "\uFEFF" + STORY, StandardCharsets.UTF_8);
    assertThat(WireParser.builder().build().parse(file).text()).isEqualTo(STORY);
  }

  @Test
  void bytesThatAreNotUtf8AreReplacedWithAWarning() throws Exception {
    Path file = tmp.resolve("latin1.txt");
    Files.write(file, "Caf\u00e9 society\n\nThe caf\u00e9 opened.\n".getBytes(StandardCharsets.ISO_8859_1));
    Article a = WireParser.builder().build().parse(file);
    assertThat(a.text()).contains("Caf\uFFFD");
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("not UTF-8").contains(" at 3"));
  }

  @Test
  void aMissingFileIsATypedErrorNamingTheFile() {
    Path missing = tmp.resolve("nope.txt");
    assertThatThrownBy(() -> WireParser.builder().build().parse(missing))
        .isInstanceOf(WireTextException.class)
        .hasMessageContaining("nope.txt");
  }

  @Test
  void controlCharactersStayInTheTextAndAreReported() {
    Article a = WireText.parse("Title\n\nBody\u0007 text.\n");
    assertThat(a.text()).contains("\u0007");
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("control character"));
  }

  @Test
  void emptyAndBlankInputGiveAnEmptyArticle() {
    for (String text : new String[] {"", "   \n\n  \t\n"}) {
      Article a = WireText.parse(text);
      assertThat(a.paragraphs()).isEmpty();
      assertThat(a.statements()).isEmpty();
      ArticleInvariants.check("blank", a);
    }
  }

  @Test
  void theBuilderRejectsBadOptionsAtOnce() {
    assertThatThrownBy(() -> WireParser.builder().maxInputSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputSize");
    assertThatThrownBy(() -> WireParser.builder().articleId(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("articleId");
    assertThatThrownBy(() -> WireParser.builder().defaultLanguage(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("languageTag");
    assertThatThrownBy(() -> WireParser.builder().maxWarnings(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxWarnings");
  }

  @Test
  void warningsAreCappedWithACountOfTheRest() {
    WireParser parser = WireParser.builder().maxWarnings(0).build();
    Article a = parser.parse("Title\n\nBody\u0007.\n");
    assertThat(a.warnings()).containsExactly("1 more warning(s) not shown");
  }
}
