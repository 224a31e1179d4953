package org.wiretext.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.wiretext.model.Actor;
import org.wiretext.model.ActorKind;
import org.wiretext.model.Article;

/**
 * Assertions on the actors of an article found by name or alias (ignoring case): each
 * {@code ofKind}/{@code with...} narrows them and fails, listing them, when none remain.
 *
 * <pre>{@code
 * assertThat(article).hasActor("NATO").ofKind(ORGANIZATION).withAlias("the Alliance");
 * }</pre>
 */
public final class ActorAssert extends AbstractAssert<ActorAssert, Article> {

  private final Found found;
  private final String subject;
  private final List<Actor> candidates;

  ActorAssert(Article article, Found found, String subject, List<Actor> candidates) {
    super(article, ActorAssert.class);
    this.found = found;
    this.subject = subject;
    this.candidates = candidates;
  }

  /**
   * Keeps the actors of the given kind.
   *
   * @param kind person, organisation, state or group
   * @return this assertion, narrowed
   */
  public ActorAssert ofKind(ActorKind kind) {
    Objects.requireNonNull(kind, "kind");
    return narrow("of kind " + kind, a -> a.kind() == kind);
  }

  /**
   * Keeps the actors with this alias, ignoring case.
   *
   * @param alias another surface form of the actor ("the Alliance")
   * @return this assertion, narrowed
   */
  public ActorAssert withAlias(String alias) {
    Objects.requireNonNull(alias, "alias");
    return narrow("with alias \"" + alias + "\"", a -> a.aliases().stream().anyMatch(alias::equalsIgnoreCase));
  }

  /**
   * Keeps the actors with this title, ignoring case.
   *
   * @param title a role as written ("Foreign Minister")
   * @return this assertion, narrowed
   */
  public ActorAssert withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return narrow("with title \"" + title + "\"", a -> a.titles().stream().anyMatch(title::equalsIgnoreCase));
  }

  /**
   * Keeps the actors with this affiliation, ignoring case.
   *
   * @param affiliation a party, organisation or state the actor belongs to
   * @return this assertion, narrowed
   */
  public ActorAssert withAffiliation(String affiliation) {
    Objects.requireNonNull(affiliation, "affiliation");
    return narrow("with affiliation \"" + affiliation + "\"",
        a -> a.affiliations().stream().anyMatch(affiliation::equalsIgnoreCase));
  }

  /**
   * The first actor that matches everything asserted so far, to assert on further.
   *
   * @return the actor
   */
  public Actor actor() {
    return candidates.get(0);
  }

  /**
   * Goes back to assertions on the whole article.
   *
   * @return assertions on the article
   */
  public ArticleAssert and() {
    return new ArticleAssert(actual);
  }

  private ActorAssert narrow(String condition, Predicate<Actor> test) {
    List<Actor> kept = candidates.stream().filter(test).collect(Collectors.toList());
    if (kept.isEmpty()) {
      failWithMessage("%s", "Expecting an actor" + subject + " " + condition
          + " but found none. Actors" + subject + ":" + found.actors(candidates));
    }
    ActorAssert next = new ActorAssert(actual, found, subject + " " + condition, kept);
    next.info.description(info.description());
    return next;
  }
}
