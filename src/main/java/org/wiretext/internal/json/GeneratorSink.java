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
  public void startObject(String name) throws IOException {
    g.writeObjectFieldStart(name);
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray(String name) throws IOException {
    g.writeArrayFieldStart(name);
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
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
  public void stringField(String name, String value) throws IOException {
    g.writeStringField(name, value);
  }

  @Override
  public void numberField(String name, int value) throws IOException {
    g.writeNumberField(name, value);
  }
}
