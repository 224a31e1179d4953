package org.wiretext;

/**
 * The one exception a caller must handle: input over the configured size limit, input that
 * cannot be read, or JSON that is not a {@code wiretext/1} article. Odd wire text is never an
 * exception; it gives a best-effort article with warnings.
 */
public class WireTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that says what went wrong and what to do.
   *
   * @param message the detail message
   */
  public WireTextException(String message) {
    super(message);
  }

  /**
   * An exception with a message and the exception that caused it.
   *
   * @param message the detail message
   * @param cause the underlying failure
   */
  public WireTextException(String message, Throwable cause) {
    super(message, cause);
  }
}
