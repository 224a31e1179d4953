package org.wiretext.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Spanned;
import org.wiretext.model.Statement;

/**
 * Fluent assertions on an {@link Article}; start with
 * {@link WireTextAssertions#assertThat(Article)}. A failure says what the article holds
 * instead, so a failing test explains itself.
 *
 * <pre>{@code
 * assertThat(article)
 *     .hasHeadline("Freedonia applies to join the Club")
 *     .hasParagraphCount(3)
 *     .hasNoWarnings()
 *     .hasStatementBy("Ana Costa").withKind(DIRECT).quoting("we are ready");
 * }</pre>
 *
 * <p>Actors are named by their name or any alias, ignoring case.
 */
public final class ArticleAssert extends AbstractObjectAssert<ArticleAssert, Article> {

  /**
   * Assertions on {@code actual}; prefer {@link WireTextAssertions#assertThat(Article)}.
   *
   * @param actual the article under test
   */
  public ArticleAssert(Article actual) {
    super(actual, ArticleAssert.class);
  }

  /**
   * Checks the headline.
   *
   * @param headline the expected headline, exactly
   * @return this assertion
   */
  public ArticleAssert hasHeadline(String headline) {
    isNotNull();
    Objects.requireNonNull(headline, "headline");
    if (!actual.headline().equals(Optional.of(headline))) {
      failWithMessage("%s", "Expecting headline \"" + headline + "\" but was "
          + actual.headline().map(h -> "\"" + h + "\"").orElse("none"));
    }
    return this;
  }

  /**
   * Checks that the article has no headline.
   *
   * @return this assertion
   */
  public ArticleAssert hasNoHeadline() {
    isNotNull();
    actual.headline().ifPresent(h -> failWithMessage("%s", "Expecting no headline but was \"" + h + "\""));
    return this;
  }

  /**
   * Checks the number of body paragraphs.
   *
   * @param count the expected number
   * @return this assertion
   */
  public ArticleAssert hasParagraphCount(int count) {
    isNotNull();
    if (actual.paragraphs().size() != count) {
      failWithMessage("%s", "Expecting " + count + " paragraphs but found "
          + actual.paragraphs().size() + ":" + Found.lines(actual.paragraphs().stream()
              .map(p -> "[" + p.start() + ", " + p.end() + ") \"" + abbreviate(p.text()) + "\"")
              .collect(Collectors.toList())));
    }
    return this;
  }

  /**
   * Checks that the parser reported nothing it could not interpret.
   *
   * @return this assertion
   */
  public ArticleAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      failWithMessage("%s", "Expecting no warnings but found " + actual.warnings().size() + ":"
          + Found.lines(actual.warnings()));
    }
    return this;
  }

  /**
   * Checks that a warning contains {@code fragment}.
   *
   * @param fragment words of the expected warning
   * @return this assertion
   */
  public ArticleAssert hasWarningContaining(String fragment) {
    isNotNull();
    Objects.requireNonNull(fragment, "fragment");
    if (actual.warnings().stream().noneMatch(w -> w.contains(fragment))) {
      failWithMessage("%s", "Expecting a warning containing \"" + fragment + "\" but found:"
          + Found.lines(actual.warnings()));
    }
    return this;
  }

  /**
   * Checks that the actor with this name or alias (ignoring case) said something, and
   * returns assertions on what it said.
   *
   * @param speaker the speaker's name or alias ("Ana Costa", "Costa")
   * @return assertions on the speaker's statements
   */
  public StatementAssert hasStatementBy(String speaker) {
    isNotNull();
    Objects.requireNonNull(speaker, "speaker");
    Found found = new Found(actual);
    List<Actor> named = found.actorsNamed(speaker);
    if (named.isEmpty()) {
      failWithMessage("%s", "Expecting a statement by " + speaker + " but no actor is named or aliased \""
          + speaker + "\". Actors:" + found.actors(actual.actors())
          + "\nStatements:" + found.statements(actual.statements()));
    }
    List<Statement> by = actual.statements().stream()
        .filter(s -> s.speaker().filter(id -> named.stream().anyMatch(a -> a.id().equals(id))).isPresent())
        .collect(Collectors.toList());
    if (by.isEmpty()) {
      failWithMessage("%s", "Expecting a statement by " + speaker + " but found none. Statements:"
          + found.statements(actual.statements()));
    }
    return sub(new StatementAssert(actual, found, " by " + speaker, by));
  }

  /**
   * Checks that some statement contains {@code fragment}, whoever said it, and returns
   * assertions on the statements that do.
   *
   * @param fragment words said, exactly as written
   * @return assertions on the statements that contain them
   */
  public StatementAssert hasStatementQuoting(String fragment) {
    isNotNull();
    return sub(new StatementAssert(actual, new Found(actual), "", actual.statements()))
        .quoting(fragment);
  }

  /**
   * Checks the number of statements.
   *
   * @param count the expected number
   * @return this assertion
   */
  public ArticleAssert hasStatementCount(int count) {
    isNotNull();
    if (actual.statements().size() != count) {
      failWithMessage("%s", "Expecting " + count + " statements but found " + actual.statements().size()
          + ":" + new Found(actual).statements(actual.statements()));
    }
    return this;
  }

  /**
   * Checks that an actor has this name or alias (ignoring case), and returns assertions on it.
   *
   * @param nameOrAlias the actor's name or any alias ("NATO", "the Alliance")
   * @return assertions on the actors so named
   */
  public ActorAssert hasActor(String nameOrAlias) {
    isNotNull();
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    Found found = new Found(actual);
    List<Actor> named = found.actorsNamed(nameOrAlias);
    if (named.isEmpty()) {
      failWithMessage("%s", "Expecting an actor named or aliased \"" + nameOrAlias
          + "\" but found none. Actors:" + found.actors(actual.actors()));
    }
    return sub(new ActorAssert(actual, found, " named " + nameOrAlias, named));
  }

  /**
   * Checks that no actor has this name or alias (ignoring case).
   *
   * @param nameOrAlias a name or alias
   * @return this assertion
   */
  public ArticleAssert hasNoActor(String nameOrAlias) {
    isNotNull();
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    Found found = new Found(actual);
    List<Actor> named = found.actorsNamed(nameOrAlias);
    if (!named.isEmpty()) {
      failWithMessage("%s", "Expecting no actor named or aliased \"" + nameOrAlias + "\" but found:"
          + found.actors(named));
    }
    return this;
  }

  /**
   * Checks that the article reports a bid of the actor named {@code applicant} to join the
   * one named {@code organization} (names or aliases, ignoring case), and returns assertions
   * on such bids.
   *
   * @param applicant the name or alias of the actor that seeks to join
   * @param organization the name or alias of the actor it seeks to join
   * @return assertions on the matching bids
   */
  public BidAssert hasBid(String applicant, String organization) {
    isNotNull();
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(organization, "organization");
    Found found = new Found(actual);
    List<MembershipBid> bids = actual.bids().stream()
        .filter(b -> found.isNamed(b.applicant(), applicant) && found.isNamed(b.organization(), organization))
        .collect(Collectors.toList());
    if (bids.isEmpty()) {
      failWithMessage("%s", "Expecting a bid of " + applicant + " to join " + organization
          + " but found none. Bids:" + found.bids(actual.bids()));
    }
    return sub(new BidAssert(actual, found, " of " + applicant + " to join " + organization, bids));
  }

  /**
   * Checks the number of membership bids.
   *
   * @param count the expected number
   * @return this assertion
   */
  public ArticleAssert hasBidCount(int count) {
    isNotNull();
    if (actual.bids().size() != count) {
      failWithMessage("%s", "Expecting " + count + " bids but found " + actual.bids().size() + ":"
          + new Found(actual).bids(actual.bids()));
    }
    return this;
  }

  /**
   * Checks the contract's offset rule on every span of the article: paragraphs, regions, the
   * dateline, mentions, statements and milestones all satisfy
   * {@code text.substring(start, end).equals(text)}.
   *
   * @return this assertion
   */
  public ArticleAssert hasConsistentSpans() {
    isNotNull();
    List<Spanned> all = new ArrayList<>();
    all.addAll(actual.paragraphs());
    all.addAll(actual.regions());
    actual.dateline().ifPresent(all::add);
    actual.actors().forEach(a -> all.addAll(a.mentions()));
    all.addAll(actual.statements());
    actual.bids().forEach(b -> all.addAll(b.milestones()));
    List<String> bad = new ArrayList<>();
    String text = actual.text();
    for (Spanned s : all) {
      if (s.end() > text.length() || !text.substring(s.start(), s.end()).equals(s.text())) {
        bad.add(s.getClass().getSimpleName().replace("Immutable", "") + " [" + s.start() + ", "
            + s.end() + ") \"" + abbreviate(s.text()) + "\"");
      }
    }
    if (!bad.isEmpty()) {
      failWithMessage("%s", "Expecting every span to cut its text out of the article's text but "
          + bad.size() + " do not:" + Found.lines(bad));
    }
    return this;
  }

  private <A extends org.assertj.core.api.AbstractAssert<A, Article>> A sub(A next) {
    return info.hasDescription() ? next.as(info.description()) : next;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
