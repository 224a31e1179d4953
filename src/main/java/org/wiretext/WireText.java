package org.wiretext;

import org.wiretext.model.Article;

/**
 * Static conveniences for the common case.
 *
 * <pre>{@code
 * Article article = WireText.parse(text);
 * System.out.println(WireTextJson.write(article));
 * }</pre>
 */
public final class WireText {

  private static final WireParser DEFAULT = WireParser.builder().build();

  private WireText() {}

  /**
   * Parses plain wire text with a parser at its defaults.
   *
   * @param text the wire text
   * @return the article, with warnings for anything that could not be interpreted
   * @throws InputTooLargeException when the text is over {@link WireParser#DEFAULT_MAX_INPUT_SIZE}
   */
  public static Article parse(String text) {
    return DEFAULT.parse(text);
  }
}
