package org.wiretext.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.wiretext.model.Article;
import org.wiretext.model.BidStage;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.RuleKind;
import org.wiretext.model.Stance;

/**
 * Assertions on the membership bids of an article between two actors: each {@code with...}
 * narrows them and fails, listing them, when none remain.
 *
 * <pre>{@code
 * assertThat(article).hasBid("Freedonia", "NATO")
 *     .withStage(ASPIRANT)
 *     .withPosition("Ana Costa", SUPPORTS);
 * }</pre>
 */
public final class BidAssert extends AbstractAssert<BidAssert, Article> {

  private final Found found;
  private final String subject;
  private final List<MembershipBid> candidates;

  BidAssert(Article article, Found found, String subject, List<MembershipBid> candidates) {
    super(article, BidAssert.class);
    this.found = found;
    this.subject = subject;
    this.candidates = candidates;
  }

  /**
   * Keeps the bids at the given stage.
   *
   * @param stage how far the bid has gone
   * @return this assertion, narrowed
   */
  public BidAssert withStage(BidStage stage) {
    Objects.requireNonNull(stage, "stage");
    return narrow("at stage " + stage, b -> b.stage() == stage);
  }

  /**
   * Keeps the bids on which the actor with this name or alias (ignoring case) takes the
   * given stance.
   *
   * @param nameOrAlias the actor's name or alias
   * @param stance supports, opposes or undecided
   * @return this assertion, narrowed
   */
  public BidAssert withPosition(String nameOrAlias, Stance stance) {
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    Objects.requireNonNull(stance, "stance");
    return narrow("where " + nameOrAlias + " " + stance, b -> b.positions().stream()
        .anyMatch(p -> p.stance() == stance && found.isNamed(p.actor(), nameOrAlias)));
  }

  /**
   * Keeps the bids whose decision rule is of the given kind.
   *
   * @param kind consensus, unanimity, qualified majority or majority
   * @return this assertion, narrowed
   */
  public BidAssert withDecisionRule(RuleKind kind) {
    Objects.requireNonNull(kind, "kind");
    return narrow("decided by " + kind, b -> b.decisionRule().filter(r -> r.kind() == kind).isPresent());
  }

  /**
   * Keeps the bids with a milestone whose text contains {@code fragment}.
   *
   * @param fragment words of the milestone, exactly as written
   * @return this assertion, narrowed
   */
  public BidAssert withMilestone(String fragment) {
    Objects.requireNonNull(fragment, "fragment");
    return narrow("with milestone \"" + fragment + "\"",
        b -> b.milestones().stream().anyMatch(m -> m.text().contains(fragment)));
  }

  /**
   * The first bid that matches everything asserted so far, to assert on further.
   *
   * @return the bid
   */
  public MembershipBid bid() {
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

  private BidAssert narrow(String condition, Predicate<MembershipBid> test) {
    List<MembershipBid> kept = candidates.stream().filter(test).collect(Collectors.toList());
    if (kept.isEmpty()) {
      failWithMessage("%s", "Expecting a bid" + subject + " " + condition
          + " but found none. Bids" + subject + ":" + found.bids(candidates));
    }
    BidAssert next = new BidAssert(actual, found, subject + " " + condition, kept);
    next.info.description(info.description());
    return next;
  }
}
