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
 * Writes an article's {@code wiretext/1} JSON field by field in the contract's order, instead
 * of through data binding: the same bytes as the model's Jackson annotations give
 * ({@code ArticleWriterTest} compares them on every fixture), without the start-up cost of
 * introspecting the model and with fewer objects per article. One-line JSON is written by
 * {@link CompactJson}; indented output by Jackson's streaming generator with its default
 * pretty printer, as {@code SerializationFeature.INDENT_OUTPUT} does.
 */
public final class ArticleWriter {

  private static final JsonFactory FACTORY = new JsonFactory();
  /** Longest buffer (characters) kept per thread for the next article. */
  private static final int MAX_KEPT = 1 << 20;
  /** Each thread's one-line writer, reused with its buffer and the field names it has learnt. */
  private static final ThreadLocal<CompactJson> COMPACT =
      ThreadLocal.withInitial(() -> new CompactJson(new char[1 << 15]));

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
    if (!pretty) {
      out.write(toJson(article, false));
      out.flush();
      return;
    }
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    article(new GeneratorSink(g), article);
    g.close(); // flushes; the target stays open
  }

  /**
   * The article's JSON as a string. One line is written by {@link CompactJson} into a buffer
   * kept per thread (so that only the string itself is new); indented JSON by Jackson's
   * generator into its segmented string writer with recycled buffers, as data binding's
   * {@code writeValueAsString} does.
   *
   * @param article the article
   * @param pretty whether to indent
   * @return its JSON
   */
  public static String toJson(Article article, boolean pretty) {
    if (!pretty) {
      CompactJson out = COMPACT.get();
      try {
        article(out, article);
        return out.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // writing into memory does not fail
      } finally {
        // a grown buffer serves the next article; a very long one is let go
        out.reset(out.buffer().length <= MAX_KEPT ? out.buffer() : new char[1 << 15]);
      }
    }
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try {
      SegmentedStringWriter out = new SegmentedStringWriter(recycler);
      write(article, out, true);
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing into memory does not fail
    } finally {
      recycler.releaseToPool();
    }
  }

  private static void article(JsonSink g, Article a) throws IOException {
    g.source(a.text());
    g.startObject();
    g.stringField("schema", a.schema());
    g.stringField("id", a.id());
    g.stringField("format", a.format().name());
    g.sliceField("text", a.text(), 0, a.text().length());
    string(g, "slug", a.slug());
    string(g, "published", a.published());
    string(g, "headline", a.headline());
    string(g, "kicker", a.kicker());
    string(g, "byline", a.byline());
    string(g, "credit", a.credit());
    g.name("dateline");
    Optional<Dateline> d = a.dateline();
    if (d.isPresent()) {
      dateline(g, d.get());
    } else {
      g.nullValue();
    }
    g.stringField("language", a.language());
    g.startArray("paragraphs");
    for (Span p : a.paragraphs()) {
      spanObject(g, p.text(), p.start(), p.end());
    }
    g.endArray();
    g.startArray("actors");
    for (Actor actor : a.actors()) {
      actor(g, actor);
    }
    g.endArray();
    g.startArray("statements");
    for (Statement s : a.statements()) {
      statement(g, s);
    }
    g.endArray();
    g.startArray("bids");
    for (MembershipBid b : a.bids()) {
      bid(g, b);
    }
    g.endArray();
    g.startArray("regions");
    for (Region r : a.regions()) {
      g.startObject();
      g.stringField("kind", r.kind().name());
      span(g, r.text(), r.start(), r.end());
      g.endObject();
    }
    g.endArray();
    g.startObject("metadata");
    for (Map.Entry<String, String> e : a.metadata().entrySet()) {
      g.stringField(e.getKey(), e.getValue());
    }
    g.endObject();
    strings(g, "warnings", a.warnings());
    g.endObject();
  }

  private static void dateline(JsonSink g, Dateline d) throws IOException {
    g.startObject();
    g.stringField("place", d.place());
    string(g, "date", d.date());
    span(g, d.text(), d.start(), d.end());
    g.endObject();
  }

  private static void actor(JsonSink g, Actor a) throws IOException {
    g.startObject();
    g.stringField("id", a.id());
    g.stringField("name", a.name());
    g.stringField("kind", a.kind().name());
    strings(g, "titles", a.titles());
    strings(g, "affiliations", a.affiliations());
    strings(g, "aliases", a.aliases());
    g.startArray("mentions");
    for (Mention m : a.mentions()) {
      spanObject(g, m.text(), m.start(), m.end());
    }
    g.endArray();
    g.endObject();
  }

  private static void statement(JsonSink g, Statement s) throws IOException {
    g.startObject();
    g.stringField("id", s.id());
    g.stringField("kind", s.kind().name());
    string(g, "speaker", s.speaker());
    g.sliceField("text", s.text(), s.start(), s.end());
    string(g, "cue", s.cue());
    string(g, "channel", s.channel());
    strings(g, "addressees", s.addressees());
    g.numberField("start", s.start());
    g.numberField("end", s.end());
    g.endObject();
  }

  private static void bid(JsonSink g, MembershipBid b) throws IOException {
    g.startObject();
    g.stringField("id", b.id());
    g.stringField("applicant", b.applicant());
    g.stringField("organization", b.organization());
    g.stringField("stage", b.stage().name());
    g.startArray("positions");
    for (Position p : b.positions()) {
      g.startObject();
      g.stringField("actor", p.actor());
      g.stringField("stance", p.stance().name());
      strings(g, "evidence", p.evidence());
      g.endObject();
    }
    g.endArray();
    g.name("decisionRule");
    Optional<DecisionRule> rule = b.decisionRule();
    if (rule.isPresent()) {
      g.startObject();
      g.stringField("kind", rule.get().kind().name());
      g.name("members");
      if (rule.get().members().isPresent()) {
        g.number(rule.get().members().get());
      } else {
        g.nullValue();
      }
      string(g, "body", rule.get().body());
      g.endObject();
    } else {
      g.nullValue();
    }
    g.startArray("milestones");
    for (Milestone m : b.milestones()) {
      g.startObject();
      g.sliceField("text", m.text(), m.start(), m.end());
      string(g, "date", m.date());
      string(g, "actor", m.actor());
      g.numberField("start", m.start());
      g.numberField("end", m.end());
      g.endObject();
    }
    g.endArray();
    g.endObject();
  }

  private static void spanObject(JsonSink g, String text, int start, int end) throws IOException {
    g.startObject();
    span(g, text, start, end);
    g.endObject();
  }

  private static void span(JsonSink g, String text, int start, int end) throws IOException {
    g.sliceField("text", text, start, end);
    g.numberField("start", start);
    g.numberField("end", end);
  }

  private static void string(JsonSink g, String name, Optional<String> value) throws IOException {
    g.name(name);
    if (value.isPresent()) {
      g.string(value.get());
    } else {
      g.nullValue();
    }
  }

  private static void strings(JsonSink g, String name, List<String> values) throws IOException {
    g.startArray(name);
    for (String v : values) {
      g.string(v);
    }
    g.endArray();
  }
}
