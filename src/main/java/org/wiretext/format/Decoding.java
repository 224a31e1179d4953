package org.wiretext.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Bytes to characters, never an exception: a byte-order mark wins, then UTF-8; legacy wire
 * copy that is not valid UTF-8 is read as Windows-1252 (a superset of ISO-8859-1's printable
 * characters) when the caller allows it; otherwise bad bytes become U+FFFD with a warning.
 */
final class Decoding {
  private Decoding() {}

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** UTF-8 (or the byte-order mark's encoding); legacy encoding when {@code legacy} is true. */
  static String decode(byte[] bytes, int from, int to, boolean legacy, List<WireDocument.Issue> warnings) {
    if (startsWith(bytes, from, to, 0xEF, 0xBB, 0xBF)) {
      return lenient(bytes, from + 3, to, StandardCharsets.UTF_8, warnings);
    }
    if (startsWith(bytes, from, to, 0xFE, 0xFF)) {
      return lenient(bytes, from + 2, to, StandardCharsets.UTF_16BE, warnings);
    }
    if (startsWith(bytes, from, to, 0xFF, 0xFE)) {
      return lenient(bytes, from + 2, to, StandardCharsets.UTF_16LE, warnings);
    }
    try {
      return strict(bytes, from, to, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      if (legacy) {
        return new String(bytes, from, to - from, WINDOWS_1252);
      }
      return lenient(bytes, from, to, StandardCharsets.UTF_8, warnings);
    }
  }

  /** Decodes with a named charset (an XML declaration's), UTF-8 when it is unknown. */
  static String decode(byte[] bytes, String charsetName, List<WireDocument.Issue> warnings) {
    Charset cs;
    try {
      String name = charsetName.toLowerCase(Locale.ROOT);
      cs = name.equals("iso-8859-1") || name.equals("latin1") ? WINDOWS_1252 : Charset.forName(charsetName);
    } catch (IllegalArgumentException e) {
      warnings.add(new WireDocument.Issue(0, "unknown encoding '" + charsetName + "' read as UTF-8"));
      return decode(bytes, 0, bytes.length, false, warnings);
    }
    if (cs.equals(StandardCharsets.UTF_8)) {
      return decode(bytes, 0, bytes.length, false, warnings);
    }
    return lenient(bytes, 0, bytes.length, cs, warnings);
  }

  private static String strict(byte[] bytes, int from, int to, Charset cs) throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from, to - from))
        .toString();
  }

  private static String lenient(byte[] bytes, int from, int to, Charset cs, List<WireDocument.Issue> warnings) {
    try {
      return strict(bytes, from, to, cs);
    } catch (CharacterCodingException e) {
      String text = new String(bytes, from, to - from, cs);
      int first = text.indexOf('\uFFFD');
      warnings.add(new WireDocument.Issue(Math.max(first, 0),
          "bytes that are not " + cs.name() + " replaced with U+FFFD, first"));
      return text;
    }
  }

  static boolean startsWith(byte[] bytes, int from, int to, int... prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[from + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
