package org.wiretext.internal.json;

/**
 * A {@link JsonSink} that writes one-line JSON into a character buffer, byte for byte as
 * Jackson's generator does with its default settings: no white space; in strings and names
 * {@code "} and {@code \} escaped with a backslash, the control characters below U+0020 as
 * {@code \b \t \n \f \r} or {@code \}{@code u00XX} (upper-case hex), every other character as
 * it is. Like the generator it copies each string into its buffer and scans it there, but in
 * one tight loop, with no checks of its own between values.
 */
final class CompactJson implements JsonSink {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final char[] NULL = "null".toCharArray();

  private char[] buf;
  private int len;
  /** Whether a value or member was written at this level, so the next one needs a comma. */
  private boolean comma;

  /** A writer into {@code buffer}, which it replaces with a larger one when full. */
  CompactJson(char[] buffer) {
    this.buf = buffer;
  }

  /** The buffer written into (possibly a larger one than given). */
  char[] buffer() {
    return buf;
  }

  /** What was written. */
  @Override
  public String toString() {
    return new String(buf, 0, len);
  }

  @Override
  public void startObject() {
    room(2);
    separate();
    buf[len++] = '{';
    comma = false;
  }

  @Override
  public void startObject(String name) {
    name(name);
    startObject();
  }

  @Override
  public void endObject() {
    room(1);
    buf[len++] = '}';
    comma = true;
  }

  @Override
  public void startArray(String name) {
    name(name);
    room(1);
    buf[len++] = '[';
    comma = false;
  }

  @Override
  public void endArray() {
    room(1);
    buf[len++] = ']';
    comma = true;
  }

  @Override
  public void name(String name) {
    room(name.length() + 4);
    separate();
    quoted(name);
    room(1);
    buf[len++] = ':';
    comma = false;
  }

  @Override
  public void string(String value) {
    if (value == null) {
      nullValue();
      return;
    }
    room(value.length() + 3);
    separate();
    quoted(value);
    comma = true;
  }

  @Override
  public void number(int value) {
    room(12);
    separate();
    if (value < 0) {
      String digits = Integer.toString(value); // never for an offset
      digits.getChars(0, digits.length(), buf, len);
      len += digits.length();
    } else {
      int digits = 1;
      for (int v = value; v >= 10; v /= 10) {
        digits++;
      }
      int at = len + digits;
      len = at;
      int v = value;
      do {
        buf[--at] = (char) ('0' + v % 10);
        v /= 10;
      } while (v != 0);
    }
    comma = true;
  }

  @Override
  public void nullValue() {
    room(5);
    separate();
    System.arraycopy(NULL, 0, buf, len, 4);
    len += 4;
    comma = true;
  }

  /** A comma when one is due; needs room for one character. */
  private void separate() {
    if (comma) {
      buf[len++] = ',';
    }
  }

  /** Makes room for {@code n} more characters. */
  private void room(int n) {
    if (len + n > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }

  /**
   * {@code s} in quotation marks, escaped; needs room for {@code s.length() + 2} characters.
   * The string is copied as it is and then scanned: only where a character needs escaping is
   * the rest written character by character.
   */
  private void quoted(String s) {
    int n = s.length();
    char[] b = buf;
    int at = len;
    b[at++] = '"';
    s.getChars(0, n, b, at);
    int end = at + n;
    int i = at;
    while (i < end) {
      char c = b[i];
      if (c < 0x20 || c == '"' || c == '\\') {
        break;
      }
      i++;
    }
    if (i == end) {
      b[end] = '"';
      len = end + 1;
      return;
    }
    len = i;
    for (int k = i - at; k < n; k++) {
      char c = s.charAt(k);
      room(7);
      if (c < 0x20 || c == '"' || c == '\\') {
        escape(c);
      } else {
        buf[len++] = c;
      }
    }
    room(1);
    buf[len++] = '"';
  }

  private void escape(char c) {
    char[] b = buf;
    b[len++] = '\\';
    switch (c) {
      case '"':
      case '\\':
        b[len++] = c;
        break;
      case '\b':
        b[len++] = 'b';
        break;
      case '\t':
        b[len++] = 't';
        break;
      case '\n':
        b[len++] = 'n';
        break;
      case '\f':
        b[len++] = 'f';
        break;
      case '\r':
        b[len++] = 'r';
        break;
      default:
        b[len++] = 'u';
        b[len++] = '0';
        b[len++] = '0';
        b[len++] = HEX[c >> 4];
        b[len++] = HEX[c & 0xF];
    }
  }
}
