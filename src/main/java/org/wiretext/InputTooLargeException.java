package org.wiretext;

/** Input larger than the parser's configured maximum. */
public final class InputTooLargeException extends WireTextException {
  private static final long serialVersionUID = 1L;

  /** The configured maximum, in characters. */
  private final long limit;
  /** The input's size in characters, or -1 when reading stopped at the limit. */
  private final long size;

  /**
   * An exception for input of {@code size} characters over {@code limit}.
   *
   * @param limit the configured maximum, in characters
   * @param size the input's size in characters, or -1 when reading stopped at the limit
   */
  public InputTooLargeException(long limit, long size) {
    super("input of " + (size < 0 ? "more than " + limit : String.valueOf(size))
        + " characters exceeds the maximum input size of " + limit
        + " characters (WireParser.Builder.maxInputSize)");
    this.limit = limit;
    this.size = size;
  }

  /**
   * The configured maximum, in characters.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }

  /**
   * The input's size in characters, or -1 when reading stopped at the limit.
   *
   * @return the size, or -1
   */
  public long size() {
    return size;
  }
}
