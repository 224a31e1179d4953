package org.wiretext.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Supplier;
import org.wiretext.ArticleInvariants;
import org.wiretext.WireParser;
import org.wiretext.WireTextException;
import org.wiretext.WireTextJson;
import org.wiretext.format.WireFormats;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

/**
 * Fuzz tests of every entry point that reads text from outside: plain text as characters and
 * as bytes, each wire format, and the JSON contract. Each asserts invariants, not only that
 * nothing crashed: the result is a valid article (spans inside {@code text} and equal to their
 * text, every non-blank character in a paragraph or region, references resolve, the JSON round
 * trip gives the same article) or the documented {@link WireTextException}, never another
 * exception.
 *
 * <p>In {@code mvn verify} each runs in regression mode over its seed corpus,
 * {@code src/test/resources/org/wiretext/fuzz/WireTextFuzzTestInputs/<method>/}. A
 * coverage-guided campaign runs one method at a time (see {@code docs/security.md}):
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=WireTextFuzzTest#plainText -Djazzer.max_executions=1000000}.
 */
class WireTextFuzzTest {

  private static final WireParser PLAIN = WireParser.builder().build();
  private static final WireParser PLAIN_BYTES = WireParser.builder().inputFormat(Format.PLAIN).build();

  private static WireParser parserFor(Format f) {
    return WireParser.builder().inputFormat(f).build();
  }

  private static final WireParser NITF = parserFor(Format.NITF);
  private static final WireParser NINJS = parserFor(Format.NINJS);
  private static final WireParser ANPA = parserFor(Format.ANPA);
  private static final WireParser IPTC = parserFor(Format.IPTC7901);

  /** {@code WireParser.parse(String)}: plain text never fails and keeps every character. */
  @FuzzTest
  void plainText(byte[] data) {
    String text = FuzzInput.chars(data);
    Article a = PLAIN.parse(text);
    ArticleInvariants.check("plainText", a);
    String expected = text.startsWith("\uFEFF") ? text.substring(1) : text;
    assertThat(a.text()).as("the article's text is the input").isEqualTo(expected);
  }

  /**
   * {@code WireParser.parse(byte[])} and {@code parseAll(byte[])}: read as plain text (any
   * encoding, any bytes) they never fail and give one article; when the content looks like
   * another format, the detecting parser gives articles or the typed refusal only.
   */
  @FuzzTest
  void plainBytes(byte[] data) {
    List<Article> plain = PLAIN_BYTES.parseAll(data).toList();
    assertThat(plain).as("plain text is one article").hasSize(1);
    ArticleInvariants.check("plainBytes", plain.get(0));
    if (WireFormats.detect(data) != Format.PLAIN) {
      articlesOrRefusal("detected", () -> PLAIN.parseAll(data).toList());
    }
    articlesOrRefusal("detected feed", () -> PLAIN.parseAll(feed(data)).toList());
  }

  /** NITF (XML): an article, or a refusal of malformed or hostile XML. */
  @FuzzTest
  void nitf(byte[] data) {
    articlesOrRefusal("nitf", () -> NITF.parseAll(data).toList());
    articlesOrRefusal("nitf feed", () -> NITF.parseAll(feed(data)).toList());
  }

  /** ninjs (JSON, JSON Lines): articles, or a refusal of malformed or hostile JSON. */
  @FuzzTest
  void ninjs(byte[] data) {
    articlesOrRefusal("ninjs", () -> NINJS.parseAll(data).toList());
    articlesOrRefusal("ninjs feed", () -> NINJS.parseAll(feed(data)).toList());
  }

  /** ANPA-1312 framed messages: articles, however broken the framing. */
  @FuzzTest
  void anpa(byte[] data) {
    articlesOrRefusal("anpa", () -> ANPA.parseAll(data).toList());
    articlesOrRefusal("anpa feed", () -> ANPA.parseAll(feed(data)).toList());
  }

  /** IPTC 7901 framed messages: articles, however broken the framing. */
  @FuzzTest
  void iptc7901(byte[] data) {
    articlesOrRefusal("iptc7901", () -> IPTC.parseAll(data).toList());
    articlesOrRefusal("iptc7901 feed", () -> IPTC.parseAll(feed(data)).toList());
  }

  /**
   * {@code WireTextJson.read}: an article whose spans equal their text and which writes back
   * to the same article, or the typed refusal.
   */
  @FuzzTest
  void contractJson(byte[] data) {
    String json = FuzzInput.chars(data);
    Article a;
    try {
      a = WireTextJson.read(json);
    } catch (WireTextException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    ArticleInvariants.spansEqualTheirText("contractJson", a);
    assertThat(WireTextJson.read(WireTextJson.write(a))).as("JSON round trip").isEqualTo(a);
    assertThat(WireTextJson.read(WireTextJson.writePretty(a))).as("pretty round trip").isEqualTo(a);
  }

  /** The same bytes as a stream: the streaming reader ({@code parseAll(InputStream)}). */
  private static java.io.InputStream feed(byte[] data) {
    return new java.io.ByteArrayInputStream(data);
  }

  private static void articlesOrRefusal(String name, Supplier<List<Article>> parse) {
    List<Article> articles;
    try {
      articles = parse.get();
    } catch (WireTextException refused) {
      assertThat(refused.getMessage()).as("%s: a refusal says why", name).isNotBlank();
      return;
    }
    for (Article a : articles) {
      ArticleInvariants.check(name, a);
    }
  }

}
