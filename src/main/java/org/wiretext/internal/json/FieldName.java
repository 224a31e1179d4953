package org.wiretext.internal.json;

import java.util.Arrays;

/**
 * A field name of the contract, escaped and quoted once, when its constant is made: the
 * one-line writer then writes it with one copy ({@code "start":}, quotation marks and colon
 * included) instead of scanning it for characters to escape each time, as Jackson's
 * {@code SerializedString} spares its generator. The characters are those {@link CompactJson}
 * writes for the name as a plain string, so both ways give the same bytes.
 */
final class FieldName {

  private final String name;
  /** {@link #name} as one-line JSON writes it before a value: quoted, escaped, then a colon. */
  private final char[] compact;

  private FieldName(String name, char[] compact) {
    this.name = name;
    this.compact = compact;
  }

  /** The name {@code name}, quoted once. */
  static FieldName of(String name) {
    CompactJson out = new CompactJson(new char[name.length() + 8]);
    out.name(name);
    return new FieldName(name, Arrays.copyOf(out.buffer(), out.length()));
  }

  /** The name's characters in one-line JSON, ending with the colon; not to be changed. */
  char[] compact() {
    return compact;
  }

  /** The name itself, unquoted. */
  @Override
  public String toString() {
    return name;
  }
}
