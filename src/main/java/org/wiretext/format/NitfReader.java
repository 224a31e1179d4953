package org.wiretext.format;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.wiretext.WireTextException;
import org.wiretext.model.Format;
import org.wiretext.model.RegionKind;

/**
 * Reads an NITF 3.x document with the JDK's StAX parser, matching local names so namespaced
 * and plain files both read. Safe on hostile input: DTD support is off (a DOCTYPE is accepted
 * and ignored, never fetched), external entities are off, no entity is ever expanded (an
 * undeclared reference is an error), external access is refused, element depth is bounded.
 */
final class NitfReader {
  private NitfReader() {}

  /** The deepest element nesting accepted; NITF needs a dozen levels. */
  static final int MAX_DEPTH = 128;

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }

  static WireDocument read(String xml, List<WireDocument.Issue> decodeWarnings) {
    try {
      return parse(xml, decodeWarnings);
    } catch (XMLStreamException e) {
      throw new WireTextException("not a readable NITF document: " + e.getMessage(), e);
    }
  }

  private static WireDocument parse(String xml, List<WireDocument.Issue> decodeWarnings)
      throws XMLStreamException {
    if (hasEntityDeclarations(xml)) {
      throw new WireTextException(
          "NITF document refused: its DOCTYPE declares entities, which are never expanded");
    }
    XMLStreamReader r = factory().createXMLStreamReader(new StringReader(xml));
    DocumentBuilder d = new DocumentBuilder(Format.NITF);
    d.warnings(decodeWarnings);
    Deque<String> path = new ArrayDeque<>();
    String title = null;
    String hl1 = null;
    StringBuilder capture = null;
    String capturing = null;
    int captureDepth = 0;
    List<String[]> body = new ArrayList<>(); // {kind, text}: "p" or "hl2"
    String byline = null;
    String distributor = null;
    String rightsOwner = null;
    String copyrightHolder = null;
    String dateline = null;
    String location = null;
    int locationStart = -1;
    boolean sawRoot = false;
    try {
      while (r.hasNext()) {
        int ev = next(r);
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (!sawRoot) {
            sawRoot = true;
            if (!name.equals("nitf")) {
              throw new WireTextException("not an NITF document: the root is <" + name + ">");
            }
            d.language = attr(r, "baselang");
            if (d.language == null) {
              d.language = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            }
          }
          path.push(name);
          if (path.size() > MAX_DEPTH) {
            throw new WireTextException("NITF document refused: elements nested deeper than " + MAX_DEPTH);
          }
          if (capture != null) {
            if (name.equals("location") && "dateline".equals(capturing)) {
              locationStart = capture.length();
            } else if (name.equals("story.date") && "dateline".equals(capturing)) {
              d.datelineDate = isoDate(attr(r, "norm"));
            }
            if (name.equals("byttl") && "byline".equals(capturing)) {
              // a byline's title is not part of the name: skip it
              skip(r);
              path.pop();
            }
            continue;
          }
          switch (name) {
            case "doc-id" -> d.id = attr(r, "id-string");
            case "date.issue" -> d.published = isoTime(attr(r, "norm"));
            case "du-key" -> d.slug = attr(r, "key");
            case "urgency" -> d.meta("urgency", attr(r, "ed-urg"));
            case "doc.copyright" -> copyrightHolder = attr(r, "holder");
            case "story.date" -> d.datelineDate = isoDate(attr(r, "norm"));
            case "pubdata" -> {
              if (d.published == null) {
                d.published = isoTime(attr(r, "date.publication"));
              }
            }
            default -> { }
          }
          if (name.equals("title") || name.equals("hl1") || name.equals("byline")
              || name.equals("distributor") || name.equals("rights.owner") || name.equals("dateline")
              || ((name.equals("p") || name.equals("hl2")) && path.contains("body.content")
                  && !path.contains("media") && !path.contains("table"))) {
            capture = new StringBuilder();
            capturing = name;
            captureDepth = path.size();
          }
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
            || ev == XMLStreamConstants.SPACE) {
          if (capture != null) {
            capture.append(r.getText());
          }
        } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new WireTextException("NITF document refused: entity reference &"
              + r.getLocalName() + "; is never expanded");
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (locationStart >= 0 && "location".equals(path.peek()) && capture != null) {
            location = location == null ? DocumentBuilder.collapse(capture.substring(locationStart)) : location;
            locationStart = -1;
          }
          if (capture != null && path.size() == captureDepth) {
            String t = DocumentBuilder.collapse(capture.toString());
            switch (capturing) {
              case "title" -> title = title == null ? t : title;
              case "hl1" -> hl1 = hl1 == null ? t : hl1;
              case "byline" -> byline = byline == null ? t : byline;
              case "distributor" -> distributor = distributor == null ? t : distributor;
              case "rights.owner" -> rightsOwner = rightsOwner == null ? t : rightsOwner;
              case "dateline" -> dateline = dateline == null ? t : dateline;
              default -> body.add(new String[] {capturing, t});
            }
            capture = null;
            capturing = null;
          }
          path.pop();
        }
      }
    } finally {
      r.close();
    }
    if (!sawRoot) {
      throw new WireTextException("not an NITF document: no root element");
    }
    d.headline = hl1 != null && !hl1.isEmpty() ? hl1 : title;
    d.byline = byline;
    d.credit = firstNonEmpty(distributor, rightsOwner, copyrightHolder);
    d.datelinePlace = location != null && !location.isEmpty() ? location : dateline;
    d.block(RegionKind.HEADLINE, d.headline);
    if (byline != null && !byline.isEmpty()) {
      d.block(RegionKind.BYLINE, DocumentBuilder.bylineLine(byline));
    }
    List<String> before = new ArrayList<>();
    boolean bodyStarted = false;
    for (String[] b : body) {
      if (b[0].equals("hl2")) {
        if (!bodyStarted) {
          before.add(b[1]);
        } else {
          d.block(RegionKind.SUBHEAD, b[1]);
        }
      } else if (!b[1].isEmpty()) {
        if (!bodyStarted) {
          for (String sub : before) {
            d.block(RegionKind.SUBHEAD, sub);
          }
          d.body(dateline, List.of(b[1]));
          bodyStarted = true;
        } else if (b == body.get(body.size() - 1) && isCreditLine(b[1])) {
          d.block(RegionKind.CREDIT, b[1]);
        } else {
          d.paragraph(b[1]);
        }
      }
    }
    return d.build();
  }

  /** A closing agency line: "(©NTB)", "© Test Wire", "(TW)". */
  static boolean isCreditLine(String p) {
    String t = p.strip();
    return t.length() <= 30 && (t.indexOf('\u00A9') >= 0 || t.startsWith("(") && t.endsWith(")"));
  }

  /** A DOCTYPE with an internal subset that declares entities (billion laughs, XXE). */
  private static boolean hasEntityDeclarations(String xml) {
    int doctype = xml.indexOf("<!DOCTYPE");
    if (doctype < 0) {
      return false;
    }
    int root = xml.indexOf("<nitf", doctype);
    int end = root < 0 ? xml.length() : root;
    int entity = xml.indexOf("<!ENTITY", doctype);
    return entity >= 0 && entity < end;
  }

  /**
   * The parser's next event. The JDK's parser can fail on malformed input with an unchecked
   * exception rather than its own (a DOCTYPE with a control character in a declaration fails
   * on a missing message resource): that is a malformed document too.
   */
  private static int next(XMLStreamReader r) throws XMLStreamException {
    try {
      return r.next();
    } catch (RuntimeException e) {
      throw new XMLStreamException("the XML parser failed on malformed input (" + e + ")", e);
    }
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = next(r);
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String attr(XMLStreamReader r, String local) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(local)) {
        String v = r.getAttributeValue(i);
        return v == null || v.isBlank() ? null : v.strip();
      }
    }
    return null;
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  /** ISO basic ("20151210T191044Z") to extended ("2015-12-10T19:10:44Z"); others as given. */
  static String isoTime(String norm) {
    if (norm == null) {
      return null;
    }
    String s = norm.strip();
    if (s.length() >= 15 && s.charAt(8) == 'T' && allDigits(s, 0, 8) && allDigits(s, 9, 15)) {
      return s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8) + "T"
          + s.substring(9, 11) + ":" + s.substring(11, 13) + ":" + s.substring(13, 15)
          + s.substring(15);
    }
    if (s.length() == 8 && allDigits(s, 0, 8)) {
      return s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8);
    }
    return s;
  }

  private static String isoDate(String norm) {
    String t = isoTime(norm);
    return t == null || t.length() < 10 ? t : t.substring(0, 10);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
