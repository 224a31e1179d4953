package org.wiretext.internal.text;

/** A half-open range {@code [start, end)} of UTF-16 indices into the original text. */
public record TextRange(int start, int end) implements Comparable<TextRange> {

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(int index) {
    return index >= start && index < end;
  }

  public boolean contains(TextRange other) {
    return other.start >= start && other.end <= end;
  }

  public boolean overlaps(TextRange other) {
    return other.start < end && start < other.end;
  }

  /** The same range with leading and trailing whitespace of {@code text} removed. */
  public TextRange trim(CharSequence text) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new TextRange(s, e);
  }

  @Override
  public int compareTo(TextRange o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
