package org.wiretext.internal.actor;

import java.util.List;
import java.util.Set;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * States, organisations and non-actor places from the lexicons, longest phrase first
 * ("Latin America" is a region, not "America"; "Washington Post" is a newspaper, not
 * "Washington"). A capital preceded by "official" ("official Pristina") is one mention of the
 * state. In a headline written in capitals an acronym counts only when the body names the
 * organisation or state ("WHO" is also a word).
 */
final class LexiconEntityRule implements ActorRule {

  /** Prepositions after which a capital names a place ("a summit in Brussels"). */
  static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "into",
      "outside", "around", "across", "via", "In", "At", "From", "Near", "Outside");

  @Override
  public void apply(Scan scan, Recognition rec) {
    Lexicons lex = rec.lex;
    int i = 0;
    // no phrase starts at a token outside the trie's first words (what its lookup asks first)
    long firstWords = scan.caps ? Lexicons.ENTITY_UPPER_FIRST : Lexicons.ENTITY_FIRST;
    while (i < scan.size()) {
      if (!scan.is(i, firstWords) || !scan.token(i).word() || scan.claimed(i)) {
        i++;
        continue;
      }
      PhraseTrie.Match<EntityRef> m = scan.caps
          ? lex.entitiesUpper.longest(scan.tokens, i, Token::upperId)
          : lex.entities.longest(scan.tokens, i, Token::textId);
      if (m != null && scan.token(i).is("the") && i + 1 < scan.size()) {
        // "the House" is generic, "the House of Representatives" is not: the longer wins
        PhraseTrie.Match<EntityRef> next = lex.entities.longest(scan.tokens, i + 1, Token::textId);
        if (next != null && next.to() > m.to()) {
          m = next;
        }
      }
      if (m == null || (scan.caps && !allowedInCaps(scan, m, rec))) {
        i++;
        continue;
      }
      EntityRef first = preferred(m.values());
      if (m.to() - m.from() == 1 && (first.kind() == ActorKind.STATE || first.form() == EntityRef.Form.REGION)
          && lex.isGivenName(scan.token(i)) && surnameFollows(scan, i + 1, lex)) {
        // "Jordan Whitaker", "Chad Reyes", "Milan Petrovic": a given name that is also the
        // name of a state or a place
        i++;
        continue;
      }
      if (first.form() == EntityRef.Form.CONTEXT && m.to() - m.from() == 1 && i > 0
          && scan.token(i - 1).capitalized() && !lex.functionWord(scan.token(i - 1))) {
        // "Tower Commission", "Democratic Alliance": the generic word ends another name
        i++;
        continue;
      }
      scan.claim(m.from(), m.to(), first);
      if (first.form() == EntityRef.Form.NAME || first.form() == EntityRef.Form.CAPITAL
          || first.form() == EntityRef.Form.CONTEXT) {
        int from = m.from();
        if (first.form() == EntityRef.Form.CAPITAL && from > 0 && scan.is(from - 1, "official")) {
          from--;
        }
        TextRange range = scan.span(from, m.to());
        boolean locative = from == m.from() && from > 0 && scan.token(from - 1).is(Lexicons.LOCATIVE);
        rec.entityMentions.add(new EntityMention(range, rec.slice(range, first.canonical()), m.values(),
            first.form(), locative));
      }
      i = m.to();
    }
  }

  /** Whether token {@code k} can be a surname: capitalised, no function, title or lexicon word. */
  private static boolean surnameFollows(Scan scan, int k, Lexicons lex) {
    if (k >= scan.size() || !scan.token(k).capitalized() || scan.token(k).allCaps()
        || lex.notName(scan.token(k))
        || scan.titleHeadEnd(k, lex) >= 0) {
      return false;
    }
    return lex.entities.longest(scan.tokens, k, Token::textId) == null;
  }

  /** A name beats a capital, a capital a generic phrase; demonyms and regions come last. */
  private static EntityRef preferred(List<EntityRef> refs) {
    EntityRef best = refs.get(0);
    for (int k = 1; k < refs.size(); k++) {
      EntityRef r = refs.get(k);
      if (r.form().ordinal() < best.form().ordinal()) {
        best = r;
      }
    }
    return best;
  }

  private static boolean allowedInCaps(Scan scan, PhraseTrie.Match<EntityRef> m, Recognition rec) {
    StringBuilder key = new StringBuilder();
    for (int k = m.from(); k < m.to(); k++) {
      if (k > m.from()) {
        key.append(' ');
      }
      key.append(Lexicons.upper(scan.token(k)));
    }
    if (!rec.lex.acronym(key.toString())) {
      return true;
    }
    for (EntityRef r : m.values()) {
      if (rec.known(r.canonical())) {
        return true;
      }
    }
    return false;
  }
}
