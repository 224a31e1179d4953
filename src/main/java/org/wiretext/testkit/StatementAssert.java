package org.wiretext.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.wiretext.model.Article;
import org.wiretext.model.Statement;
import org.wiretext.model.StatementKind;

/**
 * Assertions on the statements of an article that match everything asserted so far: each
 * {@code with...} narrows them and fails, listing what was left before, when none remain.
 *
 * <pre>{@code
 * assertThat(article).hasStatementBy("Ana Costa").withKind(DIRECT).quoting("ready to join");
 * }</pre>
 */
public final class StatementAssert extends AbstractAssert<StatementAssert, Article> {

  private final Found found;
  private final String subject;
  private final List<Statement> candidates;

  StatementAssert(Article article, Found found, String subject, List<Statement> candidates) {
    super(article, StatementAssert.class);
    this.found = found;
    this.subject = subject;
    this.candidates = candidates;
  }

  /**
   * Keeps the statements of the given kind.
   *
   * @param kind direct, indirect or mixed
   * @return this assertion, narrowed
   */
  public StatementAssert withKind(StatementKind kind) {
    Objects.requireNonNull(kind, "kind");
    return narrow("of kind " + kind, s -> s.kind() == kind);
  }

  /**
   * Keeps the statements whose text contains {@code fragment}.
   *
   * @param fragment words the statement says, exactly as written
   * @return this assertion, narrowed
   */
  public StatementAssert quoting(String fragment) {
    Objects.requireNonNull(fragment, "fragment");
    return narrow("quoting \"" + fragment + "\"", s -> s.text().contains(fragment));
  }

  /**
   * Keeps the statements whose cue is {@code cue}, ignoring case.
   *
   * @param cue the verb or phrase that introduces the statement ("said")
   * @return this assertion, narrowed
   */
  public StatementAssert withCue(String cue) {
    Objects.requireNonNull(cue, "cue");
    return narrow("with cue \"" + cue + "\"", s -> s.cue().filter(cue::equalsIgnoreCase).isPresent());
  }

  /**
   * Keeps the statements made through the given channel, ignoring case.
   *
   * @param channel how it was said ("letter", "interview")
   * @return this assertion, narrowed
   */
  public StatementAssert withChannel(String channel) {
    Objects.requireNonNull(channel, "channel");
    return narrow("through channel \"" + channel + "\"",
        s -> s.channel().filter(channel::equalsIgnoreCase).isPresent());
  }

  /**
   * Keeps the statements addressed to the actor with this name or alias (ignoring case).
   *
   * @param nameOrAlias the addressee's name or alias
   * @return this assertion, narrowed
   */
  public StatementAssert addressedTo(String nameOrAlias) {
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    return narrow("addressed to " + nameOrAlias,
        s -> s.addressees().stream().anyMatch(id -> found.isNamed(id, nameOrAlias)));
  }

  /**
   * Checks that exactly {@code count} statements match so far.
   *
   * @param count the expected number
   * @return this assertion
   */
  public StatementAssert hasCount(int count) {
    if (candidates.size() != count) {
      failWithMessage("%s", "Expecting " + count + " statements" + subject + " but found "
          + candidates.size() + ":" + found.statements(candidates));
    }
    return this;
  }

  /**
   * The first statement that matches everything asserted so far, to assert on further.
   *
   * @return the statement
   */
  public Statement statement() {
    return candidates.get(0);
  }

  /**
   * Every statement that matches everything asserted so far.
   *
   * @return the statements, in article order
   */
  public List<Statement> statements() {
    return candidates;
  }

  /**
   * Goes back to assertions on the whole article.
   *
   * @return assertions on the article
   */
  public ArticleAssert and() {
    return new ArticleAssert(actual);
  }

  private StatementAssert narrow(String condition, Predicate<Statement> test) {
    List<Statement> kept = candidates.stream().filter(test).collect(Collectors.toList());
    if (kept.isEmpty()) {
      failWithMessage("%s", "Expecting a statement" + subject + " " + condition
          + " but found none. Statements" + subject + ":" + found.statements(candidates));
    }
    StatementAssert next = new StatementAssert(actual, found, subject + " " + condition, kept);
    next.info.description(info.description());
    return next;
  }
}
