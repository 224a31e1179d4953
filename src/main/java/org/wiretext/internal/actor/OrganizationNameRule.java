package org.wiretext.internal.actor;

import java.util.List;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * Organisations the lexicon does not know, by the shape of their name: a run of capitalised
 * words ending with an organisation word ("Tower Commission", "Brookings Institution",
 * "Heritage Foundation"; heads in {@code org-heads.txt}). A run made only of generic words
 * ("Foreign Ministry", "the Commission") names no particular organisation and is left alone.
 */
final class OrganizationNameRule implements ActorRule {

  private static final int MAX_WORDS = 6;

  @Override
  public void apply(Scan scan, Recognition rec) {
    if (scan.caps) {
      return;
    }
    int i = 0;
    while (i < scan.size()) {
      // a candidate is capitalised: the others are skipped without reading their token
      if (!scan.capitalized(i) || !candidate(scan, i, rec.lex)) {
        i++;
        continue;
      }
      int j = i;
      int lastHead = -1;
      while (j < scan.size() && j - i < MAX_WORDS) {
        if (candidate(scan, j, rec.lex)) {
          if (rec.lex.orgHead(scan.token(j))) {
            lastHead = j;
          }
          j++;
        } else if ((scan.is(j, "of") || scan.is(j, "for")) && candidate(scan, j + 1, rec.lex)
            && lastHead == j - 1) {
          j++;
        } else if ((scan.is(j, "and") || scan.is(j, "&")) && j > i && candidate(scan, j + 1, rec.lex)) {
          j++; // "Securities and Exchange Commission"
        } else {
          break;
        }
      }
      int start = i;
      while (start < lastHead && rec.lex.functionWord(scan.token(start))) {
        start++;
      }
      if (lastHead >= 0 && (j > lastHead + 1 && !scan.is(lastHead + 1, "of") && !scan.is(lastHead + 1, "for")
          || titledConjunction(scan, start, lastHead, rec.lex))) {
        // "Association Agreement": the name goes on past the head, so it names something else;
        // "Education Secretary Jo Roe and Energy...": two titles joined, not one name
        i = Math.max(j, i + 1);
        continue;
      }
      int end = lastHead + 1;
      if (lastHead >= start && (scan.is(end, "of") || scan.is(end, "for"))) {
        // "Association of German Cities", "Institute for Policy Studies"
        int k = end + 1;
        while (k < scan.size() && k - end <= 5 && (tailWord(scan, k)
            || scan.is(k, "and") && k + 1 < scan.size() && tailWord(scan, k + 1))) {
          k++;
        }
        if (k > end + 1 && !scan.claimed(k - 1) || k > end + 2) {
          end = k;
        }
      }
      if (lastHead >= start && (lastHead > start && distinctive(scan, start, lastHead, rec.lex)
          || end > lastHead + 1)) {
        TextRange range = scan.span(start, end);
        String surface = rec.slice(range);
        EntityRef ref = new EntityRef(surface, ActorKind.ORGANIZATION, EntityRef.Form.NAME, false);
        for (int k = start; k < end; k++) {
          if (scan.claimAt(k) == null || demonym(scan, k)) {
            scan.claim(k, k + 1, ref);
          }
        }
        rec.entityMentions.add(new EntityMention(range, surface, List.of(ref), EntityRef.Form.NAME));
        i = end;
      } else {
        i = Math.max(j, i + 1);
      }
    }
  }

  private static boolean candidate(Scan scan, int i, Lexicons lex) {
    if (i >= scan.size() || scan.claimed(i) && !demonym(scan, i)) {
      return false;
    }
    Token t = scan.token(i);
    return t.capitalized() && !t.allCaps();
  }

  /** Whether the run joins words with "and" and holds a title word ("Secretary"). */
  private static boolean titledConjunction(Scan scan, int from, int head, Lexicons lex) {
    boolean and = false;
    boolean title = false;
    for (int k = from; k < head; k++) {
      and |= scan.is(k, "and") || scan.is(k, "&");
      title |= scan.titleHeadEnd(k, lex) >= 0;
    }
    return and && title;
  }

  /** A word of the name after "of": capitalised, a demonym, a state or a place. */
  private static boolean tailWord(Scan scan, int k) {
    Token t = scan.token(k);
    if (!t.capitalized() || scan.isPerson(k)) {
      return false;
    }
    Scan.Claim c = scan.claimAt(k);
    return c == null || c.ref().form() != EntityRef.Form.CONTEXT;
  }

  private static boolean demonym(Scan scan, int i) {
    Scan.Claim c = scan.claimAt(i);
    return c != null && c.ref().form() == EntityRef.Form.DEMONYM;
  }

  /** At least one word before the head that is not a generic modifier or function word. */
  private static boolean distinctive(Scan scan, int from, int head, Lexicons lex) {
    for (int k = from; k < head; k++) {
      Token t = scan.token(k);
      if (scan.is(k, "of") || scan.is(k, "for")) {
        continue;
      }
      if (!lex.notName(t) && !lex.titleModifier(t) && !lex.orgHead(t) && !demonym(scan, k)) {
        return true;
      }
    }
    return false;
  }
}
