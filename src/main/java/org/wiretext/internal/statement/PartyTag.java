package org.wiretext.internal.statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wiretext.internal.lexicon.LexiconFile;

/**
 * A party tag written after a legislator's name: "(D-Ore.)", "(R)", "(Vt.)", "(D-Newport
 * News)", "(Lab)", or between commas, ", R-Ky.,". The tag belongs to the name phrase: its full
 * stops do not end the sentence, and a speaker phrase reads over it. Tags come from
 * {@code party-tags.tsv} (the party letters and short forms) and
 * {@code us-state-abbreviations.txt}.
 */
final class PartyTag {

  private static final Map<String, String> PARTIES = new HashMap<>();
  private static final Set<String> STATES = new HashSet<>();

  static {
    for (String[] row : LexiconFile.rows("party-tags.tsv")) {
      PARTIES.put(row[0].trim().toLowerCase(Locale.ROOT), row[1].trim());
    }
    for (String line : LexiconFile.lines("us-state-abbreviations.txt")) {
      STATES.add(line.toLowerCase(Locale.ROOT));
    }
  }

  /** Words a bracketed tag may hold after its first one ("(D-Newport News)", "(Lib Dem)"). */
  private static final int MAX_WORDS = 3;

  private PartyTag() {}

  /** Whether {@code lower} is a US state abbreviation without its full stops ("md", "n.y"). */
  static boolean isStateAbbreviation(String lower) {
    return STATES.contains(lower);
  }

  /**
   * The index just after the party tag that starts at token {@code i} (its "(" or its leading
   * comma), not reaching {@code hi}; {@code i} when none starts there. A comma-set tag ends
   * before its closing comma.
   */
  static int end(ParagraphText pt, int i, int hi) {
    if (i + 1 >= hi) {
      return i;
    }
    Token open = pt.tok(i);
    Token first = pt.tok(i + 1);
    if (!first.word() || !first.capitalised()) {
      return i;
    }
    if (open.isPunct('(')) {
      if (!isTag(first.lower(), true)) {
        return i;
      }
      int k = i + 2;
      int words = 0;
      while (k < hi && words < MAX_WORDS
          && (pt.tok(k).isPunct('.') || pt.tok(k).word() && pt.tok(k).capitalised())) {
        if (pt.tok(k).word()) {
          words++;
        }
        k++;
      }
      return k < hi && pt.tok(k).isPunct(')') ? k + 1 : i;
    }
    if (open.isPunct(',') && isTag(first.lower(), false)) {
      int k = i + 2;
      if (k < hi && pt.tok(k).isPunct('.')) {
        k++;
      }
      return k;
    }
    return i;
  }

  /**
   * The index of the first token of a party tag that ends just before {@code end}, looking
   * back no further than {@code lo}; -1 when none ends there.
   */
  static int startBefore(ParagraphText pt, int end, int lo) {
    for (int s = end - 2; s >= lo && end - s <= MAX_WORDS + 4; s--) {
      if ((pt.tok(s).isPunct('(') || pt.tok(s).isPunct(',')) && end(pt, s, end) == end) {
        return s;
      }
    }
    return -1;
  }

  /** Whether token {@code t} is the word of a party tag ("d-ore", "r", "vt", "r-ky"). */
  private static boolean isTag(String w, boolean bracketed) {
    int dash = w.indexOf('-');
    if (dash < 0) {
      return bracketed && (PARTIES.containsKey(w) || STATES.contains(w));
    }
    String party = w.substring(0, dash);
    String rest = w.substring(dash + 1);
    return PARTIES.containsKey(party) && (bracketed || STATES.contains(rest));
  }
}
