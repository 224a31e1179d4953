package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wiretext.WireTextException;
import org.wiretext.model.Article;
import org.wiretext.model.RegionKind;
import org.wiretext.model.Span;

class NitfFormatTest {

  /** A local listener standing in for a remote server: any fetch would connect here. */
  private ServerSocket listener;

  @BeforeEach
  void listen() throws Exception {
    listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    listener.setSoTimeout(200);
  }

  @AfterEach
  void close() throws Exception {
    listener.close();
  }

  private void assertNoConnectionAttempted() throws Exception {
    try {
      listener.accept().close();
      throw new AssertionError("the parser connected to " + listener.getLocalPort());
    } catch (SocketTimeoutException expected) {
      // nobody connected
    }
  }

  private String url() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/evil";
  }

  private static Article parse(String xml) {
    return FormatFixtures.PARSER.parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNamespacedFileWithADoctypeGivesItsLayoutFields() {
    Article a = FormatFixtures.parse("harbour-namespaced.xml");
    assertThat(a.id()).isEqualTo("TEST-NITF-0001");
    assertThat(a.headline()).hasValue("Port of Valmont reopens after storm");
    assertThat(a.byline()).as("the byline's title is not the name").hasValue("Anna Kessler");
    assertThat(a.credit()).hasValue("Test Wire");
    assertThat(a.slug()).hasValue("valmont-port");
    assertThat(a.published()).hasValue("2026-03-14T08:15:00Z");
    assertThat(a.language()).isEqualTo("en-GB");
    assertThat(a.metadata()).containsEntry("urgency", "3");
    assertThat(a.dateline()).hasValueSatisfying(d -> {
      assertThat(d.place()).isEqualTo("VALMONT");
      assertThat(d.date()).hasValue("2026-03-14");
    });
    assertThat(a.paragraphs()).extracting(Span::text).hasSize(3)
        .last().asString().contains("feared & most");
    assertThat(a.regions()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(RegionKind.SUBHEAD);
      assertThat(r.text()).isEqualTo("Ferries resume");
    });
    assertThat(a.text()).as("captions are not the story's text").doesNotContain("A ferry leaves");
    assertThat(a.statements()).anySatisfy(s -> assertThat(s.text()).startsWith("The quays are safe again"));
  }

  @Test
  void aPlainFileWithoutNamespaceOrDoctypeReads() {
    Article a = FormatFixtures.parse("harbour-plain.xml");
    assertThat(a.byline()).hasValue("Anna Kessler");
    assertThat(a.published()).hasValue("2026-03-14T08:15:00Z");
    assertThat(a.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("VALMONT"));
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aLatin1FileIsDecodedAsItsDeclarationSays() {
    byte[] xml = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><nitf><body><body.head><hedline>"
        + "<hl1>K\u00F6ln w\u00E4hlt</hl1></hedline></body.head><body.content><p>Die Stadt w\u00E4hlte am Sonntag.</p>"
        + "</body.content></body></nitf>").getBytes(StandardCharsets.ISO_8859_1);
    Article a = FormatFixtures.PARSER.parse(xml);
    assertThat(a.headline()).hasValue("K\u00F6ln w\u00E4hlt");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  @Timeout(10)
  void anExternalDtdIsNeverFetched() throws Exception {
    Article a = parse("<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"" + url() + "\">"
        + "<nitf><body><body.content><p>Quiet day in the harbour.</p></body.content></body></nitf>");
    assertThat(a.paragraphs()).extracting(Span::text).containsExactly("Quiet day in the harbour.");
    assertNoConnectionAttempted();
  }

  @Test
  @Timeout(10)
  void anExternalEntityIsAClearErrorAndNeverFetched() throws Exception {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"" + url() + "\">]>"
        + "<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>";
    assertThatThrownBy(() -> parse(xml)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("entities");
    assertNoConnectionAttempted();
  }

  @Test
  @Timeout(10)
  void aParameterEntityToAnExternalDtdIsNeverFetched() throws Exception {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY % ext SYSTEM \"" + url() + "\"> %ext;]>"
        + "<nitf><body><body.content><p>Text.</p></body.content></body></nitf>";
    assertThatThrownBy(() -> parse(xml)).isInstanceOf(WireTextException.class);
    assertNoConnectionAttempted();
  }

  @Test
  @Timeout(10)
  void billionLaughsIsRefusedWithoutExpansion() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      sb.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      sb.append("\">");
    }
    sb.append("]><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>");
    assertThatThrownBy(() -> parse(sb.toString())).isInstanceOf(WireTextException.class)
        .hasMessageContaining("never expanded");
  }

  @Test
  @Timeout(10)
  void anUndeclaredEntityReferenceIsAClearError() {
    assertThatThrownBy(() -> parse("<nitf><body><body.content><p>&mystery;</p></body.content></body></nitf>"))
        .isInstanceOf(WireTextException.class).hasMessageContaining("NITF");
  }

  @Test
  @Timeout(10)
  void deepNestingIsRefused() {
    String xml = "<nitf>" + "<x>".repeat(50_000) + "</x>".repeat(50_000) + "</nitf>";
    assertThatThrownBy(() -> parse(xml)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("nested deeper");
  }

  @Test
  void malformedXmlIsAClearError() {
    assertThatThrownBy(() -> parse("<nitf><body><p>unclosed</body>"))
        .isInstanceOf(WireTextException.class).hasMessageContaining("NITF");
  }

  @Test
  void aRootOtherThanNitfIsPlainText() {
    Article a = parse("<rss><item>Not a story</item></rss>");
    assertThat(a.format()).isEqualTo(org.wiretext.model.Format.PLAIN);
  }
}
