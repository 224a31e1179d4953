package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * The contract's layout invariant on every input: paragraphs and regions never overlap, stay
 * inside the text, and together cover every non-blank character. Checked on invented wire
 * snippets of every layout the segmenter knows, their CRLF variants, every prefix and suffix
 * of them, and hostile input.
 */
class SegmenterInvariantTest {

  static Stream<String> snippets() {
    return Stream.of(
        "",
        "   \n\t\n  ",
        "Flash News\n\n\nHarbour reopens after storm\n\nHarbour reopens after storm\n\n"
            + "The harbour reopened on Monday.\n\n\"We are relieved,\" the harbour master said ./ KTA\n\nLatest news",
        "GRAIN EXPORTS RISE\n    By Olga Berg, Reuters\n    OTTAWA, June 2 - Exports rose\n12 pct in May.\n"
            + "    Wheat led the gain, the board said.\n REUTER\n",
        "By \nLena Fischer\n\nPUBLISHED:\n\n09:15 EST, 12 May 2014\n\n| \n\nUPDATED:\n\n11:02 EST, 12 May 2014\n\n"
            + "The plant will close, the owners said.\n\nClosed: The gates of the plant on Friday after the last shift\n\n"
            + "Workers were told \non Friday.\n\n@highlight\n\nPlant to close in June",
        "[AB]URL[AB]\nhttps://example.org/a/b\n\n[AB]TITLE[AB]\nLake level drops\n\n[AB]BODY[AB]\nThe lake fell.\nBoats are stranded.",
        "Pilot strike grounds flights\nUnion wants pay to match inflation\nPARIS (AFP) - Flights were cancelled. (Full story)\n"
            + "New faces\nTalks resume Monday. E-mail to a friend",
        "Why the canal matters\n\nABSTRACT.\n\nThe canal carries trade.\n\nFULL TEXT.\n\nCAIRO - Ships queued.\n\nPilots worked.",
        "By . Lena Fischer . PUBLISHED: . 09:15 EST, 12 May 2014 . | . UPDATED: . 11:02 EST, 12 May 2014 . Body text here.",
        "PUBLISHED: . 09:15 EST, 12 May 2014 .",
        "Autor: KTV",
        "(CNN) --",
        "OSLO, March 3 -",
        "By",
        "./ REL",
        "\u00A0\u00A0\n\u2003x\u2003\n\u00A0",
        "\u0000\u0001 control \u0007 characters \u001F\n\n\u0000",
        "Emoji \uD83D\uDE00 headline\n\nA paragraph with \uD83C\uDF0D in it.\n\nAnother one.",
        "LONE \uD800 surrogate\n\ntext \uDC00 here.",
        "line one\rline two\r\rline three\r\n\r\nline four");
  }

  @ParameterizedTest
  @MethodSource("snippets")
  void paragraphsAndRegionsCoverEveryVisibleCharacterWithoutOverlap(String text) {
    assertInvariant(text);
    assertInvariant(text.replace("\r\n", "\n").replace("\n", "\r\n"));
  }

  @ParameterizedTest
  @MethodSource("snippets")
  void everyPrefixAndSuffixKeepsTheInvariant(String text) {
    for (int i = 0; i <= text.length(); i++) {
      assertInvariant(text.substring(0, i));
      assertInvariant(text.substring(i));
    }
  }

  @ParameterizedTest
  @MethodSource("snippets")
  void aCrlfVariantGivesTheSameLayout(String text) {
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    Layout a = Segments.segment(lf);
    Layout b = Segments.segment(lf.replace("\n", "\r\n"));
    assertThat(b.paragraphs()).hasSameSizeAs(a.paragraphs());
    assertThat(b.regions().stream().map(Layout.RegionInfo::kind).toList())
        .isEqualTo(a.regions().stream().map(Layout.RegionInfo::kind).toList());
    assertThat(b.headline()).isEqualTo(a.headline());
    assertThat(b.byline()).isEqualTo(a.byline());
    assertThat(b.credit()).isEqualTo(a.credit());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void oneTenMegabyteLineIsSegmentedInLinearTime() {
    String line = "word ".repeat(2 * 1024 * 1024);
    Layout layout = assertInvariant(line);
    assertThat(layout.paragraphs()).hasSize(1);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hundredsOfThousandsOfShortLinesAreSegmentedInLinearTime() {
    assertInvariant("A.\n".repeat(200_000));
    assertInvariant("By\n\n".repeat(200_000));
    assertInvariant("    X\n".repeat(200_000));
    assertInvariant("@highlight\n\n".repeat(200_000));
    assertInvariant("\n".repeat(2_000_000));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void longRepetitiveLinesAreSegmentedInLinearTime() {
    assertInvariant("WASHINGTON, March 3 ".repeat(200_000));
    assertInvariant("((((((((((".repeat(200_000));
    assertInvariant("By Jane Doe, ".repeat(200_000));
    assertInvariant("./ ".repeat(300_000) + "REL");
    assertInvariant(" - ".repeat(300_000));
  }

  static Layout assertInvariant(String text) {
    Layout layout = new Segmenter().segment(SourceText.of(text));
    List<TextRange> all = new ArrayList<>(layout.paragraphs());
    layout.regions().forEach(r -> all.add(r.range()));
    all.sort(null);
    int pos = 0;
    boolean[] covered = new boolean[text.length()];
    for (TextRange r : all) {
      assertThat(r.isEmpty()).as("empty piece %s", r).isFalse();
      assertThat(r.start()).as("overlap at %s", r).isGreaterThanOrEqualTo(pos);
      assertThat(r.end()).isLessThanOrEqualTo(text.length());
      for (int i = r.start(); i < r.end(); i++) {
        covered[i] = true;
      }
      pos = r.end();
    }
    for (int i = 0; i < text.length(); i++) {
      if (!covered[i]) {
        assertThat(TextShapes.isBlank(text.charAt(i)))
            .as("character %d (U+%04X) of %s is not covered", i, (int) text.charAt(i), abbreviate(text))
            .isTrue();
      }
    }
    assertThat(layout.warnings()).noneMatch(w -> w.message().startsWith("layout rules failed"));
    return layout;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
