package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wiretext.ArticleInvariants;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

/**
 * The project's example articles ({@code docs/examples/*.txt}), rendered into every format,
 * give back the same statements (texts and speakers' names), actors (names) and bids: the
 * format changes how a story travels, never what it says.
 */
class SameStoryEveryFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> examplesTimesFormats() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("docs/examples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String format : List.of("NITF", "NINJS1", "NINJS2", "NINJS3", "ANPA", "IPTC7901")) {
          out.add(Arguments.of(f.getFileName().toString(), format));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("examplesTimesFormats")
  void theSameStoryGivesTheSameStatementsActorsAndBidsInEveryFormat(String example, String format)
      throws IOException {
    Article plain = FormatFixtures.PARSER.parse(Files.readString(Path.of("docs/examples", example)));
    Story story = Story.of(plain);
    byte[] rendered = switch (format) {
      case "NITF" -> nitf(story);
      case "NINJS1" -> ninjs(story, 1);
      case "NINJS2" -> ninjs(story, 2);
      case "NINJS3" -> ninjs(story, 3);
      case "ANPA" -> anpa(story);
      default -> iptc7901(story);
    };
    Article a = FormatFixtures.PARSER.parse(rendered);
    ArticleInvariants.check(example + " as " + format, a);

    assertThat(a.format()).isEqualTo(Format.valueOf(format.startsWith("NINJS") ? "NINJS" : format));
    assertThat(a.headline()).isEqualTo(plain.headline());
    assertThat(statements(a)).as("statements").isEqualTo(statements(plain));
    assertThat(actors(a)).as("actors").isEqualTo(actors(plain));
    assertThat(bids(a)).as("bids").isEqualTo(bids(plain));
  }

  /** What a story carries, as a format would: headline, byline, body with its dateline. */
  record Story(String headline, String byline, List<String> paragraphs) {
    static Story of(Article a) {
      List<String> ps = new ArrayList<>();
      for (int i = 0; i < a.paragraphs().size(); i++) {
        var p = a.paragraphs().get(i);
        int start = i == 0 && a.dateline().isPresent() ? Math.min(a.dateline().get().start(), p.start()) : p.start();
        ps.add(collapse(a.text().substring(start, p.end())));
      }
      // the headline as written (the field is normalised): a format carries the writer's text
      String headline = a.regions().stream()
          .filter(r -> r.kind() == org.wiretext.model.RegionKind.HEADLINE)
          .map(r -> collapse(r.text())).findFirst().orElse(null);
      return new Story(headline, a.byline().orElse(null), ps);
    }
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static List<String> statements(Article a) {
    Map<String, String> names = a.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
    return a.statements().stream()
        .map(s -> collapse(s.text()) + " <- " + s.speaker().map(names::get).orElse("?"))
        .toList();
  }

  private static List<String> actors(Article a) {
    return a.actors().stream().map(Actor::name).sorted().toList();
  }

  private static List<String> bids(Article a) {
    Map<String, String> names = a.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
    Function<String, String> n = id -> names.getOrDefault(id, id);
    return a.bids().stream()
        .map(b -> n.apply(b.applicant()) + " -> " + n.apply(b.organization()) + " " + b.stage()
            + b.positions().stream().map(p -> n.apply(p.actor()) + ":" + p.stance()).sorted().toList())
        .toList();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static byte[] nitf(Story s) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE nitf SYSTEM \"nitf-3-6.dtd\">\n<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\">"
        + "<head><docdata><doc-id id-string=\"same-story\"/></docdata></head><body><body.head>");
    if (s.headline() != null) {
      sb.append("<hedline><hl1>").append(xml(s.headline())).append("</hl1></hedline>");
    }
    if (s.byline() != null) {
      sb.append("<byline>").append(xml(s.byline())).append("</byline>");
    }
    sb.append("</body.head><body.content>");
    for (String p : s.paragraphs()) {
      sb.append("\n<p>").append(xml(p)).append("</p>");
    }
    sb.append("</body.content></body></nitf>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] ninjs(Story s, int version) {
    ObjectNode n = JSON.createObjectNode();
    n.put("uri", "urn:test:same-story");
    if (version == 1) {
      n.put("headline", s.headline());
      n.put("byline", s.byline());
      n.put("body_text", String.join("\n\n", s.paragraphs()));
    } else {
      ArrayNode hs = n.putArray("headlines");
      if (s.headline() != null) {
        hs.addObject().put("role", "main").put("value", s.headline());
      }
      n.put("by", s.byline());
      StringBuilder html = new StringBuilder();
      for (String p : s.paragraphs()) {
        html.append("<p>").append(xml(p)).append("</p>\n");
      }
      n.putArray("bodies").addObject().put("role", "html")
          .put(version == 2 ? "contenttype" : "contentType", "text/html").put("value", html.toString());
      if (version == 3) {
        n.putObject("standard").put("name", "ninjs").put("version", "3.0");
      }
    }
    return n.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] anpa(Story s) {
    StringBuilder sb = new StringBuilder("\u0016\u0016\u0001a0001\u001FAAA\r\nr i \u0013\u0011bc- BC-Same-Story 06-11 0400\r\n\u0002");
    if (s.headline() != null) {
      sb.append('^').append(s.headline()).append("<\r\n");
    }
    if (s.byline() != null) {
      sb.append("^By ").append(s.byline()).append("=\r\n");
    }
    for (String p : s.paragraphs()) {
      sb.append("\t   ").append(p).append("\r\n");
    }
    sb.append("TW-NY-06-11-26 1432EDT\r\n\u0003\r\n\u0004");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] iptc7901(Story s) {
    StringBuilder sb = new StringBuilder("\u0001tw0001 4 pl 400 TW 0001\r\nSame/Story/\r\n\u0002");
    if (s.headline() != null) {
      sb.append(s.headline()).append(" =\r\n\r\n");
    }
    if (s.byline() != null) {
      sb.append("By ").append(s.byline()).append("\r\n\r\n");
    }
    for (String p : s.paragraphs()) {
      sb.append("   ").append(p).append("\r\n\r\n");
    }
    sb.append("ab xy\r\n\u0003\r\n111432 GMT Jun 26\r\n\u0004");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
