package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wiretext.ArticleInvariants;
import org.wiretext.WireParser;
import org.wiretext.WireTextException;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

/**
 * Hostile NITF under {@code src/test/resources/hostile/nitf/}: entities (external, parameter,
 * hidden behind a comment), entity expansion, external DTDs, schemas, stylesheets and
 * XIncludes pointing at a local listener, deep nesting, attribute floods. Each is refused with
 * a clear error or read without its external parts, and nothing ever connects.
 */
@Timeout(20)
class HostileXmlTest {

  private static final WireParser DETECT = WireParser.builder().build();
  private static final WireParser NITF = WireParser.builder().inputFormat(Format.NITF).build();

  /** A local listener standing in for a remote server: any fetch would connect here. */
  private ServerSocket listener;

  @BeforeEach
  void listen() throws IOException {
    listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    listener.setSoTimeout(200);
  }

  @AfterEach
  void close() throws IOException {
    listener.close();
  }

  private byte[] hostile(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/hostile/nitf/" + name)) {
      assertThat(in).as("hostile file %s", name).isNotNull();
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("@URL@", "http://127.0.0.1:" + listener.getLocalPort());
      return xml.getBytes(StandardCharsets.UTF_8);
    }
  }

  private void assertNoConnectionAttempted() throws IOException {
    try {
      listener.accept().close();
      throw new AssertionError("the parser connected to " + listener.getLocalPort());
    } catch (SocketTimeoutException expected) {
      // nobody connected
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xxe-system-entity.xml", "xxe-hidden-after-comment.xml",
      "xxe-parameter-entity.xml", "xxe-public-entity.xml", "billion-laughs.xml",
      "quadratic-blowup.xml"})
  void entityDeclarationsAreRefusedAndNothingIsFetched(String name) throws IOException {
    byte[] xml = hostile(name);
    for (WireParser parser : new WireParser[] {DETECT, NITF}) {
      assertThatThrownBy(() -> parser.parse(xml)).isInstanceOf(WireTextException.class)
          .hasMessageContaining("NITF").hasMessageContaining("entit");
    }
    assertNoConnectionAttempted();
  }

  @ParameterizedTest
  @ValueSource(strings = {"external-dtd-public.xml", "schema-and-stylesheet.xml"})
  void externalDtdsSchemasStylesheetsAndIncludesAreNeverFetched(String name) throws IOException {
    Article a = NITF.parse(hostile(name));
    ArticleInvariants.check(name, a);
    assertThat(a.paragraphs()).extracting(s -> s.text()).containsExactly("Boats sail.");
    assertNoConnectionAttempted();
  }

  @ParameterizedTest
  @ValueSource(strings = {"deep-nesting.xml", "many-attributes.xml"})
  void excessiveDepthAndAttributeFloodsAreRefusedWithAClearError(String name) throws IOException {
    byte[] xml = hostile(name);
    assertThatThrownBy(() -> NITF.parse(xml)).isInstanceOf(WireTextException.class)
        .hasMessageContaining("NITF");
  }

  /** Found by fuzzing: the JDK's parser failed with a MissingResourceException here. */
  @org.junit.jupiter.api.Test
  void aControlCharacterInsideADoctypeIsAClearErrorNotAnInternalOne() throws IOException {
    byte[] xml = hostile("control-char-in-doctype.xml");
    for (WireParser parser : new WireParser[] {DETECT, NITF}) {
      assertThatThrownBy(() -> parser.parse(xml)).isInstanceOf(WireTextException.class)
          .hasMessageContaining("not a readable NITF document");
    }
  }
}
