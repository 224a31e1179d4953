package org.wiretext.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretext.WireTextException;
import org.wiretext.model.Format;
import org.wiretext.model.RegionKind;

/**
 * Reads IPTC ninjs 1.x, 2.x and 3.x documents, one JSON object or JSON Lines of them. The
 * version is told by {@code $standard} (1.x) or {@code standard} (2.x, 3.x), else by key
 * shape; each version's field names are looked up in turn (see {@code docs/formats.md}).
 */
final class NinjsReader {
  private NinjsReader() {}

  /** The deepest JSON nesting accepted; ninjs needs five levels. */
  static final int MAX_NESTING_DEPTH = 200;
  /** The longest JSON string accepted, in characters (a body's HTML is one string). */
  static final int MAX_STRING_LENGTH = 20_000_000;
  /** The longest JSON number accepted, in characters; ninjs numbers are small counts. */
  static final int MAX_NUMBER_LENGTH = 64;
  /** The longest JSON key accepted, in characters. */
  static final int MAX_NAME_LENGTH = 1_000;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .maxStringLength(MAX_STRING_LENGTH)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .maxNameLength(MAX_NAME_LENGTH)
              .build())
          .build())
      // JSON Lines: a first object followed by more is not one document
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // two values for one key: readers could disagree on which counts, so refuse
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Every ninjs document in {@code text}: one object, or one per non-blank line. */
  static List<WireDocument> read(String text, List<WireDocument.Issue> decodeWarnings) {
    List<WireDocument> out = new ArrayList<>();
    String trimmed = text.strip();
    if (trimmed.startsWith("[")) {
      JsonNode array = parse(trimmed, 0);
      for (JsonNode n : array) {
        out.add(document(n, decodeWarnings));
      }
      return out;
    }
    JsonNode whole = null;
    try {
      whole = MAPPER.readTree(trimmed);
    } catch (JsonProcessingException e) {
      if (isRefusal(e)) {
        throw refused(e, 0);
      }
      whole = null; // maybe JSON Lines: read line by line below
    }
    if (whole != null && whole.isObject()) {
      out.add(document(whole, decodeWarnings));
      return out;
    }
    int line = 0;
    for (String l : text.split("\n", -1)) {
      line++;
      if (!l.isBlank()) {
        out.add(document(parse(l, line), decodeWarnings));
      }
    }
    return out;
  }

  /** Whether {@code json} is one whole JSON value (a JSON Lines line rather than a part). */
  static boolean isWholeJson(String json) {
    try {
      MAPPER.readTree(json);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The document on line {@code line} (from 1) of JSON Lines. */
  static WireDocument line(String json, int line, List<WireDocument.Issue> decodeWarnings) {
    return document(parse(json, line), decodeWarnings);
  }

  private static JsonNode parse(String json, int line) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw isRefusal(e) ? refused(e, line)
          : new WireTextException("not a ninjs document" + (line > 0 ? " on line " + line : "")
              + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Over a limit, or a duplicate key: the document is refused, whatever its line structure. */
  private static boolean isRefusal(JsonProcessingException e) {
    return e instanceof StreamConstraintsException
        || String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
  }

  private static WireTextException refused(JsonProcessingException e, int line) {
    return new WireTextException("ninjs document refused" + (line > 0 ? " on line " + line : "")
        + ": " + e.getOriginalMessage(), e);
  }

  static WireDocument document(JsonNode n, List<WireDocument.Issue> decodeWarnings) {
    if (!n.isObject()) {
      throw new WireTextException("not a ninjs document: a JSON object is expected");
    }
    DocumentBuilder d = new DocumentBuilder(Format.NINJS);
    d.warnings(decodeWarnings);
    d.meta("ninjsVersion", version(n));
    d.id = str(n, "uri", "guid");
    d.published = str(n, "versionCreated", "versioncreated", "firstCreated", "firstcreated");
    d.slug = str(n, "slugline");
    d.language = str(n, "language", "lang");
    d.byline = str(n, "by", "byline");
    d.credit = str(n, "copyrightHolder", "copyrightholder");
    if (d.credit == null) {
      d.credit = firstName(n, "infoSources", "infosources", "infosource");
    }
    d.datelinePlace = str(n, "located");
    for (String key : new String[] {"urgency", "pubStatus", "pubstatus", "type", "version"}) {
      JsonNode v = n.get(key);
      if (v != null && v.isValueNode()) {
        d.meta(key, v.asText());
      }
    }
    d.headline = headline(n);
    d.block(RegionKind.HEADLINE, d.headline);
    if (d.byline != null) {
      d.block(RegionKind.BYLINE, DocumentBuilder.bylineLine(d.byline));
    }
    List<String> paragraphs = body(n);
    if (paragraphs.isEmpty()) {
      // a text with no body still carries its summary: keep it rather than lose it
      String summary = description(n);
      if (summary != null) {
        paragraphs = List.of(DocumentBuilder.collapse(summary));
      }
    }
    d.body(d.datelinePlace, paragraphs);
    return d.build();
  }

  /** "1.x", "2.x", "3.x" as the document says or its keys suggest. */
  static String version(JsonNode n) {
    JsonNode std = n.get("standard");
    if (std != null && std.isObject() && std.hasNonNull("version")) {
      return std.get("version").asText();
    }
    JsonNode old = n.get("$standard");
    if (old != null && old.isObject() && old.hasNonNull("version")) {
      return old.get("version").asText();
    }
    if (n.has("headlines") || n.has("bodies")) {
      return n.has("versionCreated") || n.has("copyrightHolder") || n.has("pubStatus")
          || n.has("firstCreated") || n.has("infoSources") ? "3.x" : "2.x";
    }
    return "1.x";
  }

  private static String headline(JsonNode n) {
    JsonNode hs = n.get("headlines");
    if (hs != null && hs.isArray() && hs.size() > 0) {
      for (JsonNode h : hs) {
        String role = text(h.get("role"));
        if (role == null || role.equalsIgnoreCase("main")) {
          String v = text(h.get("value"));
          if (v != null) {
            return v;
          }
        }
      }
      return text(hs.get(0).get("value"));
    }
    String h = str(n, "headline");
    return h != null ? h : str(n, "title");
  }

  private static String description(JsonNode n) {
    JsonNode ds = n.get("descriptions");
    if (ds != null && ds.isArray()) {
      for (JsonNode dsc : ds) {
        String v = text(dsc.get("value"));
        if (v != null) {
          return v;
        }
      }
    }
    return str(n, "description_text", "description");
  }

  /** The body's paragraphs: an HTML body (paragraph structure) before a plain-text one. */
  private static List<String> body(JsonNode n) {
    JsonNode bodies = n.get("bodies");
    if (bodies != null && bodies.isArray()) {
      String html = null;
      String plain = null;
      for (JsonNode b : bodies) {
        String type = lower(text(b.has("contentType") ? b.get("contentType") : b.get("contenttype")));
        String role = lower(text(b.get("role")));
        String value = text(b.get("value"));
        if (value == null) {
          continue;
        }
        if (type.contains("html") || role.equals("html") || role.equals("xhtml")) {
          html = html == null ? value : html;
        } else if (type.isEmpty() || type.equals("text/plain") || role.equals("text")) {
          plain = plain == null ? value : plain;
        }
      }
      if (html != null) {
        return HtmlText.paragraphs(html);
      }
      return plain == null ? List.of() : PlainText.paragraphs(plain);
    }
    String html = str(n, "body_html", "body_xhtml");
    if (html != null) {
      return HtmlText.paragraphs(html);
    }
    String plain = str(n, "body_text");
    return plain == null ? List.of() : PlainText.paragraphs(plain);
  }

  private static String firstName(JsonNode n, String... keys) {
    for (String k : keys) {
      JsonNode a = n.get(k);
      if (a != null && a.isArray() && a.size() > 0) {
        String name = text(a.get(0).get("name"));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  private static String str(JsonNode n, String... keys) {
    for (String k : keys) {
      String v = text(n.get(k));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String text(JsonNode v) {
    if (v == null || !v.isValueNode() || v.isNull()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
