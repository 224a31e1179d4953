package org.wiretext;

/**
 * The one exception a caller must handle: input over the configured size limit, input that
 * cannot be read, or JSON that is not a {@code wiretext/1} article. Odd wire text is never an
 * exception; it gives a best-effort article with warnings.
 */
public class WireTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WireTextException(String message) {
    super(message);
  }

  public WireTextException(String message, Throwable cause) {
    super(message, cause);
  }
}
