package org.wiretext.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wiretext.model.Format;

/**
 * The input formats' one entry point: tells the format from the content and reads the input
 * into {@link WireDocument}s, one per article it holds (a stream of framed messages or a JSON
 * Lines file of ninjs documents holds many).
 *
 * <p>Detection: a JSON object (or JSON Lines of them) with ninjs keys is {@link Format#NINJS};
 * XML whose root element is {@code nitf} is {@link Format#NITF}; {@code SOH}/{@code SYN}
 * framing is {@link Format#ANPA} or {@link Format#IPTC7901}, told apart per message by the
 * header's shape; anything else is {@link Format#PLAIN}.
 */
public final class WireFormats {
  private WireFormats() {}

  private static final String[] NINJS_KEYS = {"\"uri\"", "\"headline\"", "\"headlines\"",
      "\"bodies\"", "\"body_text\"", "\"body_html\"", "\"body_xhtml\"", "\"versioncreated\"",
      "\"versionCreated\"", "\"$standard\"", "\"standard\""};

  /** How far into the input detection looks. */
  private static final int SNIFF = 64 * 1024;

  /**
   * The format of {@code bytes}, from their content.
   *
   * @param bytes the input
   * @return the format detected; {@link Format#PLAIN} when none other fits
   */
  public static Format detect(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (Decoding.startsWith(bytes, 0, bytes.length, 0xFE, 0xFF)
        || Decoding.startsWith(bytes, 0, bytes.length, 0xFF, 0xFE)) {
      // UTF-16 with its byte-order mark: sniff the characters, not the bytes
      int n = Math.min(bytes.length, 2 * SNIFF);
      return detect(Decoding.decode(bytes, 0, n - (n % 2), false, new ArrayList<>()));
    }
    int i = skipBomAndSpace(bytes);
    if (i < bytes.length && (bytes[i] == FramedReader.SOH || bytes[i] == FramedReader.SYN)) {
      return framedFormat(bytes, i);
    }
    String head = new String(bytes, i, Math.min(bytes.length - i, SNIFF), StandardCharsets.ISO_8859_1);
    return detect(head);
  }

  /**
   * The format of {@code text}, from its content.
   *
   * @param text the input's characters
   * @return the format detected; {@link Format#PLAIN} when none other fits
   */
  public static Format detect(String text) {
    Objects.requireNonNull(text, "text");
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i == text.length()) {
      return Format.PLAIN;
    }
    char c = text.charAt(i);
    if (c == '\u0001' || c == '\u0016') {
      return Format.IPTC7901; // refined per message by the framed reader
    }
    String head = text.substring(i, Math.min(text.length(), i + SNIFF));
    if (c == '{' || c == '[') {
      for (String k : NINJS_KEYS) {
        if (head.contains(k)) {
          return Format.NINJS;
        }
      }
      return Format.PLAIN;
    }
    if (c == '<' && isNitfRoot(head)) {
      return Format.NITF;
    }
    return Format.PLAIN;
  }

  /**
   * Reads every article {@code bytes} hold.
   *
   * @param bytes the input
   * @param format the format to read, or {@code null} to detect it
   * @return the documents, in input order; one for plain text
   * @throws org.wiretext.WireTextException when the input is not readable as the format
   *     (malformed or hostile XML or JSON)
   */
  public static List<WireDocument> read(byte[] bytes, Format format) {
    Objects.requireNonNull(bytes, "bytes");
    Format f = format != null ? format : detect(bytes);
    List<WireDocument.Issue> warnings = new ArrayList<>();
    switch (f) {
      case ANPA, IPTC7901 -> {
        return FramedReader.read(bytes, 0, bytes.length, format, warnings);
      }
      case NITF -> {
        String enc = xmlEncoding(bytes);
        String xml = enc == null ? Decoding.decode(bytes, 0, bytes.length, false, warnings)
            : Decoding.decode(bytes, enc, warnings);
        return List.of(NitfReader.read(stripBom(xml), warnings));
      }
      case NINJS -> {
        return NinjsReader.read(stripBom(Decoding.decode(bytes, 0, bytes.length, false, warnings)), warnings);
      }
      default -> {
        return List.of(WireDocument.plain(
            stripBom(Decoding.decode(bytes, 0, bytes.length, false, warnings)), warnings));
      }
    }
  }

  /**
   * Reads every article {@code text} holds.
   *
   * @param text the input's characters
   * @param format the format to read, or {@code null} to detect it
   * @return the documents, in input order; one for plain text
   * @throws org.wiretext.WireTextException when the input is not readable as the format
   */
  public static List<WireDocument> read(String text, Format format) {
    Objects.requireNonNull(text, "text");
    Format f = format != null ? format : detect(text);
    return switch (f) {
      case ANPA, IPTC7901 -> read(text.getBytes(StandardCharsets.UTF_8), format == null ? null : f);
      case NITF -> List.of(NitfReader.read(stripBom(text), List.of()));
      case NINJS -> NinjsReader.read(stripBom(text), List.of());
      default -> List.of(WireDocument.plain(stripBom(text), List.of()));
    };
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static int skipBomAndSpace(byte[] b) {
    int i = Decoding.startsWith(b, 0, b.length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t' || b[i] == 0)) {
      i++;
    }
    return i;
  }

  /** ANPA when SYN leads the frame; the framed reader refines per message. */
  private static Format framedFormat(byte[] b, int i) {
    return b[i] == FramedReader.SYN ? Format.ANPA : Format.IPTC7901;
  }

  /** The first element after the prolog (declaration, comments, DOCTYPE) is {@code nitf}. */
  private static boolean isNitfRoot(String head) {
    int i = 0;
    int n = head.length();
    while (i < n) {
      int lt = head.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return false;
      }
      char c = head.charAt(lt + 1);
      if (c == '?' || c == '!') {
        int end = head.startsWith("<!--", lt) ? head.indexOf("-->", lt) : head.indexOf('>', lt);
        if (head.startsWith("<!DOCTYPE", lt)) {
          int bracket = head.indexOf('[', lt);
          if (bracket >= 0 && bracket < end) {
            end = head.indexOf("]>", bracket); // an internal subset: skip it whole
          }
        }
        if (end < 0) {
          return false;
        }
        i = end + 1;
        continue;
      }
      int s = lt + 1;
      int e = s;
      while (e < n && !Character.isWhitespace(head.charAt(e)) && head.charAt(e) != '>' && head.charAt(e) != '/') {
        e++;
      }
      String name = head.substring(s, e);
      return name.equals("nitf") || name.endsWith(":nitf");
    }
    return false;
  }

  /** The encoding an XML declaration names, or null. */
  private static String xmlEncoding(byte[] b) {
    int i = Decoding.startsWith(b, 0, b.length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (!Decoding.startsWith(b, i, b.length, '<', '?', 'x', 'm', 'l')) {
      return null;
    }
    String decl = new String(b, i, Math.min(b.length - i, 200), StandardCharsets.ISO_8859_1);
    int end = decl.indexOf("?>");
    if (end < 0) {
      return null;
    }
    decl = decl.substring(0, end);
    int at = decl.indexOf("encoding");
    if (at < 0) {
      return null;
    }
    int q = at + 8;
    while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=')) {
      q++;
    }
    if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
      return null;
    }
    int close = decl.indexOf(decl.charAt(q), q + 1);
    return close < 0 ? null : decl.substring(q + 1, close);
  }
}
