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
      if (!scan.is(i, firstWords) || !scan.word(i) || scan.claimed(i)) {
        i++;
        continue;
      }
      // the phrase: tokens [from, to) with these values (no match made: most tokens get here)
      PhraseTrie<EntityRef> trie = scan.caps ? lex.entitiesUpper : lex.entities;
      int node = scan.caps
          ? trie.longestAt(scan.tokens, i, Token::upperId)
          : trie.longestAt(scan.tokens, i, Token::textId);
      if (node < 0) {
        i++;
        continue;
      }
      int from = i;
      int to = i + trie.length(node);
      if (scan.token(i).is("the") && i + 1 < scan.size()) {
        // "the House" is generic, "the House of Representatives" is not: the longer wins
        int next = lex.entities.longestAt(scan.tokens, i + 1, Token::textId);
        if (next >= 0 && i + 1 + lex.entities.length(next) > to) {
          trie = lex.entities;
          node = next;
          from = i + 1;
          to = from + trie.length(node);
        }
      }
      List<EntityRef> values = trie.values(node);
      if (scan.caps && !allowedInCaps(scan, from, to, values, rec)) {
        i++;
        continue;
      }
      EntityRef first = preferred(values);
      if (to - from == 1 && (first.kind() == ActorKind.STATE || first.form() == EntityRef.Form.REGION)
          && lex.isGivenName(scan.token(i)) && surnameFollows(scan, i + 1, lex)) {
        // "Jordan Whitaker", "Chad Reyes", "Milan Petrovic": a given name that is also the
        // name of a state or a place
        i++;
        continue;
      }
      if (first.form() == EntityRef.Form.CONTEXT && to - from == 1 && i > 0
          && scan.token(i - 1).capitalized() && !lex.functionWord(scan.token(i - 1))) {
        // "Tower Commission", "Democratic Alliance": the generic word ends another name
        i++;
        continue;
      }
      scan.claim(from, to, first);
      if (first.form() == EntityRef.Form.NAME || first.form() == EntityRef.Form.CAPITAL
          || first.form() == EntityRef.Form.CONTEXT) {
        int start = from;
        if (first.form() == EntityRef.Form.CAPITAL && start > 0 && scan.is(start - 1, "official")) {
          start--;
        }
        TextRange range = scan.span(start, to);
        boolean locative = start == from && start > 0 && scan.token(start - 1).is(Lexicons.LOCATIVE);
        rec.entityMentions.add(new EntityMention(range, rec.slice(range, first.canonical()), values,
            first.form(), locative));
      }
      i = to;
    }
  }

  /** Whether token {@code k} can be a surname: capitalised, no function, title or lexicon word. */
  private static boolean surnameFollows(Scan scan, int k, Lexicons lex) {
    if (k >= scan.size() || !scan.token(k).capitalized() || scan.token(k).allCaps()
        || lex.notName(scan.token(k))
        || scan.titleHeadEnd(k, lex) >= 0) {
      return false;
    }
    return lex.entities.longestAt(scan.tokens, k, Token::textId) < 0;
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

  /** Whether the phrase of tokens {@code [from, to)}, standing for {@code values}, counts in a headline in capitals. */
  private static boolean allowedInCaps(Scan scan, int from, int to, List<EntityRef> values,
      Recognition rec) {
    StringBuilder key = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        key.append(' ');
      }
      key.append(Lexicons.upper(scan.token(k)));
    }
    if (!rec.lex.acronym(key.toString())) {
      return true;
    }
    for (EntityRef r : values) {
      if (rec.known(r.canonical())) {
        return true;
      }
    }
    return false;
  }
}
