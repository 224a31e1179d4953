package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.segment.Segments.paragraphs;
import static org.wiretext.internal.segment.Segments.regions;
import static org.wiretext.internal.segment.Segments.segment;

import org.junit.jupiter.api.Test;
import org.wiretext.model.RegionKind;

class FurnitureRulesTest {

  @Test
  void siteLabelLinesAreFurniture() {
    Layout layout = segment("Bridge closes\n\nAdvertisement\n\nThe bridge closed on Sunday.\n\nRead more:\n\n"
        + "Traffic was diverted.\n\nShare this article");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("Advertisement", "Read more:", "Share this article");
    assertThat(paragraphs(layout)).containsExactly("The bridge closed on Sunday.", "Traffic was diverted.");
  }

  @Test
  void datasetMarkersLinkLinesAndSeparatorsAreFurniture() {
    Layout layout = segment("[AB]URL[AB]\nhttps://example.org/news/2020/04/story-1234\n\n[AB]TITLE[AB]\nLake level drops\n\n"
        + "[AB]BODY[AB]\nThe lake fell two metres.\n***\nBoats are stranded.");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("[AB]URL[AB]",
        "https://example.org/news/2020/04/story-1234", "[AB]TITLE[AB]", "[AB]BODY[AB]", "***");
    assertThat(layout.headline()).contains("Lake level drops");
    assertThat(paragraphs(layout)).containsExactly("The lake fell two metres.", "Boats are stranded.");
  }

  @Test
  void theLineAfterAnAtHighlightMarkerIsAHighlight() {
    Layout layout = segment("Drought hits farms\n\nCrops failed across the south.\n\nRain is forecast.\n\n@highlight\n\n"
        + "Crops failed across the south\n\n@highlight\n\nRain forecast for next week");
    assertThat(regions(layout, RegionKind.HIGHLIGHT)).containsExactly("Crops failed across the south", "Rain forecast for next week");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("@highlight", "@highlight");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void siteLabelsGluedToAParagraphEndAreCutOff() {
    Layout layout = segment("Hospital opens\n\nThe hospital opened on Monday. (Full story)\n\n"
        + "The health minister attended, officials said. E-mail to a friend");
    assertThat(paragraphs(layout)).containsExactly("The hospital opened on Monday.", "The health minister attended, officials said.");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("(Full story)", "E-mail to a friend");
  }

  @Test
  void publishedAndUpdatedLabelsAndTheirTimesAreFurnitureAndFillPublished() {
    Layout layout = segment("By \nLena Fischer\n\nPUBLISHED:\n\n09:15 EST, 12 May 2014\n\n|\n\nUPDATED:\n\n"
        + "11:02 EST, 12 May 2014\n\nThe factory will close in June, the owners said.\n\nWorkers were told on Friday.");
    assertThat(layout.published()).contains("2014-05-12T09:15-05:00");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("PUBLISHED:", "09:15 EST, 12 May 2014", "|",
        "UPDATED:", "11:02 EST, 12 May 2014");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void aLabelAndTimeOnOneLineFillPublished() {
    Layout layout = segment("Council vote\n\nPublished: March 4, 2015 7:30 p.m. ET\n\nThe council voted.\n\nIt was close.");
    assertThat(layout.published()).contains("2015-03-04T19:30-05:00");
  }

  @Test
  void aBareTimeBetweenParagraphsOfALiveFileIsASubhead() {
    Layout layout = segment("Live: election night\n\nPolls have closed.\n\n9:45 p.m.\n\nThe first results are in.\n\n___\n\n"
        + "9 p.m.\n\nTurnout was high.");
    assertThat(regions(layout, RegionKind.SUBHEAD)).containsExactly("9:45 p.m.", "9 p.m.");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("___");
    assertThat(paragraphs(layout)).hasSize(3);
  }

  @Test
  void abstractAndFullTextMarkersAreFurnitureAndTheAbstractIsAStandfirst() {
    Layout layout = segment("Why the canal matters\n\nABSTRACT.\n\nThe canal carries a tenth of world trade.\n\n"
        + "FULL TEXT.\n\nCAIRO - Ships queued at both ends of the canal.\n\nPilots worked double shifts.");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("ABSTRACT.", "FULL TEXT.");
    assertThat(regions(layout, RegionKind.OTHER)).containsExactly("The canal carries a tenth of world trade.");
    assertThat(layout.dateline().orElseThrow().place()).isEqualTo("CAIRO");
    assertThat(paragraphs(layout)).containsExactly("Ships queued at both ends of the canal.", "Pilots worked double shifts.");
  }

  @Test
  void aSectionLabelUnderTheHeadlineIsFurniture() {
    Layout layout = segment("Parking fees are too high\n\nLETTERS.\n\nThe new fees hurt small shops.\n\nJan Novak.");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("LETTERS.");
    assertThat(layout.kicker()).isEmpty();
  }

  @Test
  void aFollowLineIsFurniture() {
    Layout layout = segment("Budget row\n\nThe budget passed.\n\nFollow Tom Reed on Twitter @tomreed.");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("Follow Tom Reed on Twitter @tomreed.");
  }

  @Test
  void copyrightNoticesAreFurnitureAloneOrAtTheEndOfTheLastParagraph() {
    Layout alone = segment("Ski season opens\n\nThe lifts opened on Saturday.\n\nCopyright 2009 Alpine News. All rights reserved.");
    assertThat(regions(alone, RegionKind.FURNITURE)).containsExactly("Copyright 2009 Alpine News. All rights reserved.");
    Layout glued = segment("Ski season opens\n\nSnow fell overnight.\n\nThe lifts opened on Saturday. "
        + "Copyright 2009 Alpine News. All rights reserved. This material may not be redistributed.");
    assertThat(paragraphs(glued)).containsExactly("Snow fell overnight.", "The lifts opened on Saturday.");
    Layout law = segment("Ski season opens\n\nSnow fell.\n\nThe lifts opened. Copyright law protects the trail maps.");
    assertThat(paragraphs(law)).containsExactly("Snow fell.", "The lifts opened. Copyright law protects the trail maps.");
  }

  @Test
  void theLinkTitlesUnderARelatedHeadingAreFurniture() {
    Layout layout = segment("Zoo welcomes panda cub\n\nThe cub was born on Monday.\n\nKeepers are delighted.\n\n"
        + "Related\n\nZoo to build new enclosure\n\nRecord visitor numbers in August");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("Related", "Zoo to build new enclosure",
        "Record visitor numbers in August");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void aClosingSourceLineIsTheCredit() {
    Layout layout = segment("Rates unchanged\n\nThe bank kept rates on hold.\n\nMarkets were calm.\n\nSource: Telegrafi");
    assertThat(layout.credit()).contains("Telegrafi");
    assertThat(regions(layout, RegionKind.CREDIT)).containsExactly("Source: Telegrafi");
  }

  @Test
  void aLinkTeaserEndingInAnArrowIsFurnitureButAGuillemetQuotationIsNot() {
    Layout layout = segment("Rally in the capital\n\nThousands marched on Sunday. Watch the rally \u00BB\n\n"
        + "See photos of the march \u00BB\n\n\u00ABWe will be back next year with twice as many people and louder drums \u00BB\n\nPolice said it was calm.");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("Watch the rally \u00BB", "See photos of the march \u00BB");
    assertThat(paragraphs(layout)).containsExactly("Thousands marched on Sunday.", "\u00ABWe will be back next year with twice as many people and louder drums \u00BB",
        "Police said it was calm.");
  }

  @Test
  void aLastUpdatedLineWithoutColonGivesTheTime() {
    Layout layout = segment("By \nNina Frost\n\nLast updated at 4:05 PM on 12th March 2011\n\nThe school reopened.\n\nPupils returned.");
    assertThat(layout.published()).contains("2011-03-12T16:05");
    assertThat(regions(layout, RegionKind.FURNITURE)).containsExactly("Last updated at 4:05 PM on 12th March 2011");
  }

  @Test
  void aFlattenedPageHeaderGivesBylineFurniturePublishedAndTheBodyAfterIt() {
    Layout layout = segment("By . Lena Fischer . PUBLISHED: . 09:15 EST, 12 May 2014 . | . UPDATED: . 11:02 EST, 12 May 2014 . "
        + "The factory will close in June, the owners said.\n\nWorkers were told on Friday.");
    assertThat(layout.byline()).contains("Lena Fischer");
    assertThat(layout.published()).contains("2014-05-12T09:15-05:00");
    assertThat(regions(layout, RegionKind.BYLINE)).containsExactly("By . Lena Fischer");
    assertThat(regions(layout, RegionKind.FURNITURE))
        .containsExactly(". PUBLISHED: . 09:15 EST, 12 May 2014 . | . UPDATED: . 11:02 EST, 12 May 2014 .");
    assertThat(paragraphs(layout)).containsExactly("The factory will close in June, the owners said.", "Workers were told on Friday.");
  }

  @Test
  void aSentenceOpeningWithByAndADotIsNotAPageHeader() {
    Layout layout = segment("Plant closes\n\nBy . the way, this is body text.\n\nMore text.");
    assertThat(layout.byline()).isEmpty();
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void theEdgeLabelsLastCharacterKeysAreEqualWhenRegionMatchesTakesThemForTheSame() {
    String labelEnds = "aZk).\u00BB\u0130\u0131\u017F\u00DF\u03A3\u1E9E";
    for (char b : labelEnds.toCharArray()) {
      for (char a = 0; a < 0xFFFF; a++) {
        boolean expected = String.valueOf(a).regionMatches(true, 0, String.valueOf(b), 0, 1);
        boolean same = EdgeFurnitureRule.caseKey(a) == EdgeFurnitureRule.caseKey(b);
        if (same != expected) {
          assertThat(same)
              .as("U+%04X against U+%04X", (int) a, (int) b).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void aLinkLineIsFurnitureWhateverTheCaseOfItsScheme() {
    assertThat(StructuralLines.isUrl("HTTPS://example.org/story")).isTrue();
    assertThat(StructuralLines.isUrl("Www.example.org")).isTrue();
    assertThat(StructuralLines.isUrl("http://example.org/a story")).isFalse();
    assertThat(StructuralLines.isUrl("Here is http://example.org")).isFalse();
    assertThat(StructuralLines.isUrl("")).isFalse();
  }

  @Test
  void aLineThatMayNotBeAMarkerLineByItsFirstCharacterIsNone() {
    String[] rests = {"", "highlight", "SN]x[SN]", "ttp://a.org", "ttps://a.org", "ww.a.org", "||", "__.",
        "tweet/>", "amp;#3;", " * *", "x]", "HIGHLIGHT", "b>", "#3;"};
    for (char first = 0; first < 0xFFFF; first++) {
      if (StructuralLines.mayBeMarkerLine(first)) {
        continue;
      }
      for (String rest : rests) {
        String s = first + rest;
        assertThat(StructuralLines.isHighlightMarker(s) || StructuralLines.isMarker(s)
            || StructuralLines.isUrl(s) || StructuralLines.isSeparator(s) || StructuralLines.isMarkupOnly(s))
            .as("U+%04X then %s", (int) first, rest).isFalse();
      }
    }
    for (String line : new String[] {"@highlight", "[SN]URL[SN]", "http://a.org", "www.a.org", "|", "___.",
        "<tweet/>", "&amp;#3;", "* * *"}) {
      assertThat(StructuralLines.mayBeMarkerLine(line.charAt(0))).as(line).isTrue();
      assertThat(StructuralLines.mayBeMarkerLine(line.charAt(0), line.length())).as(line).isTrue();
    }
  }

  @Test
  void aLongLineThatMayNotBeAMarkerLineByItsFirstCharacterIsNone() {
    String[] rests = {"highlight", "SN]x[SN]", "ttp://a.org", "ww.a.org", "||", "__.", "tweet/>", "amp;#3;",
        " * *", "x]", "b>", "#3;", "amp; &lt; &gt;"};
    String[] pads = {"", " ", "|", "_", "*", "-", "&amp;", "<b>", "."};
    for (char first = 0; first < 0xFFFF; first++) {
      for (String rest : rests) {
        for (String pad : pads) {
          String s = first + (pad.isEmpty() ? rest : pad.repeat(50 / pad.length()) + rest);
          if (StructuralLines.mayBeMarkerLine(first, s.length())) {
            continue;
          }
          assertThat(StructuralLines.isHighlightMarker(s) || StructuralLines.isMarker(s)
              || StructuralLines.isUrl(s) || StructuralLines.isSeparator(s) || StructuralLines.isMarkupOnly(s))
              .as("U+%04X then %s", (int) first, s).isFalse();
        }
      }
    }
    for (String line : new String[] {"http://example.org/" + "a".repeat(50), "www." + "b".repeat(50),
        "<div>" + "<br/>".repeat(10) + "</div>"}) {
      assertThat(line).hasSizeGreaterThan(StructuralLines.MAX_SHORT_MARKER);
      assertThat(StructuralLines.mayBeMarkerLine(line.charAt(0), line.length())).as(line).isTrue();
    }
  }

  @Test
  void aLinkLineInsideATextIsTestedAsTheSameLineCopiedOut() {
    String text = "see http://a.org/x www.b.org\nHTTPS://c.org/y\nhttp:/ wwwx http https:/ h\u00A0w";
    for (int start = 0; start <= text.length(); start++) {
      for (int end = start; end <= text.length(); end++) {
        assertThat(StructuralLines.isUrl(text, start, end))
            .as("[%d, %d)", start, end)
            .isEqualTo(StructuralLines.isUrl(text.substring(start, end)));
      }
    }
    assertThat(StructuralLines.isUrl(text, 4, 18)).isTrue();
  }
}
