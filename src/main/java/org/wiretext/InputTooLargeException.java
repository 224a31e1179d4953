package org.wiretext;

/** Input larger than the parser's configured maximum. */
public final class InputTooLargeException extends WireTextException {
  private static final long serialVersionUID = 1L;

  private final long limit;
  private final long size;

  public InputTooLargeException(long limit, long size) {
    super("input of " + (size < 0 ? "more than " + limit : String.valueOf(size))
        + " characters exceeds the maximum input size of " + limit
        + " characters (WireParser.Builder.maxInputSize)");
    this.limit = limit;
    this.size = size;
  }

  /** The configured maximum, in characters. */
  public long limit() {
    return limit;
  }

  /** The input's size in characters, or -1 when reading stopped at the limit. */
  public long size() {
    return size;
  }
}
