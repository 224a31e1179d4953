/**
 * Entry points: parse news wire text into an {@link org.wiretext.model.Article} and exchange it
 * as {@code wiretext/1} JSON.
 *
 * <pre>{@code
 * Article article = WireText.parse(text);                 // a parser at its defaults
 * WireParser parser = WireParser.builder().maxInputSize(1_000_000).build();
 * Article fromFile = parser.parse(Path.of("story.txt"));  // build once, parse many times
 * String json = WireTextJson.write(article);              // the wiretext/1 contract
 * Article again = WireTextJson.read(json);
 * }</pre>
 *
 * <p>Odd text is never an exception: it gives a best-effort article with warnings. The one
 * exception to handle is {@link org.wiretext.WireTextException}.
 */
package org.wiretext;
