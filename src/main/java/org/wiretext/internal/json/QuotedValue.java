package org.wiretext.internal.json;

import java.util.Arrays;

/**
 * A string value the contract writes again and again, an enum constant's name ("PERSON",
 * "DIRECT", "SUPPORTS"), escaped and quoted once, when its constant is made: the one-line
 * writer then writes it with one copy instead of testing its characters each time, as
 * {@link FieldName} does for names. The characters are those {@link CompactJson} writes for the
 * value as a plain string, so both ways give the same bytes.
 */
final class QuotedValue {

  private final String value;
  /** {@link #value} as one-line JSON writes it: quoted and escaped. */
  private final char[] compact;

  private QuotedValue(String value, char[] compact) {
    this.value = value;
    this.compact = compact;
  }

  /** The value {@code value}, quoted once. */
  static QuotedValue of(String value) {
    CompactJson out = new CompactJson(new char[value.length() + 8]);
    out.string(value);
    return new QuotedValue(value, Arrays.copyOf(out.buffer(), out.length()));
  }

  /** The names of {@code type}'s constants, quoted once, indexed by ordinal. */
  static <E extends Enum<E>> QuotedValue[] names(Class<E> type) {
    E[] constants = type.getEnumConstants();
    QuotedValue[] out = new QuotedValue[constants.length];
    for (E e : constants) {
      out[e.ordinal()] = of(e.name());
    }
    return out;
  }

  /** The value's characters in one-line JSON, quotation marks included; not to be changed. */
  char[] compact() {
    return compact;
  }

  /** The value itself, unquoted. */
  @Override
  public String toString() {
    return value;
  }
}
