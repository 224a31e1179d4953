package org.wiretext.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.wiretext.model.Actor;
import org.wiretext.model.ActorKind;
import org.wiretext.model.Article;
import org.wiretext.model.BidStage;
import org.wiretext.model.Format;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Mention;
import org.wiretext.model.Position;
import org.wiretext.model.RegionKind;
import org.wiretext.model.Span;
import org.wiretext.model.Stance;
import org.wiretext.model.Statement;
import org.wiretext.model.StatementKind;

/**
 * Builds a valid {@link Article} for a test from its headline and paragraphs, finding the
 * spans of actors' mentions and statements in the text so the test never counts offsets.
 * Get one from {@link Fixtures#articleFixture(String, String...)}.
 *
 * <pre>{@code
 * Article article = Fixtures.articleFixture("Freedonia applies",
 *         "Ana Costa said \"we are ready\" to join the Club.")
 *     .actor(Fixtures.person("Ana Costa")).actor(Fixtures.state("Freedonia"))
 *     .actor(Fixtures.organization("Club"))
 *     .statement("Ana Costa", StatementKind.DIRECT, "we are ready")
 *     .bid("Freedonia", "Club", BidStage.APPLIED).position("Ana Costa", Stance.SUPPORTS)
 *     .build();
 * }</pre>
 *
 * <p>Actors are referred to by name or alias, ignoring case. Statements get ids
 * {@code s1, s2, ...} and cue {@code "said"}; bids get ids {@code b1, b2, ...}.
 */
public final class ArticleFixture {

  private final String text;
  private final String headline;
  private final List<Span> paragraphs = new ArrayList<>();
  private final int headlineEnd;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final List<Statement> statements = new ArrayList<>();
  private final List<MembershipBid.Builder> bids = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private String id = Fixtures.ARTICLE_ID;
  private Format format = Format.PLAIN;
  private String language = Fixtures.LANGUAGE;

  ArticleFixture(String headline, List<String> paragraphTexts) {
    StringBuilder sb = new StringBuilder();
    this.headline = headline;
    if (headline != null) {
      sb.append(headline);
    }
    this.headlineEnd = sb.length();
    for (String p : paragraphTexts) {
      Objects.requireNonNull(p, "paragraph");
      if (sb.length() > 0) {
        sb.append(Fixtures.PARAGRAPH_BREAK);
      }
      int start = sb.length();
      sb.append(p);
      paragraphs.add(Span.of(p, start, sb.length()));
    }
    this.text = sb.toString();
  }

  /**
   * The article's text: the headline and paragraphs separated by blank lines.
   *
   * @return the text every span indexes into
   */
  public String text() {
    return text;
  }

  /**
   * Sets the article's id (default {@value Fixtures#ARTICLE_ID}).
   *
   * @param articleId the id
   * @return this fixture
   */
  public ArticleFixture id(String articleId) {
    this.id = Objects.requireNonNull(articleId, "articleId");
    return this;
  }

  /**
   * Sets the article's format (default {@link Format#PLAIN}).
   *
   * @param articleFormat the format
   * @return this fixture
   */
  public ArticleFixture format(Format articleFormat) {
    this.format = Objects.requireNonNull(articleFormat, "articleFormat");
    return this;
  }

  /**
   * Sets the article's language (default {@value Fixtures#LANGUAGE}).
   *
   * @param languageTag a BCP 47 tag
   * @return this fixture
   */
  public ArticleFixture language(String languageTag) {
    this.language = Objects.requireNonNull(languageTag, "languageTag");
    return this;
  }

  /**
   * Adds a warning.
   *
   * @param warning what the parser could not interpret
   * @return this fixture
   */
  public ArticleFixture warning(String warning) {
    warnings.add(Objects.requireNonNull(warning, "warning"));
    return this;
  }

  /**
   * Adds an actor. When it has no mentions, every occurrence of its name and aliases in the
   * text becomes one, except an alias inside a longer form ("Costa" in "Ana Costa").
   *
   * @param actor the actor
   * @return this fixture
   */
  public ArticleFixture actor(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    Actor added = actor;
    if (actor.mentions().isEmpty()) {
      List<Mention> mentions = new ArrayList<>();
      List<String> forms = new ArrayList<>();
      forms.add(actor.name());
      forms.addAll(actor.aliases());
      for (String form : forms) {
        for (int at : Fixtures.occurrences(text, form)) {
          mentions.add(Mention.of(form, at, at + form.length()));
        }
      }
      // in text order, the longest form first where two start together; a form inside a
      // longer one ("Costa" in "Ana Costa") is not a mention of its own
      mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
          : Integer.compare(b.end(), a.end()));
      List<Mention> kept = new ArrayList<>();
      int covered = 0;
      for (Mention m : mentions) {
        if (m.start() >= covered) {
          kept.add(m);
          covered = m.end();
        }
      }
      added = Actor.builder().from(actor).mentions(kept).build();
    }
    actors.put(added.id(), added);
    return this;
  }

  /**
   * Adds an actor of the given kind with the id derived from its name and the given aliases.
   *
   * @param name the canonical name
   * @param kind what the actor is
   * @param aliases other forms the text uses for it
   * @return this fixture
   */
  public ArticleFixture actor(String name, ActorKind kind, String... aliases) {
    return actor(Actor.builder().from(Fixtures.actor(name, kind)).addAliases(aliases).build());
  }

  /**
   * Adds a statement by an actor already added, spanning the first occurrence of
   * {@code said} in the text.
   *
   * @param speaker the name or an alias of an actor added before
   * @param kind direct, indirect or mixed
   * @param said what was said, exactly as in the text
   * @return this fixture
   * @throws IllegalArgumentException when no such actor was added or {@code said} is not in
   *     the text
   */
  public ArticleFixture statement(String speaker, StatementKind kind, String said) {
    Actor who = find(speaker);
    int start = Fixtures.indexOf(text, said, 0);
    return statement(Statement.builder().id("s" + (statements.size() + 1)).kind(kind)
        .speaker(who.id()).text(said).cue("said").start(start).end(start + said.length()).build());
  }

  /**
   * Adds a statement as given.
   *
   * @param statement the statement; its span must lie in the text
   * @return this fixture
   */
  public ArticleFixture statement(Statement statement) {
    statements.add(Objects.requireNonNull(statement, "statement"));
    return this;
  }

  /**
   * Adds a bid between two actors already added; the positions that follow belong to it.
   *
   * @param applicant the name or an alias of the actor that seeks to join
   * @param organization the name or an alias of the actor it seeks to join
   * @param stage how far the bid has gone
   * @return this fixture
   * @throws IllegalArgumentException when either actor was not added
   */
  public ArticleFixture bid(String applicant, String organization, BidStage stage) {
    bids.add(MembershipBid.builder().id("b" + (bids.size() + 1)).applicant(find(applicant).id())
        .organization(find(organization).id()).stage(stage));
    return this;
  }

  /**
   * Adds a position to the last bid added, with the actor's statements as its evidence.
   *
   * @param actor the name or an alias of an actor added before
   * @param stance supports, opposes or undecided
   * @return this fixture
   * @throws IllegalStateException when no bid was added yet
   */
  public ArticleFixture position(String actor, Stance stance) {
    if (bids.isEmpty()) {
      throw new IllegalStateException("add a bid before its positions");
    }
    Actor who = find(actor);
    List<String> evidence = statements.stream()
        .filter(s -> s.speaker().filter(who.id()::equals).isPresent())
        .map(Statement::id).collect(Collectors.toList());
    bids.get(bids.size() - 1).addPositions(
        Position.builder().actor(who.id()).stance(stance).evidence(evidence).build());
    return this;
  }

  /**
   * Builds the article.
   *
   * @return a valid article
   */
  public Article build() {
    Article.Builder b = Article.builder().id(id).format(format).text(text).language(language)
        .paragraphs(paragraphs).actors(actors.values()).statements(statements)
        .warnings(warnings);
    if (headline != null) {
      b.headline(headline);
      if (!headline.isEmpty()) {
        b.addRegions(Fixtures.region(RegionKind.HEADLINE, text.substring(0, headlineEnd), headline));
      }
    }
    for (MembershipBid.Builder bid : bids) {
      b.addBids(bid.build());
    }
    return b.build();
  }

  private Actor find(String nameOrAlias) {
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    String key = nameOrAlias.toLowerCase(Locale.ROOT);
    for (Actor a : actors.values()) {
      if (a.name().toLowerCase(Locale.ROOT).equals(key)
          || a.aliases().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(key))) {
        return a;
      }
    }
    throw new IllegalArgumentException("no actor named \"" + nameOrAlias + "\" was added; actors: "
        + actors.values().stream().map(Actor::name).collect(Collectors.toList()));
  }
}
