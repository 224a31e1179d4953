package org.wiretext.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Statement;

/**
 * Finds actors by name or alias and describes what an article holds, for failure messages
 * that show what was found instead of only what was missing.
 */
final class Found {

  private static final int QUOTE_WIDTH = 100;

  private final Article article;
  private final Map<String, Actor> byId;

  Found(Article article) {
    this.article = article;
    this.byId = article.actors().stream()
        .collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
  }

  /** Every actor whose name or one of whose aliases is {@code nameOrAlias}, ignoring case. */
  List<Actor> actorsNamed(String nameOrAlias) {
    return article.actors().stream().filter(a -> isNamed(a, nameOrAlias)).collect(Collectors.toList());
  }

  static boolean isNamed(Actor actor, String nameOrAlias) {
    return actor.name().equalsIgnoreCase(nameOrAlias)
        || actor.aliases().stream().anyMatch(nameOrAlias::equalsIgnoreCase);
  }

  /** True when the actor with this id exists and is named {@code nameOrAlias}. */
  boolean isNamed(String actorId, String nameOrAlias) {
    Actor a = byId.get(actorId);
    return a != null && isNamed(a, nameOrAlias);
  }

  /** The actor's name, or its id when the article has no such actor. */
  String name(String actorId) {
    Actor a = byId.get(actorId);
    return a == null ? actorId : a.name();
  }

  String name(Optional<String> actorId) {
    return actorId.map(this::name).orElse("(no speaker)");
  }

  String describe(Statement s) {
    String said = s.text().length() > QUOTE_WIDTH ? s.text().substring(0, QUOTE_WIDTH) + "..." : s.text();
    return s.id() + " " + s.kind() + " by " + name(s.speaker()) + ": \"" + said + "\""
        + s.cue().map(c -> " (cue \"" + c + "\")").orElse("");
  }

  String describe(Actor a) {
    return a.name() + " " + a.kind() + " id=" + a.id() + " aliases=" + a.aliases()
        + " titles=" + a.titles() + " affiliations=" + a.affiliations();
  }

  String describe(MembershipBid b) {
    return b.id() + " " + name(b.applicant()) + " -> " + name(b.organization()) + " " + b.stage()
        + " positions=" + b.positions().stream().map(p -> name(p.actor()) + " " + p.stance())
            .collect(Collectors.toList())
        + b.decisionRule().map(r -> " rule=" + r.kind()).orElse("");
  }

  String statements(List<Statement> list) {
    return lines(list.stream().map(this::describe).collect(Collectors.toList()));
  }

  String actors(List<Actor> list) {
    return lines(list.stream().map(this::describe).collect(Collectors.toList()));
  }

  String bids(List<MembershipBid> list) {
    return lines(list.stream().map(this::describe).collect(Collectors.toList()));
  }

  static String lines(List<String> items) {
    if (items.isEmpty()) {
      return "\n  (none)";
    }
    return items.stream().map(i -> "\n  " + i).collect(Collectors.joining());
  }
}
