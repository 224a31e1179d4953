package org.wiretext.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A {@link JsonSink} that hands every call to Jackson's streaming generator. */
final class GeneratorSink implements JsonSink {

  private final JsonGenerator g;

  GeneratorSink(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void startObject(FieldName name) throws IOException {
    g.writeObjectFieldStart(name.toString());
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray(FieldName name) throws IOException {
    g.writeArrayFieldStart(name.toString());
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(FieldName name) throws IOException {
    g.writeFieldName(name.toString());
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void number(int value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void nullValue() throws IOException {
    g.writeNull();
  }

  @Override
  public void stringField(FieldName name, String value) throws IOException {
    g.writeStringField(name.toString(), value);
  }

  @Override
  public void numberField(FieldName name, int value) throws IOException {
    g.writeNumberField(name.toString(), value);
  }
}
