package org.wiretext.format;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.model.Format;

/**
 * Splits a byte stream of ANPA-1312 or IPTC 7901 transmissions into messages and reads each.
 * A message runs from its {@code SOH} to the next {@code SOH} or the end; {@code STX} starts
 * its text, {@code ETX} ends it, {@code EOT} ends the transmission. Each message is decoded on
 * its own: UTF-8 when valid, else Windows-1252 (legacy wire copy).
 */
final class FramedReader {
  private FramedReader() {}

  static final byte SOH = 0x01;
  static final byte STX = 0x02;
  static final byte ETX = 0x03;
  static final byte EOT = 0x04;
  static final byte SYN = 0x16;

  /** Every message of the stream, in order. */
  static List<WireDocument> read(byte[] bytes, int from, int to, Format forced,
      List<WireDocument.Issue> decodeWarnings) {
    List<WireDocument> out = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (bytes[i] == SOH) {
        starts.add(i);
      }
    }
    if (starts.isEmpty()) {
      starts.add(from); // framing lost: read the whole input as one message
    }
    int previousEnd = from;
    for (int k = 0; k < starts.size(); k++) {
      int start = starts.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1) : to;
      boolean syn = false;
      for (int i = previousEnd; i < start; i++) {
        syn |= bytes[i] == SYN;
      }
      previousEnd = end;
      WireDocument d = message(bytes, start, end, syn, forced, decodeWarnings);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The message in {@code bytes[start, end)} (from its SOH), or null when it is empty;
   * {@code syn} says whether a SYN came before its SOH.
   */
  static WireDocument message(byte[] bytes, int start, int end, boolean syn, Format forced,
      List<WireDocument.Issue> decodeWarnings) {
    Message m = Message.split(bytes, start, end, decodeWarnings);
    if (m.isEmpty()) {
      return null;
    }
    Format format = forced != null ? forced : m.looksAnpa(syn) ? Format.ANPA : Format.IPTC7901;
    return format == Format.ANPA ? AnpaMessage.read(m) : Iptc7901Message.read(m);
  }

  /** One message's parts, decoded: header (SOH..STX), text (STX..ETX), trailer (ETX..EOT). */
  record Message(String header, String text, String trailer, List<WireDocument.Issue> warnings) {

    static Message split(byte[] b, int start, int end, List<WireDocument.Issue> decodeWarnings) {
      int stx = indexOf(b, STX, start, end);
      int etx = indexOf(b, ETX, stx < 0 ? start : stx, end);
      int eot = indexOf(b, EOT, etx < 0 ? (stx < 0 ? start : stx) : etx, end);
      int textEnd = etx >= 0 ? etx : eot >= 0 ? eot : end;
      int headerEnd = stx >= 0 ? stx : start;
      List<WireDocument.Issue> warnings = new ArrayList<>(decodeWarnings);
      String header = Decoding.decode(b, Math.min(start + 1, headerEnd), headerEnd, true, warnings);
      String text = Decoding.decode(b, stx >= 0 ? stx + 1 : Math.min(start + 1, textEnd), textEnd, true, warnings);
      String trailer = etx >= 0
          ? Decoding.decode(b, etx + 1, eot >= 0 ? eot : end, true, warnings)
          : "";
      return new Message(header, clean(text), clean(trailer), warnings);
    }

    boolean isEmpty() {
      return header.isBlank() && text.isBlank();
    }

    /** ANPA: SYN before SOH, a US or DC3 in the header, or {@code ^} header lines. */
    boolean looksAnpa(boolean syn) {
      if (syn || header.indexOf('\u001F') >= 0 || header.indexOf('\u0013') >= 0) {
        return true;
      }
      for (String line : lines(text)) {
        if (line.startsWith("^")) {
          return true;
        }
      }
      return false;
    }
  }

  private static int indexOf(byte[] b, byte x, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** Line ends to '\n'; control characters other than tab and newline removed. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        sb.append('\n');
      } else if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Header control characters become spaces, so fields split on whitespace. */
  static String spaced(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 && c != '\n' || c == 0x7F ? ' ' : c == '\r' ? '\n' : c);
    }
    return sb.toString();
  }

  static String[] lines(String s) {
    return s.split("\n", -1);
  }

  static String[] tokens(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }

  static boolean isIndented(String line) {
    return !line.isEmpty() && (line.charAt(0) == '\t' || line.charAt(0) == ' ');
  }

  /** A sign-off, end mark or transmission stamp: short, no sentence, no lower-case word. */
  static boolean looksLikeSignOff(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 40) {
      return false;
    }
    int words = tokens(t).length;
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == '"' || last == '\u201D' || last == '?' || last == '!' || words > 4) {
      return false;
    }
    boolean hasUpperWord = false;
    for (String w : tokens(t)) {
      hasUpperWord |= Character.isUpperCase(w.charAt(0)) && w.length() > 3
          && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }
    // "ab/xy", "dpa ab xy", "(Ende)", "END", "AP-NY-05-04-26 1432EDT": not a capitalised word run
    return !hasUpperWord || t.startsWith("(") || t.equals(t.toUpperCase(java.util.Locale.ROOT));
  }
}
