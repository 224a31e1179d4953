package org.wiretext.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wiretext.model.Format;
import org.wiretext.model.RegionKind;

/**
 * One article as a format carries it, before the pipeline runs: the plain text to parse (the
 * contract's {@code text}: headline, byline, dateline and body lines, in order, markup,
 * control characters and transmission headers removed, paragraphs separated by blank lines),
 * the layout fields the format states explicitly, the lines the reader knows the kind of, and
 * the format's raw fields.
 *
 * @param format the format that carried the article
 * @param text the plain text every span will index into
 * @param fields the layout fields the format states explicitly
 * @param hints lines of {@code text} whose kind the format states (headline, byline, subhead,
 *     sign-off), so the segmenter's guess does not override the format
 * @param metadata the format's raw fields under its own names, kept in the order given
 * @param warnings what the reader could not interpret
 */
public record WireDocument(
    Format format,
    String text,
    Fields fields,
    List<Hint> hints,
    Map<String, String> metadata,
    List<Issue> warnings) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException when a component is null
   */
  public WireDocument {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fields, "fields");
    hints = List.copyOf(hints);
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    warnings = List.copyOf(warnings);
  }

  /**
   * Plain text, as given: nothing is known but the text.
   *
   * @param text the text
   * @param warnings what decoding reported
   * @return the document
   */
  public static WireDocument plain(String text, List<Issue> warnings) {
    return new WireDocument(Format.PLAIN, text, Fields.NONE, List.of(), Map.of(), warnings);
  }

  /**
   * The layout fields a format states explicitly; each empty when the format does not say.
   *
   * @param id the format's own identifier (ninjs {@code uri}, NITF {@code doc-id})
   * @param published publication or version time, ISO 8601
   * @param slug the keyword or slug line
   * @param headline the headline
   * @param byline the author as credited, without "By"
   * @param credit the agency or rights holder
   * @param datelinePlace the dateline's place as the format states it
   * @param datelineDate the dateline's date, ISO 8601
   * @param language the BCP 47 language tag
   */
  public record Fields(
      Optional<String> id,
      Optional<String> published,
      Optional<String> slug,
      Optional<String> headline,
      Optional<String> byline,
      Optional<String> credit,
      Optional<String> datelinePlace,
      Optional<String> datelineDate,
      Optional<String> language) {

    /** No field known. */
    public static final Fields NONE = new Fields(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * A line of the text whose kind the format states.
   *
   * @param kind what the line is
   * @param start first UTF-16 index in the text, inclusive
   * @param end last UTF-16 index, exclusive
   */
  public record Hint(RegionKind kind, int start, int end) {}

  /**
   * Something a reader could not interpret, at an index of the text.
   *
   * @param offset the index in the text (0 when it concerns the whole input)
   * @param message what went wrong
   */
  public record Issue(int offset, String message) {}
}
