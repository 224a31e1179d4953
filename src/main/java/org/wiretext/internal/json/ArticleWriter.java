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
import org.wiretext.model.ActorKind;
import org.wiretext.model.Article;
import org.wiretext.model.BidStage;
import org.wiretext.model.Dateline;
import org.wiretext.model.DecisionRule;
import org.wiretext.model.Format;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Mention;
import org.wiretext.model.Milestone;
import org.wiretext.model.Position;
import org.wiretext.model.Region;
import org.wiretext.model.RegionKind;
import org.wiretext.model.RuleKind;
import org.wiretext.model.Span;
import org.wiretext.model.Stance;
import org.wiretext.model.Statement;
import org.wiretext.model.StatementKind;

/**
 * Writes an article's {@code wiretext/1} JSON field by field in the contract's order, instead
 * of through data binding: the same bytes as the model's Jackson annotations give
 * ({@code ArticleWriterTest} compares them on every fixture), without the start-up cost of
 * introspecting the model and with fewer objects per article. One-line JSON is written by
 * {@link CompactJson}; indented output by Jackson's streaming generator with its default
 * pretty printer, as {@code SerializationFeature.INDENT_OUTPUT} does.
 *
 * <p>Lists are walked by index, not with an iterator: the model's lists are random access
 * (its builders copy them into array lists behind an unmodifiable view), and each for-each
 * loop over such a view makes an iterator wrapping another, a few hundred per article.
 */
public final class ArticleWriter {

  private static final JsonFactory FACTORY = new JsonFactory();
  /** Longest buffer (characters) kept per thread for the next article. */
  private static final int MAX_KEPT = 1 << 20;
  /** Each thread's one-line writer, reused with its buffer and the field names it has learnt. */
  private static final ThreadLocal<CompactJson> COMPACT =
      ThreadLocal.withInitial(() -> new CompactJson(new char[1 << 15]));

  // the contract's field names, quoted once (see FieldName)
  private static final FieldName SCHEMA = FieldName.of("schema");
  private static final FieldName ID = FieldName.of("id");
  private static final FieldName FORMAT = FieldName.of("format");
  private static final FieldName TEXT = FieldName.of("text");
  private static final FieldName SLUG = FieldName.of("slug");
  private static final FieldName PUBLISHED = FieldName.of("published");
  private static final FieldName HEADLINE = FieldName.of("headline");
  private static final FieldName KICKER = FieldName.of("kicker");
  private static final FieldName BYLINE = FieldName.of("byline");
  private static final FieldName CREDIT = FieldName.of("credit");
  private static final FieldName DATELINE = FieldName.of("dateline");
  private static final FieldName LANGUAGE = FieldName.of("language");
  private static final FieldName PARAGRAPHS = FieldName.of("paragraphs");
  private static final FieldName ACTORS = FieldName.of("actors");
  private static final FieldName STATEMENTS = FieldName.of("statements");
  private static final FieldName BIDS = FieldName.of("bids");
  private static final FieldName REGIONS = FieldName.of("regions");
  private static final FieldName KIND = FieldName.of("kind");
  private static final FieldName METADATA = FieldName.of("metadata");
  private static final FieldName WARNINGS = FieldName.of("warnings");
  private static final FieldName PLACE = FieldName.of("place");
  private static final FieldName DATE = FieldName.of("date");
  private static final FieldName NAME = FieldName.of("name");
  private static final FieldName TITLES = FieldName.of("titles");
  private static final FieldName AFFILIATIONS = FieldName.of("affiliations");
  private static final FieldName ALIASES = FieldName.of("aliases");
  private static final FieldName MENTIONS = FieldName.of("mentions");
  private static final FieldName SPEAKER = FieldName.of("speaker");
  private static final FieldName CUE = FieldName.of("cue");
  private static final FieldName CHANNEL = FieldName.of("channel");
  private static final FieldName ADDRESSEES = FieldName.of("addressees");
  private static final FieldName START = FieldName.of("start");
  private static final FieldName END = FieldName.of("end");
  private static final FieldName APPLICANT = FieldName.of("applicant");
  private static final FieldName ORGANIZATION = FieldName.of("organization");
  private static final FieldName STAGE = FieldName.of("stage");
  private static final FieldName POSITIONS = FieldName.of("positions");
  private static final FieldName ACTOR = FieldName.of("actor");
  private static final FieldName STANCE = FieldName.of("stance");
  private static final FieldName EVIDENCE = FieldName.of("evidence");
  private static final FieldName DECISION_RULE = FieldName.of("decisionRule");
  private static final FieldName MEMBERS = FieldName.of("members");
  private static final FieldName BODY = FieldName.of("body");
  private static final FieldName MILESTONES = FieldName.of("milestones");

  // the names of the enum constants the contract writes, quoted once (see QuotedValue)
  private static final QuotedValue[] FORMATS = QuotedValue.names(Format.class);
  private static final QuotedValue[] ACTOR_KINDS = QuotedValue.names(ActorKind.class);
  private static final QuotedValue[] STATEMENT_KINDS = QuotedValue.names(StatementKind.class);
  private static final QuotedValue[] STAGES = QuotedValue.names(BidStage.class);
  private static final QuotedValue[] STANCES = QuotedValue.names(Stance.class);
  private static final QuotedValue[] RULE_KINDS = QuotedValue.names(RuleKind.class);
  private static final QuotedValue[] REGION_KINDS = QuotedValue.names(RegionKind.class);

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
    g.stringField(SCHEMA, a.schema());
    g.stringField(ID, a.id());
    g.stringField(FORMAT, FORMATS[a.format().ordinal()]);
    g.sliceField(TEXT, a.text(), 0, a.text().length());
    string(g, SLUG, a.slug());
    string(g, PUBLISHED, a.published());
    string(g, HEADLINE, a.headline());
    string(g, KICKER, a.kicker());
    string(g, BYLINE, a.byline());
    string(g, CREDIT, a.credit());
    g.name(DATELINE);
    Optional<Dateline> d = a.dateline();
    if (d.isPresent()) {
      dateline(g, d.get());
    } else {
      g.nullValue();
    }
    g.stringField(LANGUAGE, a.language());
    g.startArray(PARAGRAPHS);
    List<Span> paragraphs = a.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      Span p = paragraphs.get(i);
      spanObject(g, p.text(), p.start(), p.end());
    }
    g.endArray();
    g.startArray(ACTORS);
    List<Actor> actors = a.actors();
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      actor(g, actor);
    }
    g.endArray();
    g.startArray(STATEMENTS);
    List<Statement> statements = a.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      statement(g, s);
    }
    g.endArray();
    g.startArray(BIDS);
    List<MembershipBid> bids = a.bids();
    for (int i = 0; i < bids.size(); i++) {
      MembershipBid b = bids.get(i);
      bid(g, b);
    }
    g.endArray();
    g.startArray(REGIONS);
    List<Region> regions = a.regions();
    for (int i = 0; i < regions.size(); i++) {
      Region r = regions.get(i);
      g.startObject();
      g.stringField(KIND, REGION_KINDS[r.kind().ordinal()]);
      span(g, r.text(), r.start(), r.end());
      g.endObject();
    }
    g.endArray();
    g.startObject(METADATA);
    for (Map.Entry<String, String> e : a.metadata().entrySet()) {
      g.name(e.getKey()); // the format's own field names, not the contract's
      g.string(e.getValue());
    }
    g.endObject();
    strings(g, WARNINGS, a.warnings());
    g.endObject();
  }

  private static void dateline(JsonSink g, Dateline d) throws IOException {
    g.startObject();
    g.stringField(PLACE, d.place());
    string(g, DATE, d.date());
    span(g, d.text(), d.start(), d.end());
    g.endObject();
  }

  private static void actor(JsonSink g, Actor a) throws IOException {
    g.startObject();
    g.stringField(ID, a.id());
    g.stringField(NAME, a.name());
    g.stringField(KIND, ACTOR_KINDS[a.kind().ordinal()]);
    strings(g, TITLES, a.titles());
    strings(g, AFFILIATIONS, a.affiliations());
    strings(g, ALIASES, a.aliases());
    g.startArray(MENTIONS);
    List<Mention> mentions = a.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      spanObject(g, m.text(), m.start(), m.end());
    }
    g.endArray();
    g.endObject();
  }

  private static void statement(JsonSink g, Statement s) throws IOException {
    g.startObject();
    g.stringField(ID, s.id());
    g.stringField(KIND, STATEMENT_KINDS[s.kind().ordinal()]);
    string(g, SPEAKER, s.speaker());
    g.sliceField(TEXT, s.text(), s.start(), s.end());
    string(g, CUE, s.cue());
    string(g, CHANNEL, s.channel());
    strings(g, ADDRESSEES, s.addressees());
    g.numberField(START, s.start());
    g.numberField(END, s.end());
    g.endObject();
  }

  private static void bid(JsonSink g, MembershipBid b) throws IOException {
    g.startObject();
    g.stringField(ID, b.id());
    g.stringField(APPLICANT, b.applicant());
    g.stringField(ORGANIZATION, b.organization());
    g.stringField(STAGE, STAGES[b.stage().ordinal()]);
    g.startArray(POSITIONS);
    List<Position> positions = b.positions();
    for (int i = 0; i < positions.size(); i++) {
      Position p = positions.get(i);
      g.startObject();
      g.stringField(ACTOR, p.actor());
      g.stringField(STANCE, STANCES[p.stance().ordinal()]);
      strings(g, EVIDENCE, p.evidence());
      g.endObject();
    }
    g.endArray();
    g.name(DECISION_RULE);
    Optional<DecisionRule> rule = b.decisionRule();
    if (rule.isPresent()) {
      g.startObject();
      g.stringField(KIND, RULE_KINDS[rule.get().kind().ordinal()]);
      g.name(MEMBERS);
      if (rule.get().members().isPresent()) {
        g.number(rule.get().members().get());
      } else {
        g.nullValue();
      }
      string(g, BODY, rule.get().body());
      g.endObject();
    } else {
      g.nullValue();
    }
    g.startArray(MILESTONES);
    List<Milestone> milestones = b.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone m = milestones.get(i);
      g.startObject();
      g.sliceField(TEXT, m.text(), m.start(), m.end());
      string(g, DATE, m.date());
      string(g, ACTOR, m.actor());
      g.numberField(START, m.start());
      g.numberField(END, m.end());
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
    g.sliceField(TEXT, text, start, end);
    g.numberField(START, start);
    g.numberField(END, end);
  }

  private static void string(JsonSink g, FieldName name, Optional<String> value) throws IOException {
    g.name(name);
    if (value.isPresent()) {
      g.string(value.get());
    } else {
      g.nullValue();
    }
  }

  private static void strings(JsonSink g, FieldName name, List<String> values) throws IOException {
    g.startArray(name);
    for (int i = 0; i < values.size(); i++) {
      g.string(values.get(i));
    }
    g.endArray();
  }
}
