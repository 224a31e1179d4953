package org.wiretext.internal.actor;

import java.util.List;
import java.util.Set;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * A state's government bodies: "Assembly of Kosovo", "Government of the Republic of X",
 * "the Kosovo Assembly", "the Turkish government". One organisation per body and state, named
 * "Body of State" whichever way the text puts it (the lexicon of bodies is
 * {@code government-bodies.tsv}).
 */
final class GovernmentBodyRule implements ActorRule {

  /** State names that take "the": "Government of the United States". */
  private static final Set<String> THE_WORDS = Set.of("United", "Republic", "Kingdom", "States",
      "Islands", "Emirates", "Netherlands", "Philippines", "Bahamas", "Gambia", "Union",
      "Federation", "Democratic", "Czech", "Central", "Holy", "Maldives", "Comoros", "Seychelles");

  @Override
  public void apply(Scan scan, Recognition rec) {
    for (int i = 0; i < scan.size(); i++) {
      // no body starts at a token outside the trie's first words (what its lookup asks first)
      if (!scan.is(i, Lexicons.BODY_FIRST) || scan.claimed(i) || !scan.token(i).word()) {
        continue;
      }
      PhraseTrie.Match<String> body = rec.lex.governmentBodies.longest(scan.tokens, i, Token::lowerId);
      if (body == null) {
        continue;
      }
      // "Assembly of Kosovo", "Government of the Republic of Kosovo": the body capitalised
      if (scan.token(i).capitalized() && scan.is(body.to(), "of")) {
        int s = body.to() + 1;
        if (scan.is(s, "the")) {
          s++;
        }
        Scan.Claim state = scan.claimAt(s);
        if (state != null && state.from() == s && isState(state.ref(), false)) {
          add(scan, rec, i, state.to(), body.values().get(0), state.ref());
          i = state.to() - 1;
          continue;
        }
      }
      // "Myanmar's government"
      if (i >= 3 && TitlePhrases.possessive(scan, i - 2)) {
        Scan.Claim owner = scan.claimAt(i - 3);
        if (owner != null && owner.to() == i - 2 && isState(owner.ref(), false)) {
          add(scan, rec, owner.from(), body.to(), body.values().get(0), owner.ref());
          i = body.to() - 1;
          continue;
        }
      }
      // "Kosovo Assembly", "the Kosovo government", "The Serbian parliament" (also at a sentence's start)
      Scan.Claim before = scan.claimAt(i - 1);
      if (before != null && before.to() == i && isState(before.ref(), true)
          && (scan.token(i).capitalized() || scan.is(before.from() - 1, "the")
              || scan.is(before.from() - 1, "The"))) {
        add(scan, rec, before.from(), body.to(), body.values().get(0), before.ref());
        i = body.to() - 1;
      }
    }
  }

  private static boolean isState(EntityRef ref, boolean demonymOk) {
    return ref.kind() == ActorKind.STATE
        && (ref.form() == EntityRef.Form.NAME || (demonymOk && ref.form() == EntityRef.Form.DEMONYM));
  }

  private static void add(Scan scan, Recognition rec, int from, int to, String body, EntityRef state) {
    String name = state.canonical();
    String first = name.split(" ")[0];
    String canonical = body + " of " + (THE_WORDS.contains(first) || name.endsWith("s") ? "the " : "") + name;
    EntityRef ref = new EntityRef(canonical, ActorKind.ORGANIZATION, EntityRef.Form.NAME, false);
    TextRange range = scan.span(from, to);
    // the state's own mention stays; the body's tokens are claimed for the organisation
    for (int k = from; k < to; k++) {
      if (scan.claimAt(k) == null) {
        scan.claim(k, k + 1, ref);
      }
    }
    rec.entityMentions.add(new EntityMention(range, rec.slice(range), List.of(ref), EntityRef.Form.NAME));
  }
}
