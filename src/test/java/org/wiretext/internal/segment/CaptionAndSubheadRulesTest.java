package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.segment.Segments.paragraphs;
import static org.wiretext.internal.segment.Segments.regions;
import static org.wiretext.internal.segment.Segments.segment;

import org.junit.jupiter.api.Test;
import org.wiretext.model.RegionKind;

class CaptionAndSubheadRulesTest {

  @Test
  void aLabelColonDescriptionLineBetweenParagraphsIsACaption() {
    Layout layout = segment("Floods in the valley\n\nThe river burst its banks overnight.\n\n"
        + "Underwater: Residents of the old town wade through the flooded main square on Sunday\n\n"
        + "Rescue teams worked through the night.");
    assertThat(regions(layout, RegionKind.CAPTION))
        .containsExactly("Underwater: Residents of the old town wade through the flooded main square on Sunday");
    assertThat(paragraphs(layout)).hasSize(2);
  }

  @Test
  void aReportedSentenceWithAColonIsNotACaption() {
    Layout layout = segment("Floods in the valley\n\nThe river burst its banks overnight.\n\n"
        + "The mayor said: We will rebuild every house that the water destroyed\n\nRescue teams worked on.");
    assertThat(regions(layout, RegionKind.CAPTION)).isEmpty();
    assertThat(paragraphs(layout)).hasSize(3);
  }

  @Test
  void aPresentTensePhotoLineRightAfterADatelinedLeadIsACaption() {
    Layout layout = segment("VILNIUS, Lithuania (CNN) -- Lithuania will buy new air defence systems, officials said.\n\n"
        + "Soldiers stand guard at a base near Vilnius, Lithuania.\n\n"
        + "The purchase was approved on Tuesday.\n\nDelivery is due next year.");
    assertThat(regions(layout, RegionKind.CAPTION)).containsExactly("Soldiers stand guard at a base near Vilnius, Lithuania.");
    assertThat(paragraphs(layout)).hasSize(3);
  }

  @Test
  void aPastTenseSecondParagraphIsNotACaption() {
    Layout layout = segment("VILNIUS, Lithuania (CNN) -- Lithuania will buy new air defence systems, officials said.\n\n"
        + "Soldiers stood guard at the base on Monday.\n\nDelivery is due next year.");
    assertThat(regions(layout, RegionKind.CAPTION)).isEmpty();
    assertThat(paragraphs(layout)).hasSize(3);
  }

  @Test
  void aShortUnpunctuatedLineBetweenParagraphsIsASubhead() {
    Layout layout = segment("Cabinet reshuffle\nThe prime minister named three new ministers.\nNew faces\n"
        + "The finance post went to a former banker.\nShe starts on Monday.");
    assertThat(regions(layout, RegionKind.SUBHEAD)).containsExactly("New faces");
    assertThat(paragraphs(layout)).hasSize(3);
  }

  @Test
  void aShortLineInsideARunOfLinesIsAListItemNotASubhead() {
    Layout layout = segment("Council plan\n\nThe council listed three aims:\n\nRepair the bridges\nPlant more trees\n"
        + "Open a library.\n\nThe plan costs 2 million euros.");
    assertThat(regions(layout, RegionKind.SUBHEAD)).isEmpty();
    assertThat(String.join("|", paragraphs(layout))).contains("Repair the bridges", "Plant more trees");
  }

  @Test
  void aTitleCaseHeadingWithAFullStopIsASubhead() {
    Layout layout = segment("Coal town changes\n\nThe last mine closed in March.\n\nLooking for New Work.\n\n"
        + "Many miners retrained as electricians.");
    assertThat(regions(layout, RegionKind.SUBHEAD)).containsExactly("Looking for New Work.");
  }

  @Test
  void aShortSentenceIsNotASubhead() {
    Layout layout = segment("Coal town changes\n\nThe last mine closed in March.\n\nMany people left town.\n\n"
        + "Some came back.");
    assertThat(regions(layout, RegionKind.SUBHEAD)).isEmpty();
    assertThat(paragraphs(layout)).hasSize(3);
  }

  @Test
  void aDeckUnderTheHeadlineIsAStandfirstButASentenceThereIsAParagraph() {
    Layout deck = segment("Pilot strike grounds flights\nUnion wants pay to match inflation\n"
        + "PARIS (AFP) - Hundreds of flights were cancelled.\nTalks resume Monday.");
    assertThat(regions(deck, RegionKind.OTHER)).containsExactly("Union wants pay to match inflation");
    Layout sentence = segment("Pilot strike grounds flights\n\nUnion says pay must match inflation.\n\n"
        + "Hundreds of flights were cancelled.");
    assertThat(paragraphs(sentence)).hasSize(2);
  }

  @Test
  void aClosingContributorLineIsAParagraph() {
    Layout layout = segment("Quake shakes coast\n\nA strong quake struck the coast.\n\n"
        + "CNN's Ana Petrova contributed to this report.");
    assertThat(paragraphs(layout)).containsExactly("A strong quake struck the coast.",
        "CNN's Ana Petrova contributed to this report.");
  }

  @Test
  void captionTestTakingWordsOneAtATimeAgreesWithTheWordList() {
    Lexicons lex = Lexicons.get();
    java.util.List<String> vocabulary = new java.util.ArrayList<>(java.util.List.of(
        "the", "rubble", "a", "man's", "well-worn", "caf\u00e9", "\uD801\uDC28x", "x"));
    vocabulary.addAll(lex.captionVerbs.stream().sorted().limit(5).toList());
    vocabulary.addAll(lex.speechVerbs.stream().sorted().limit(3).toList());
    String[] separators = {" ", "  ", ", ", " \u2014 ", "... ", "2024 "};
    java.util.Random random = new java.util.Random(7);
    int captions = 0;
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      if (random.nextInt(4) == 0) {
        sb.append(separators[random.nextInt(separators.length)]); // an opening separator
      }
      int words = random.nextInt(25);
      for (int w = 0; w < words; w++) {
        sb.append(vocabulary.get(random.nextInt(vocabulary.size())));
        if (w + 1 < words || random.nextBoolean()) {
          sb.append(separators[random.nextInt(separators.length)]);
        }
      }
      String s = sb.toString();
      boolean caption = isCaptionByWordList(s, lex);
      assertThat(PhotoCaptionRule.isCaption(s, lex)).as(s).isEqualTo(caption);
      captions += caption ? 1 : 0;
    }
    assertThat(captions).isBetween(100, 19_900); // both answers well tried
  }

  /**
   * The caption test as it was first written: the words that splitting at {@code [^\p{L}'-]+}
   * gives, then its checks.
   */
  private static boolean isCaptionByWordList(String lower, Lexicons lex) {
    java.util.List<String> words = java.util.List.of(
        java.util.regex.Pattern.compile("[^\\p{L}'-]+").split(lower));
    if (words.size() > 20 || words.size() < 4) {
      return false;
    }
    boolean verb = false;
    for (int i = 0; i < words.size(); i++) {
      if (lex.speechVerbs.contains(words.get(i))) {
        return false;
      }
      if (i >= 1 && i <= 5 && lex.captionVerbs.contains(words.get(i))) {
        verb = true;
      }
    }
    return verb;
  }
}
