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
 * <p>The resource is {@value #RESOURCE}; on the module path it is encapsulated in module
 * {@code org.wiretext}, so read it through {@link #text()}.
 */
public final class WireTextSchema {

  /** Where the schema lies in the jar. */
  public static final String RESOURCE = "/org/wiretext/wiretext-1.schema.json";

  private WireTextSchema() {}

  /**
   * The schema's JSON text.
   *
   * @return the schema, as UTF-8 decoded text
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static String text() {
    try (InputStream in = WireTextSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
