package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.model.Article;
import org.wiretext.model.Format;
import org.wiretext.model.Region;
import org.wiretext.model.RegionKind;
import org.wiretext.model.Span;
import org.wiretext.model.Statement;

class FramedFormatsTest {

  @Test
  void anAnpaStreamOfTwoMessagesIsTwoArticles() {
    List<Article> all = FormatFixtures.parseAll("keston.anpa");
    assertThat(all).hasSize(2).allSatisfy(a -> assertThat(a.format()).isEqualTo(Format.ANPA));
    assertThat(all).extracting(a -> a.slug().orElseThrow()).containsExactly("BC-Dam-Vote", "BC-Fair-Opens");
  }

  @Test
  void anAnpaHeaderKeepsItsRawCodesInMetadata() {
    Article a = FormatFixtures.parseAll("keston.anpa").get(0);
    assertThat(a.metadata())
        .containsEntry("serviceLevel", "a")
        .containsEntry("storyNumber", "0412")
        .containsEntry("selector", "AAA")
        .containsEntry("priority", "r")
        .containsEntry("category", "i")
        .containsEntry("version", "1stLd-Writethru")
        .containsEntry("filingDate", "06-11")
        .containsEntry("wordCount", "312");
  }

  @Test
  void anpaCaretLinesGiveHeadlineAndByline() {
    Article a = FormatFixtures.parseAll("keston.anpa").get(0);
    assertThat(a.headline()).hasValue("Dam plan wins narrow vote");
    assertThat(a.byline()).hasValue("ELENA MARSH");
    assertThat(a.text()).doesNotContain("^").doesNotContain("\u0002").doesNotContain("\u0016");
  }

  @Test
  void anpaUnderscoreIsADashAndTheStampIsFurniture() {
    Article a = FormatFixtures.parseAll("keston.anpa").get(0);
    assertThat(a.text()).doesNotContain("_").contains("(TW) \u2014 Voters");
    assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("KESTON, Ore."));
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.regions()).filteredOn(r -> r.kind() == RegionKind.FURNITURE).extracting(Region::text)
        .containsExactly("TW-NY-06-11-26 1432EDT");
    assertThat(a.statements()).extracting(Statement::text)
        .contains("It was close, but the valley spoke");
  }

  @Test
  void anIptc7901StreamGivesHeaderFieldsKeywordsAndTrailerTime() {
    List<Article> all = FormatFixtures.parseAll("gruenwald.iptc");
    assertThat(all).hasSize(2).allSatisfy(a -> assertThat(a.format()).isEqualTo(Format.IPTC7901));
    Article a = all.get(0);
    assertThat(a.headline()).hasValue("Gruenwald elects new council");
    assertThat(a.slug()).hasValue("Wahl/Stadtrat/Gruenwald");
    assertThat(a.published()).hasValue("2026-03-14T15:30Z");
    assertThat(a.metadata())
        .containsEntry("source", "tw")
        .containsEntry("number", "0231")
        .containsEntry("priority", "4")
        .containsEntry("category", "pl")
        .containsEntry("wordCount", "245")
        .containsEntry("keywords", "TW 0117 / Wahl/Stadtrat/Gruenwald");
    assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Gruenwald"));
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.regions()).filteredOn(r -> r.kind() == RegionKind.FURNITURE).extracting(Region::text)
        .containsExactly("kb xy", "141530 GMT Mar 26");
  }

  @Test
  void aLegacyWindows1252MessageIsDecodedWithoutWarnings() {
    Article b = FormatFixtures.parseAll("gruenwald.iptc").get(1);
    assertThat(b.headline()).hasValue("Bakery chain opens in S\u00FCderfeld");
    assertThat(b.byline()).hasValue("J\u00F6rg Maier");
    assertThat(b.slug()).hasValue("Wirtschaft/B\u00E4ckerei");
    assertThat(b.warnings()).isEmpty();
    assertThat(b.paragraphs()).extracting(Span::text).hasSize(1);
  }

  @Test
  void aUtf8ByteOrderMarkIsHonouredAndBadBytesAreAWarningNeverAnException() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] story = "Bridge opens\n\nLINDBY (TW) - The bridge opened.\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + story.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(story, 0, withBom, 3, story.length);
    assertThat(FormatFixtures.PARSER.parse(withBom).text()).startsWith("Bridge opens");

    byte[] bad = story.clone();
    bad[2] = (byte) 0xFF;
    Article a = FormatFixtures.PARSER.parse(bad);
    assertThat(a.text()).contains("\uFFFD");
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("replaced"));
  }

  @Test
  void framingWithoutText(){
    byte[] junk = {0x01, 0x02, 0x03, 0x04, 0x01, 0x16, 0x01};
    assertThat(FormatFixtures.PARSER.parseAll(junk).toList()).allSatisfy(a ->
        assertThat(a.paragraphs()).isEmpty());
  }
}
