package org.wiretext.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.wiretext.InputTooLargeException;
import org.wiretext.WireTextException;
import org.wiretext.model.Format;

/**
 * Reads a feed of any length one article at a time, so memory stays bounded by the largest
 * article rather than the feed: a stream of framed ANPA-1312 or IPTC 7901 messages is read one
 * message at a time, JSON Lines of ninjs one line at a time. Inputs that hold one article
 * (plain text, NITF, a single ninjs object) and a JSON array of ninjs documents are read
 * whole, within the size limit. The documents are the same as {@link WireFormats#read(byte[],
 * Format)} gives for the whole input, except that a decoding warning of a JSON line is given
 * to that line's document only.
 *
 * <p>Not thread-safe; does not close the stream it reads.
 */
public final class WireFeed implements Iterator<WireDocument> {

  /** How much of the input detection looks at (covers {@link WireFormats#detect(byte[])}). */
  private static final int PEEK = 2 * 64 * 1024 + 16;

  private final InputStream in;
  private final Format forced;
  private final int maxInputSize;
  private final long maxDocumentBytes;
  private final Deque<WireDocument> ready = new ArrayDeque<>();
  private final byte[] buf = new byte[PEEK];
  private int bufPos;
  private int bufEnd;
  private boolean eof;
  private Mode mode;
  private int line;
  /** Framed mode: bytes of the next message, from its SOH, carried over. */
  private Chunk pending;
  /** Framed mode: whether a SYN came before the first message's SOH. */
  private boolean pendingSyn;
  /** Framed mode: whether a SYN came before the first message's SOH. */
  private enum Mode { FRAMED, LINES, DONE }

  private WireFeed(InputStream in, Format format, int maxInputSize) {
    this.in = Objects.requireNonNull(in, "in");
    this.forced = format;
    this.maxInputSize = maxInputSize;
    // a character is at least one byte in every encoding read, at most four
    this.maxDocumentBytes = 4L * maxInputSize;
  }

  /**
   * A feed over {@code in}; nothing is read until the first {@link #hasNext()}.
   *
   * @param in the input's bytes, read as far as needed for each article and never closed
   * @param format the format to read, or {@code null} to detect it from the content
   * @param maxInputSize the most characters one article may take; an article (or an input
   *     read whole) over four bytes a character throws {@link InputTooLargeException}
   * @return the feed
   */
  public static WireFeed of(InputStream in, Format format, int maxInputSize) {
    return new WireFeed(in, format, maxInputSize);
  }

  /**
   * This feed as a sequential, ordered stream.
   *
   * @param atEnd run once when reading stops: at the end of the input or on a failure
   * @return the documents, each read when the stream reaches it
   */
  public Stream<WireDocument> stream(Runnable atEnd) {
    Iterator<WireDocument> documents = new Iterator<>() {
      private boolean ended;

      @Override
      public boolean hasNext() {
        if (ended) {
          return false;
        }
        boolean more;
        try {
          more = WireFeed.this.hasNext();
        } catch (RuntimeException e) {
          end();
          throw e;
        }
        if (!more) {
          end();
        }
        return more;
      }

      @Override
      public WireDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return WireFeed.this.next();
      }

      private void end() {
        ended = true;
        atEnd.run();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public boolean hasNext() {
    try {
      while (ready.isEmpty() && mode != Mode.DONE) {
        step();
      }
    } catch (IOException e) {
      mode = Mode.DONE;
      throw new WireTextException("cannot read input: " + e.getMessage(), e);
    }
    return !ready.isEmpty();
  }

  @Override
  public WireDocument next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.removeFirst();
  }

  private void step() throws IOException {
    if (mode == null) {
      start();
    } else if (mode == Mode.FRAMED) {
      nextMessage();
    } else {
      nextLine();
    }
  }

  /** Peeks at the head, tells the format, and reads the input whole unless it can stream. */
  private void start() throws IOException {
    fill(PEEK);
    byte[] head = Arrays.copyOfRange(buf, bufPos, bufEnd);
    Format f = forced != null ? forced : WireFormats.detect(head);
    if (f == Format.ANPA || f == Format.IPTC7901) {
      startFramed();
    } else if (f == Format.NINJS && streamsAsLines(head)) {
      mode = Mode.LINES;
    } else {
      mode = Mode.DONE;
      byte[] all = readAll();
      ready.addAll(WireFormats.read(all, forced));
    }
  }

  /**
   * JSON Lines can be read a line at a time when the input is UTF-8 (no UTF-16 byte-order
   * mark), not a JSON array, and its first non-blank line is a whole JSON value. Otherwise
   * (a pretty-printed object, an array) the input is read whole.
   */
  private boolean streamsAsLines(byte[] head) {
    if (Decoding.startsWith(head, 0, head.length, 0xFE, 0xFF)
        || Decoding.startsWith(head, 0, head.length, 0xFF, 0xFE)) {
      return false;
    }
    int i = Decoding.startsWith(head, 0, head.length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < head.length && isSpace(head[i])) {
      i++;
    }
    if (i >= head.length || head[i] != '{') {
      return false;
    }
    int nl = indexOf(head, (byte) '\n', i, head.length);
    if (nl < 0) {
      // one line longer than the peek, or the whole input: both fine to read a line at a time
      return true;
    }
    String first = new String(head, i, nl - i, java.nio.charset.StandardCharsets.UTF_8);
    return NinjsReader.isWholeJson(first);
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  // ---- JSON Lines ------------------------------------------------------------------------

  private void nextLine() throws IOException {
    Chunk c = new Chunk();
    boolean any = false;
    while (true) {
      if (bufPos == bufEnd && !refill()) {
        break;
      }
      any = true;
      int nl = indexOf(buf, (byte) '\n', bufPos, bufEnd);
      int end = nl < 0 ? bufEnd : nl;
      c.append(buf, bufPos, end - bufPos);
      bufPos = nl < 0 ? bufEnd : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    if (!any) {
      mode = Mode.DONE;
      return;
    }
    line++;
    int from = line == 1 && Decoding.startsWith(c.bytes, 0, c.size, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    List<WireDocument.Issue> warnings = new ArrayList<>();
    String text = Decoding.decode(c.bytes, from, c.size, false, warnings);
    if (!text.isBlank()) {
      ready.add(NinjsReader.line(text, line, warnings));
    }
  }

  // ---- framed messages -------------------------------------------------------------------

  /** Reads up to the first SOH: the bytes before it say whether a SYN led the frame. */
  private void startFramed() throws IOException {
    mode = Mode.FRAMED;
    Chunk lead = new Chunk();
    while (true) {
      if (bufPos == bufEnd && !refill()) {
        // no SOH at all: framing lost, the whole input is one message
        mode = Mode.DONE;
        addMessage(lead, false);
        return;
      }
      int soh = indexOf(buf, FramedReader.SOH, bufPos, bufEnd);
      int end = soh < 0 ? bufEnd : soh;
      lead.append(buf, bufPos, end - bufPos);
      bufPos = end;
      if (soh >= 0) {
        boolean syn = indexOf(lead.bytes, FramedReader.SYN, 0, lead.size) >= 0;
        pending = readMessage();
        pendingSyn = syn;
        return;
      }
    }
  }

  /** The message whose SOH is at {@code bufPos}, up to the next SOH or the end. */
  private Chunk readMessage() throws IOException {
    Chunk m = new Chunk();
    m.append(buf, bufPos, 1);
    bufPos++;
    while (true) {
      if (bufPos == bufEnd && !refill()) {
        return m;
      }
      int soh = indexOf(buf, FramedReader.SOH, bufPos, bufEnd);
      int end = soh < 0 ? bufEnd : soh;
      m.append(buf, bufPos, end - bufPos);
      bufPos = end;
      if (soh >= 0) {
        return m;
      }
    }
  }

  private void nextMessage() throws IOException {
    if (pending == null) {
      mode = Mode.DONE;
      return;
    }
    Chunk m = pending;
    boolean syn = pendingSyn;
    pendingSyn = false;
    pending = bufPos < bufEnd || refill() ? readMessage() : null;
    addMessage(m, syn);
  }

  private void addMessage(Chunk m, boolean syn) {
    WireDocument d = FramedReader.message(m.bytes, 0, m.size, syn, forced, new ArrayList<>());
    if (d != null) {
      ready.add(d);
    }
  }

  // ---- bytes -----------------------------------------------------------------------------

  /** Reads until {@code want} bytes are buffered or the input ends. */
  private void fill(int want) throws IOException {
    while (!eof && bufEnd - bufPos < want && bufEnd < buf.length) {
      int n = in.read(buf, bufEnd, Math.min(buf.length, bufPos + want) - bufEnd);
      if (n < 0) {
        eof = true;
      } else {
        bufEnd += n;
      }
    }
  }

  /** Refills an exhausted buffer; false at the end of the input. */
  private boolean refill() throws IOException {
    bufPos = 0;
    bufEnd = 0;
    while (!eof && bufEnd == 0) {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
      } else {
        bufEnd = n;
      }
    }
    return bufEnd > 0;
  }

  private byte[] readAll() throws IOException {
    Chunk all = new Chunk();
    all.append(buf, bufPos, bufEnd - bufPos);
    bufPos = bufEnd;
    while (refill()) {
      all.append(buf, bufPos, bufEnd - bufPos);
      bufPos = bufEnd;
    }
    return Arrays.copyOf(all.bytes, all.size);
  }

  private static int indexOf(byte[] b, byte x, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** A growable byte buffer that refuses to grow past the document limit. */
  private final class Chunk {
    byte[] bytes = new byte[256];
    int size;

    void append(byte[] b, int off, int len) {
      if (size + (long) len > maxDocumentBytes) {
        throw new InputTooLargeException(maxInputSize, size + (long) len);
      }
      if (size + len > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + len, 2 * bytes.length));
      }
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }
  }
}
