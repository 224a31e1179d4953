package org.wiretext.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact writer escapes and separates exactly as Jackson's generator does. */
class CompactJsonTest {

  private static void write(JsonSink out, String text) throws IOException {
    out.startObject();
    out.stringField(FieldName.of("text"), text);
    out.stringField(FieldName.of("kind"), QuotedValue.of(text));
    out.name(text);
    out.nullValue();
    out.name(FieldName.of(text));
    out.number(0);
    out.startArray(FieldName.of("list"));
    out.string(text);
    out.string(null);
    out.number(-12);
    out.startObject();
    out.endObject();
    out.endArray();
    out.startObject(FieldName.of("inner"));
    out.numberField(FieldName.of("n"), 7);
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

  /** A text whose escapes fall on both sides of the writer's 64-character block edges. */
  private static String escapeRichText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 230; i++) {
      b.append(i % 61 == 0 || i == 63 || i == 64 || i == 127 || i == 200 ? '"'
          : i % 29 == 0 ? '\n' : i % 47 == 0 ? '\\' : i % 53 == 0 ? '\u0001' : (char) ('a' + i % 26));
    }
    return b.toString();
  }

  private static String slices(JsonSink out, String source, List<int[]> ranges, boolean asSlices)
      throws IOException {
    out.source(source);
    out.startObject();
    for (int[] r : ranges) {
      String value = source.substring(r[0], r[1]);
      if (asSlices) {
        out.sliceField(FieldName.of("t"), value, r[0], r[1]);
      } else {
        out.stringField(FieldName.of("t"), value);
      }
    }
    out.endObject();
    return out.toString();
  }

  @Test
  void writesSlicesOfTheSourceAsJacksonWritesTheirStrings() throws IOException {
    String text = escapeRichText();
    List<int[]> ranges = new ArrayList<>();
    for (int start = 0; start <= text.length(); start += 3) {
      for (int end = start; end <= text.length(); end += 7) {
        ranges.add(new int[] {start, end});
      }
      ranges.add(new int[] {start, text.length()});
    }
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      slices(new GeneratorSink(g), text, ranges, false);
    }
    assertThat(slices(new CompactJson(new char[4]), text, ranges, true)).isEqualTo(w.toString());
  }

  @Test
  void writesTheSourceItselfAsJacksonWritesIt() throws IOException {
    String text = escapeRichText();
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      slices(new GeneratorSink(g), text, List.of(new int[] {0, text.length()}), false);
    }
    CompactJson out = new CompactJson(new char[4]);
    out.source(text);
    out.startObject();
    out.sliceField(FieldName.of("t"), text, 0, text.length()); // the very string, not a copy
    out.endObject();
    assertThat(out.toString()).isEqualTo(w.toString());
  }

  @Test
  void quotedEnumNamesAreTheNamesAsPlainStrings() throws IOException {
    QuotedValue[] kinds = QuotedValue.names(org.wiretext.model.ActorKind.class);
    for (org.wiretext.model.ActorKind kind : org.wiretext.model.ActorKind.values()) {
      assertThat(kinds[kind.ordinal()]).hasToString(kind.name());
      assertThat(new String(kinds[kind.ordinal()].compact())).isEqualTo("\"" + kind.name() + "\"");
    }
  }

  @Test
  void writesTheValueWhenItIsNotTheSliceItClaimsToBe() throws IOException {
    CompactJson out = new CompactJson(new char[4]);
    out.source("say \"no\" now");
    out.startObject();
    out.sliceField(FieldName.of("a"), "say \"no\"", 0, 8); // same characters, shorter than the range
    out.sliceField(FieldName.of("b"), "s\"y", 0, 3); // same length, other characters
    out.sliceField(FieldName.of("c"), "now", 11, 14); // past the end
    out.sliceField(FieldName.of("d"), "say", -1, 2);
    out.sliceField(FieldName.of("e"), null, 0, 0);
    out.sliceField(FieldName.of("f"), "\"no\"", 4, 8);
    out.endObject();
    assertThat(out.toString())
        .isEqualTo("{\"a\":\"say \\\"no\\\"\",\"b\":\"s\\\"y\",\"c\":\"now\",\"d\":\"say\","
            + "\"e\":null,\"f\":\"\\\"no\\\"\"}");
  }

  @Test
  void reusedWriterWritesQuotedAndEscapedNamesAgain() throws IOException {
    CompactJson out = new CompactJson(new char[4]);
    String first = null;
    for (int round = 0; round < 3; round++) {
      out.reset(new char[4]);
      out.source(round == 1 ? "x\"y" : "plain");
      out.startObject();
      out.stringField(FieldName.of("text"), "v");
      out.stringField(FieldName.of("q\"uote"), "w");
      out.sliceField(FieldName.of("text"), round == 1 ? "\"" : "l", 1, 2);
      out.numberField(FieldName.of("n"), round * 1_000_003);
      out.endObject();
      if (round == 0) {
        first = out.toString();
      }
      assertThat(out.toString()).startsWith("{\"text\":\"v\",\"q\\\"uote\":\"w\",\"text\":");
    }
    assertThat(first).isEqualTo("{\"text\":\"v\",\"q\\\"uote\":\"w\",\"text\":\"l\",\"n\":0}");
    assertThat(out.toString()).endsWith("\"text\":\"l\",\"n\":2000006}");
  }

  @Test
  void writesNumbersOfEveryLengthAsJackson() throws IOException {
    int[] values = {0, 9, 10, 99, 100, 101, 999, 1000, 65_535, 99_999, 100_000, 1_048_576,
        999_999_999, 1_000_000_000, Integer.MAX_VALUE, -1, Integer.MIN_VALUE};
    CompactJson out = new CompactJson(new char[4]);
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartArray();
      out.startObject();
      out.startArray(FieldName.of("n"));
      for (int v : values) {
        g.writeNumber(v);
        out.number(v);
      }
      g.writeEndArray();
      out.endArray();
      out.endObject();
    }
    assertThat(out.toString()).isEqualTo("{\"n\":" + w + "}");
  }
}
