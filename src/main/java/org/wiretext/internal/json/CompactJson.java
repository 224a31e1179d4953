package org.wiretext.internal.json;

import java.util.Arrays;

/**
 * A {@link JsonSink} that writes one-line JSON into a character buffer, byte for byte as
 * Jackson's generator does with its default settings: no white space; in strings and names
 * {@code "} and {@code \} escaped with a backslash, the control characters below U+0020 as
 * {@code \b \t \n \f \r} or {@code \}{@code u00XX} (upper-case hex), every other character as
 * it is. Unlike the generator it tests each character of a string as it copies it, in one
 * tight loop, with no checks of its own between values.
 */
final class CompactJson implements JsonSink {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final char[] NULL = "null".toCharArray();
  /** Longest copy of a source text (characters) kept for the next article. */
  private static final int KEPT_SOURCE = 1 << 18;
  private static final int BLOCK_BITS = 6;
  /** The tens and ones digit of each number below 100. */
  private static final char[] DIGIT_TENS = new char[100];
  private static final char[] DIGIT_ONES = new char[100];

  static {
    for (int i = 0; i < 100; i++) {
      DIGIT_TENS[i] = (char) ('0' + i / 10);
      DIGIT_ONES[i] = (char) ('0' + i % 10);
    }
  }

  private char[] buf;
  private int len;
  /**
   * The article text that span values are cut from, in its first {@link #sourceLength}
   * characters, or null; see {@link #source(String)}.
   */
  private char[] source;
  private int sourceLength = -1;
  /** The string {@link #source} holds the characters of, or null. */
  private String sourceText;
  /**
   * Ascending positions in {@link #source} of the characters that need escaping, ended by
   * {@link Integer#MAX_VALUE}; built when first needed.
   */
  private int[] escapes;
  /** The index of {@link #escapes}' closing {@link Integer#MAX_VALUE}, or -1 before they are found. */
  private int escapeCount = -1;
  /** For each block of {@code 1 << BLOCK_BITS} source characters, its first escape's index. */
  private int[] blocks;
  /** Whether a value or member was written at this level, so the next one needs a comma. */
  private boolean comma;

  /** A writer into {@code buffer}, which it replaces with a larger one when full. */
  CompactJson(char[] buffer) {
    this.buf = buffer;
  }

  /**
   * Tells the writer the text that {@link #sliceField span values} are cut from. Where a
   * value is that text's slice, as it is for every span the parser makes, its characters
   * need not be scanned for escaping: they are compared with the text (a vectorised compare)
   * and the text's characters that need escaping are found once per article.
   */
  @Override
  public void source(String text) {
    int n = text.length();
    if (source == null || source.length < n) {
      source = new char[n];
    }
    text.getChars(0, n, source, 0);
    sourceLength = n;
    sourceText = text;
    escapeCount = -1;
  }

  /** The buffer written into (possibly a larger one than given). */
  char[] buffer() {
    return buf;
  }

  /** The number of characters written. */
  int length() {
    return len;
  }

  /** Starts again on an empty {@code buffer}, forgetting the source text. */
  void reset(char[] buffer) {
    this.buf = buffer;
    this.len = 0;
    this.comma = false;
    this.sourceLength = -1;
    this.sourceText = null;
    this.escapeCount = -1;
    if (source != null && source.length > KEPT_SOURCE) {
      source = null; // an article of megabytes does not keep its text's copy
      escapes = null;
      blocks = null;
    }
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
  public void startObject(FieldName name) {
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
  public void startArray(FieldName name) {
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

  /** Writes the name's characters, quoted and escaped when its constant was made. */
  @Override
  public void name(FieldName name) {
    prequoted(name.compact());
    comma = false;
  }

  /** Writes {@code q}, already quoted and escaped, after a separator if one is due. */
  private void prequoted(char[] q) {
    room(q.length + 1);
    separate();
    System.arraycopy(q, 0, buf, len, q.length);
    len += q.length;
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
  public void stringField(FieldName name, QuotedValue value) {
    name(name);
    prequoted(value.compact());
    comma = true;
  }

  @Override
  public void sliceField(FieldName name, String value, int start, int end) {
    name(name);
    if (value == null) {
      nullValue();
      return;
    }
    room(value.length() + 3);
    separate();
    if (!slice(value, start, end)) {
      quoted(value);
    }
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
      int at = len + digits(value);
      len = at;
      int v = value;
      while (v >= 100) { // two digits per division, as Integer.toString does
        int q = v / 100;
        int r = v - q * 100;
        v = q;
        buf[--at] = DIGIT_ONES[r];
        buf[--at] = DIGIT_TENS[r];
      }
      buf[--at] = DIGIT_ONES[v];
      if (v >= 10) {
        buf[--at] = DIGIT_TENS[v];
      }
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

  /** The number of decimal digits of {@code v}, which is not negative. */
  private static int digits(int v) {
    int n = 1;
    for (int limit = 10; n < 10 && v >= limit; limit *= 10) {
      n++;
    }
    return n;
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
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }

  /**
   * {@code s} in quotation marks, escaped; needs room for {@code s.length() + 2} characters.
   * Each character is tested as it is copied, in one pass: the strings written this way are
   * short (ids, names, kinds), for which a bulk copy followed by a scan costs more than the
   * characters. From the first character that needs escaping on, the rest is written run by
   * run.
   */
  private void quoted(String s) {
    int n = s.length();
    char[] b = buf;
    int at = len;
    b[at++] = '"';
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (needsEscape(c)) {
        break;
      }
      b[at + i] = c;
    }
    if (i == n) {
      b[at + n] = '"';
      len = at + n + 1;
      return;
    }
    len = at + i;
    int from = i;
    for (int k = from; k < n; k++) {
      char c = s.charAt(k);
      if (needsEscape(c)) {
        room(k - from + 7);
        s.getChars(from, k, buf, len);
        len += k - from;
        escape(c);
        from = k + 1;
      }
    }
    room(n - from + 1);
    s.getChars(from, n, buf, len);
    len += n - from;
    buf[len++] = '"';
  }

  /**
   * Writes {@code s} quoted when it is the slice {@code [start, end)} of the {@link #source}
   * text, using the text's known escapes, and answers true; answers false, having written
   * nothing, when it is not. Needs room for {@code s.length() + 2} characters.
   */
  private boolean slice(String s, int start, int end) {
    int n = s.length();
    char[] text = source;
    if (sourceLength < 0 || start < 0 || end > sourceLength || end - start != n) {
      return false;
    }
    char[] b = buf;
    int at = len + 1;
    if (s == sourceText) {
      // the source itself (the article's text field): its characters are known to be these
      System.arraycopy(text, start, b, at, n);
    } else {
      s.getChars(0, n, b, at);
      if (Arrays.mismatch(b, at, at + n, text, start, end) >= 0) {
        return false;
      }
    }
    b[len] = '"';
    int[] esc = escapes();
    int k = firstEscapeAtOrAfter(start);
    if (esc[k] >= end) {
      b[at + n] = '"';
      len = at + n + 1;
      return true;
    }
    len = at + (esc[k] - start);
    int from = esc[k];
    for (; esc[k] < end; k++) {
      int e = esc[k];
      room(e - from + 7);
      System.arraycopy(text, from, buf, len, e - from);
      len += e - from;
      escape(text[e]);
      from = e + 1;
    }
    room(end - from + 1);
    System.arraycopy(text, from, buf, len, end - from);
    len += end - from;
    buf[len++] = '"';
    return true;
  }

  /**
   * The positions of the source's characters that need escaping, found on first use, with
   * {@link #blocks} to start looking in them near a position.
   */
  private int[] escapes() {
    if (escapeCount < 0) {
      char[] text = source;
      int count = 0;
      int[] found = escapes == null ? new int[16] : escapes;
      int blockCount = (sourceLength >> BLOCK_BITS) + 1;
      int[] first = blocks == null || blocks.length < blockCount ? new int[blockCount] : blocks;
      for (int block = 0; block << BLOCK_BITS < sourceLength; block++) {
        first[block] = count;
        int end = Math.min(sourceLength, (block + 1) << BLOCK_BITS);
        for (int i = block << BLOCK_BITS; i < end; i++) {
          if (needsEscape(text[i])) {
            if (count + 1 == found.length) {
              found = Arrays.copyOf(found, found.length * 2);
            }
            found[count++] = i;
          }
        }
      }
      if ((sourceLength & ((1 << BLOCK_BITS) - 1)) == 0) {
        first[sourceLength >> BLOCK_BITS] = count; // the empty block at the very end
      }
      found[count] = Integer.MAX_VALUE;
      escapes = found;
      blocks = first;
      escapeCount = count;
    }
    return escapes;
  }

  /**
   * The index of the first escape at or after {@code start}, which is within the source: it
   * is found from its block's first, at most a block's length of steps away.
   */
  private int firstEscapeAtOrAfter(int start) {
    int[] esc = escapes;
    int k = blocks[start >> BLOCK_BITS];
    while (esc[k] < start) {
      k++;
    }
    return k;
  }

  /** Whether JSON needs {@code c} escaped: a quotation mark, backslash or control character. */
  private static boolean needsEscape(char c) {
    return c <= '\\' && (c < 0x20 || c == '"' || c == '\\');
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
