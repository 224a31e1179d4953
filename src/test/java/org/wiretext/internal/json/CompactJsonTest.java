package org.wiretext.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The compact writer escapes and separates exactly as Jackson's generator does. */
class CompactJsonTest {

  private static void write(JsonSink out, String text) throws IOException {
    out.startObject();
    out.stringField("text", text);
    out.name(text);
    out.nullValue();
    out.startArray("list");
    out.string(text);
    out.string(null);
    out.number(-12);
    out.startObject();
    out.endObject();
    out.endArray();
    out.startObject("inner");
    out.numberField("n", 7);
    out.endObject();
    out.endObject();
  }

  private static String jackson(String text) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      write(new GeneratorSink(g), text);
    }
    return w.toString();
  }

  private static String compact(String text) throws IOException {
    CompactJson out = new CompactJson(new char[4]);
    write(out, text);
    return out.toString();
  }

  @Test
  void escapesEveryCharacterAsJackson() throws IOException {
    for (char c = 0; c < 0x3100; c++) {
      String text = "a" + c + "b\"" + c;
      assertThat(compact(text)).as("U+%04X", (int) c).isEqualTo(jackson(text));
    }
    for (String text : new String[] {"", "\uD83D\uDE00", "\uD83D", "\uDE00x", "\\\\\"\"", "\u2028\u2029\uFEFF\uFFFF"}) {
      assertThat(compact(text)).isEqualTo(jackson(text));
    }
  }
}
