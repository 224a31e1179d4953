package org.wiretext.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the {@code wiretext/1} contract, as shipped in the jar, for
 * tests that check JSON a service produces or receives with a validator of their choice.
 *
 * <pre>{@code
 * String schema = WireTextSchema.text();
 * // e.g. with com.networknt:json-schema-validator:
 * Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
 *     .getSchema(schema, InputFormat.JSON);
 * assertThat(s.validate(json, InputFormat.JSON)).isEmpty();
 * }</pre>
 *
 * <p>{@link #trackerText()} gives the schema of the tracker document in the same way.
 *
 * <p>The resource is {@value #RESOURCE}; on the module path it is encapsulated in module
 * {@code org.wiretext}, so read it through {@link #text()}.
 */
public final class WireTextSchema {

  /** Where the schema lies in the jar. */
  public static final String RESOURCE = "/org/wiretext/wiretext-1.schema.json";

  /** Where the schema of the tracker document ({@code wiretext-tracker/1}) lies in the jar. */
  public static final String TRACKER_RESOURCE = "/org/wiretext/wiretext-tracker-1.schema.json";

  private WireTextSchema() {}

  /**
   * The schema's JSON text.
   *
   * @return the schema, as UTF-8 decoded text
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static String text() {
    return read(RESOURCE);
  }

  /**
   * The JSON text of the schema of the tracker document ({@code wiretext-tracker/1}, made by
   * {@code org.wiretext.BidTracker}), draft 2020-12 like the article's.
   *
   * @return the tracker schema, as UTF-8 decoded text
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static String trackerText() {
    return read(TRACKER_RESOURCE);
  }

  private static String read(String resource) {
    try (InputStream in = WireTextSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + resource));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
