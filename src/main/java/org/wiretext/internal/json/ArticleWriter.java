package org.wiretext.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.Dateline;
import org.wiretext.model.DecisionRule;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Mention;
import org.wiretext.model.Milestone;
import org.wiretext.model.Position;
import org.wiretext.model.Region;
import org.wiretext.model.Span;
import org.wiretext.model.Statement;

/**
 * Writes an article's {@code wiretext/1} JSON with Jackson's streaming generator, field by
 * field in the contract's order, instead of through data binding: the same bytes as the
 * model's Jackson annotations give ({@code ArticleWriterTest} compares them on every
 * fixture), without the start-up cost of introspecting the model and with fewer objects per
 * article. Indented output uses Jackson's default pretty printer, as
 * {@code SerializationFeature.INDENT_OUTPUT} does.
 */
public final class ArticleWriter {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ArticleWriter() {}

  /**
   * Writes {@code article} to {@code out}, indented when {@code pretty}; flushes but does not
   * close {@code out}.
   *
   * @param article the article
   * @param out where to write
   * @param pretty whether to indent
   * @throws IOException when writing fails
   */
  public static void write(Article article, Writer out, boolean pretty) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    article(g, article);
    g.close(); // flushes; the target stays open
  }

  /**
   * The article's JSON as a string, written into Jackson's segmented string writer with
   * recycled buffers (as data binding's {@code writeValueAsString} does), so the only copy
   * made is the string itself.
   *
   * @param article the article
   * @param pretty whether to indent
   * @return its JSON
   */
  public static String toJson(Article article, boolean pretty) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try {
      SegmentedStringWriter out = new SegmentedStringWriter(recycler);
      write(article, out, pretty);
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing into memory does not fail
    } finally {
      recycler.releaseToPool();
    }
  }

  private static void article(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", a.schema());
    g.writeStringField("id", a.id());
    g.writeStringField("format", a.format().name());
    g.writeStringField("text", a.text());
    string(g, "slug", a.slug());
    string(g, "published", a.published());
    string(g, "headline", a.headline());
    string(g, "kicker", a.kicker());
    string(g, "byline", a.byline());
    string(g, "credit", a.credit());
    g.writeFieldName("dateline");
    Optional<Dateline> d = a.dateline();
    if (d.isPresent()) {
      dateline(g, d.get());
    } else {
      g.writeNull();
    }
    g.writeStringField("language", a.language());
    g.writeArrayFieldStart("paragraphs");
    for (Span p : a.paragraphs()) {
      spanObject(g, p.text(), p.start(), p.end());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actors");
    for (Actor actor : a.actors()) {
      actor(g, actor);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("statements");
    for (Statement s : a.statements()) {
      statement(g, s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("bids");
    for (MembershipBid b : a.bids()) {
      bid(g, b);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("regions");
    for (Region r : a.regions()) {
      g.writeStartObject();
      g.writeStringField("kind", r.kind().name());
      span(g, r.text(), r.start(), r.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("metadata");
    for (Map.Entry<String, String> e : a.metadata().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    strings(g, "warnings", a.warnings());
    g.writeEndObject();
  }

  private static void dateline(JsonGenerator g, Dateline d) throws IOException {
    g.writeStartObject();
    g.writeStringField("place", d.place());
    string(g, "date", d.date());
    span(g, d.text(), d.start(), d.end());
    g.writeEndObject();
  }

  private static void actor(JsonGenerator g, Actor a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("name", a.name());
    g.writeStringField("kind", a.kind().name());
    strings(g, "titles", a.titles());
    strings(g, "affiliations", a.affiliations());
    strings(g, "aliases", a.aliases());
    g.writeArrayFieldStart("mentions");
    for (Mention m : a.mentions()) {
      spanObject(g, m.text(), m.start(), m.end());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void statement(JsonGenerator g, Statement s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("kind", s.kind().name());
    string(g, "speaker", s.speaker());
    g.writeStringField("text", s.text());
    string(g, "cue", s.cue());
    string(g, "channel", s.channel());
    strings(g, "addressees", s.addressees());
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }

  private static void bid(JsonGenerator g, MembershipBid b) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", b.id());
    g.writeStringField("applicant", b.applicant());
    g.writeStringField("organization", b.organization());
    g.writeStringField("stage", b.stage().name());
    g.writeArrayFieldStart("positions");
    for (Position p : b.positions()) {
      g.writeStartObject();
      g.writeStringField("actor", p.actor());
      g.writeStringField("stance", p.stance().name());
      strings(g, "evidence", p.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("decisionRule");
    Optional<DecisionRule> rule = b.decisionRule();
    if (rule.isPresent()) {
      g.writeStartObject();
      g.writeStringField("kind", rule.get().kind().name());
      g.writeFieldName("members");
      if (rule.get().members().isPresent()) {
        g.writeNumber(rule.get().members().get());
      } else {
        g.writeNull();
      }
      string(g, "body", rule.get().body());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    g.writeArrayFieldStart("milestones");
    for (Milestone m : b.milestones()) {
      g.writeStartObject();
      g.writeStringField("text", m.text());
      string(g, "date", m.date());
      string(g, "actor", m.actor());
      g.writeNumberField("start", m.start());
      g.writeNumberField("end", m.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void spanObject(JsonGenerator g, String text, int start, int end) throws IOException {
    g.writeStartObject();
    span(g, text, start, end);
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, String text, int start, int end) throws IOException {
    g.writeStringField("text", text);
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
