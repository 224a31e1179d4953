package org.wiretext.internal.json;

import java.io.IOException;

/**
 * The calls {@link ArticleWriter} makes to write an article, field by field: answered by
 * Jackson's generator for indented output or a target {@link java.io.Writer}
 * ({@link GeneratorSink}), and by {@link CompactJson} for the one-line string most callers want.
 */
interface JsonSink {

  void startObject() throws IOException;

  /** A field {@code name} whose value is an object. */
  void startObject(FieldName name) throws IOException;

  void endObject() throws IOException;

  /** A field {@code name} whose value is an array. */
  void startArray(FieldName name) throws IOException;

  void endArray() throws IOException;

  /** A field's name; its value follows. */
  void name(FieldName name) throws IOException;

  /** A field's name that is not one of the contract's (a metadata key); its value follows. */
  void name(String name) throws IOException;

  /** A string value, or null for {@code null}. */
  void string(String value) throws IOException;

  void number(int value) throws IOException;

  void nullValue() throws IOException;

  default void stringField(FieldName name, String value) throws IOException {
    name(name);
    string(value);
  }

  /** A string field whose value is quoted once ({@link QuotedValue}). */
  default void stringField(FieldName name, QuotedValue value) throws IOException {
    stringField(name, value.toString());
  }

  /**
   * Names the article text that {@link #sliceField} values are cut from; a sink may use it to
   * write them faster. Does nothing by default.
   */
  default void source(String text) {}

  /**
   * A string field whose value is, in the parser's output, the characters {@code [start, end)}
   * of the {@link #source} text. What is written is always {@code value}, whether or not it is
   * that slice.
   */
  default void sliceField(FieldName name, String value, int start, int end) throws IOException {
    stringField(name, value);
  }

  default void numberField(FieldName name, int value) throws IOException {
    name(name);
    number(value);
  }
}
