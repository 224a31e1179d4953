package org.wiretext.internal.statement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wiretext.WireParser;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.Statement;

/**
 * Parses an invented article through the public API and reads its statements back for the
 * statement rule tests: each as "speaker | cue | text", or only its speaker's name ("?" when
 * it has none).
 */
final class ParsedStatements {

  private static final WireParser PARSER = WireParser.builder().build();

  private ParsedStatements() {}

  /** The article of {@code headline} and {@code body} (paragraphs separated by blank lines). */
  static Article parse(String headline, String body) {
    return PARSER.parse(headline + "\n\n" + body + "\n");
  }

  /** Each statement as "speaker | cue | text". */
  static List<String> said(String headline, String body) {
    Article a = parse(headline, body);
    return a.statements().stream()
        .map(s -> speaker(a, s) + " | " + s.cue().orElse("?") + " | " + s.text())
        .toList();
  }

  /** Each statement's speaker name. */
  static List<String> speakers(String headline, String body) {
    Article a = parse(headline, body);
    return a.statements().stream().map(s -> speaker(a, s)).toList();
  }

  private static String speaker(Article a, Statement s) {
    Map<String, Actor> byId = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    return s.speaker().map(byId::get).map(Actor::name).orElse("?");
  }

  /** The mentions, as written, of the actor named {@code name} in the article of {@code body}. */
  static List<String> mentionsOf(String name, String headline, String body) {
    return parse(headline, body).actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name)).mentions().stream()
        .map(org.wiretext.model.Mention::text).toList();
  }
}
