package org.wiretext.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
 * Model values with sensible defaults, so a test states only what it is about.
 *
 * <pre>{@code
 * Article article = Fixtures.article("Freedonia applies", "Freedonia applied on Monday.");
 * Actor ana = Fixtures.person("Ana Costa");          // id "ana-costa", kind PERSON
 * Statement s = Fixtures.statement(ana, "We are ready."); // DIRECT, spoken by ana
 * }</pre>
 *
 * <p>For an article with actors, statements and bids whose spans are found in its text, use
 * {@link #articleFixture(String, String...)}. Every value here is valid by the model's own
 * checks; ids are derived from names with {@link #idOf(String)}. Defaults: format
 * {@link Format#PLAIN}, language {@value #LANGUAGE}, article id {@value #ARTICLE_ID}.
 */
public final class Fixtures {

  /** The id of every fixture article unless a test sets its own. */
  public static final String ARTICLE_ID = "test-article";
  /** The language of every fixture article. */
  public static final String LANGUAGE = "en";
  /** What separates the headline and paragraphs in a fixture article's text. */
  public static final String PARAGRAPH_BREAK = "\n\n";

  private Fixtures() {}

  /**
   * An article whose text is the headline and paragraphs separated by blank lines, with the
   * headline as a {@link RegionKind#HEADLINE} region and each paragraph's span computed.
   *
   * @param headline the headline, or {@code null} for an article without one
   * @param paragraphs the body paragraphs, in order
   * @return the article, with no actors, statements, bids or warnings
   */
  public static Article article(String headline, String... paragraphs) {
    return articleFixture(headline, paragraphs).build();
  }

  /**
   * A builder of an article laid out as {@link #article(String, String...)} does, to which a
   * test adds actors, statements and bids whose spans are found in the text.
   *
   * <pre>{@code
   * Article article = Fixtures.articleFixture("Freedonia applies", "Ana Costa said \"we are ready\".")
   *     .actor(Fixtures.person("Ana Costa"))
   *     .statement("Ana Costa", StatementKind.DIRECT, "we are ready")
   *     .build();
   * }</pre>
   *
   * @param headline the headline, or {@code null} for an article without one
   * @param paragraphs the body paragraphs, in order
   * @return a new fixture builder
   */
  public static ArticleFixture articleFixture(String headline, String... paragraphs) {
    return new ArticleFixture(headline, List.of(paragraphs));
  }

  /**
   * An actor with the id derived from its name and nothing else.
   *
   * @param name the canonical name
   * @param kind what the actor is
   * @return the actor, without titles, affiliations, aliases or mentions
   */
  public static Actor actor(String name, ActorKind kind) {
    return Actor.builder().id(idOf(name)).name(name).kind(kind).build();
  }

  /**
   * A {@link ActorKind#PERSON} named {@code name}.
   *
   * @param name the full name ("Ana Costa")
   * @return the actor
   */
  public static Actor person(String name) {
    return actor(name, ActorKind.PERSON);
  }

  /**
   * An {@link ActorKind#ORGANIZATION} named {@code name}.
   *
   * @param name the organisation's name ("NATO")
   * @return the actor
   */
  public static Actor organization(String name) {
    return actor(name, ActorKind.ORGANIZATION);
  }

  /**
   * A {@link ActorKind#STATE} named {@code name}.
   *
   * @param name the state's name ("Freedonia")
   * @return the actor
   */
  public static Actor state(String name) {
    return actor(name, ActorKind.STATE);
  }

  /**
   * A {@link ActorKind#GROUP} named {@code name}.
   *
   * @param name how the text names the group ("officials")
   * @return the actor
   */
  public static Actor group(String name) {
    return actor(name, ActorKind.GROUP);
  }

  /**
   * A direct statement with no speaker, id {@code "s1"}, spanning {@code [0, text.length())}.
   *
   * @param text what was said
   * @return the statement
   */
  public static Statement statement(String text) {
    return Statement.builder().id("s1").kind(StatementKind.DIRECT).text(text)
        .start(0).end(text.length()).build();
  }

  /**
   * A direct statement by {@code speaker}, id {@code "s1"}, spanning {@code [0, text.length())}.
   *
   * @param speaker who said it
   * @param text what was said
   * @return the statement
   */
  public static Statement statement(Actor speaker, String text) {
    return statement(speaker, StatementKind.DIRECT, text);
  }

  /**
   * A statement of the given kind by {@code speaker}, id {@code "s1"}, spanning
   * {@code [0, text.length())}, with cue {@code "said"}.
   *
   * @param speaker who said it
   * @param kind direct, indirect or mixed
   * @param text what was said
   * @return the statement
   */
  public static Statement statement(Actor speaker, StatementKind kind, String text) {
    return Statement.builder().id("s1").kind(kind).speaker(speaker.id()).text(text).cue("said")
        .start(0).end(text.length()).build();
  }

  /**
   * The span of the first occurrence of {@code part} in {@code source}.
   *
   * @param source the text to search, usually an article's text
   * @param part the characters to find
   * @return the span
   * @throws IllegalArgumentException when {@code part} is not in {@code source}
   */
  public static Span span(String source, String part) {
    int start = indexOf(source, part, 0);
    return Span.of(part, start, start + part.length());
  }

  /**
   * A mention of the first occurrence of {@code part} in {@code source}.
   *
   * @param source the text to search, usually an article's text
   * @param part the characters to find
   * @return the mention
   * @throws IllegalArgumentException when {@code part} is not in {@code source}
   */
  public static Mention mention(String source, String part) {
    int start = indexOf(source, part, 0);
    return Mention.of(part, start, start + part.length());
  }

  /**
   * A region of the given kind at the first occurrence of {@code part} in {@code source}.
   *
   * @param kind what the region is
   * @param source the text to search, usually an article's text
   * @param part the characters to find
   * @return the region
   * @throws IllegalArgumentException when {@code part} is not in {@code source}
   */
  public static Region region(RegionKind kind, String source, String part) {
    int start = indexOf(source, part, 0);
    return Region.of(kind, part, start, start + part.length());
  }

  /**
   * A dateline {@code "PLACE -"} at the start of a text, with no date.
   *
   * @param place the place as written ("WASHINGTON")
   * @return the dateline spanning {@code [0, place.length() + 2)}
   */
  public static Dateline dateline(String place) {
    String text = place + " -";
    return Dateline.builder().place(place).text(text).start(0).end(text.length()).build();
  }

  /**
   * A position with no evidence.
   *
   * @param actor who takes the stance
   * @param stance supports, opposes or undecided
   * @return the position
   */
  public static Position position(Actor actor, Stance stance) {
    return Position.builder().actor(actor.id()).stance(stance).build();
  }

  /**
   * A decision rule with no member count and no body.
   *
   * @param kind how the decision is taken
   * @return the rule
   */
  public static DecisionRule decisionRule(RuleKind kind) {
    return DecisionRule.builder().kind(kind).build();
  }

  /**
   * A milestone with no date and no actor, spanning {@code [0, text.length())}.
   *
   * @param text the step as written
   * @return the milestone
   */
  public static Milestone milestone(String text) {
    return Milestone.builder().text(text).start(0).end(text.length()).build();
  }

  /**
   * A bid with id {@code "b1"}, no positions, no decision rule and no milestones.
   *
   * @param applicant the actor that seeks to join
   * @param organization the actor it seeks to join
   * @param stage how far the bid has gone
   * @return the bid
   */
  public static MembershipBid bid(Actor applicant, Actor organization, BidStage stage) {
    return MembershipBid.builder().id("b1").applicant(applicant.id())
        .organization(organization.id()).stage(stage).build();
  }

  /**
   * The id wiretext derives from a name: lower case, runs of anything but letters and digits
   * as one hyphen ("Ritchie Torres" gives {@code "ritchie-torres"}).
   *
   * @param name a name
   * @return its id, {@code "actor"} for a name without letters or digits
   */
  public static String idOf(String name) {
    Objects.requireNonNull(name, "name");
    StringBuilder id = new StringBuilder(name.length());
    boolean hyphen = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (hyphen && id.length() > 0) {
          id.append('-');
        }
        hyphen = false;
        id.appendCodePoint(cp);
      } else {
        hyphen = true;
      }
    }
    return id.length() == 0 ? "actor" : id.toString().toLowerCase(Locale.ROOT);
  }

  static int indexOf(String source, String part, int from) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(part, "part");
    int start = source.indexOf(part, from);
    if (start < 0 || part.isEmpty()) {
      throw new IllegalArgumentException("\"" + part + "\" is not in the text: " + source);
    }
    return start;
  }

  static List<Integer> occurrences(String source, String part) {
    List<Integer> at = new ArrayList<>();
    if (part.isEmpty()) {
      return at;
    }
    for (int i = source.indexOf(part); i >= 0; i = source.indexOf(part, i + part.length())) {
      at.add(i);
    }
    return at;
  }
}
