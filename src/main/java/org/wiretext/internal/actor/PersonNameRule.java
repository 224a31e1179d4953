package org.wiretext.internal.actor;

import java.util.List;
import org.wiretext.internal.text.TextRange;

/**
 * Persons: runs of capitalised words that the lexicons do not claim ("Recep Tayyip Erdogan",
 * "George W. Bush", "Willy de Clercq", "Hans-Peter Friedrich"), with their title or honorific
 * before ("Congressman Torres", "Mr. Blair", "US Ambassador to NATO Julianne Smith"), a title
 * in a comma apposition before or after ("the President of Turkey, X", "X, the Treasury
 * Secretary,") and party words ("the Democrat, X", "X, a Democrat,"). A one-word name counts
 * only with a title or honorific, or when coreference finds its full name.
 */
final class PersonNameRule implements ActorRule {

  private static final int MAX_NAME_WORDS = 5;
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "to", "for", "from");

  @Override
  public void apply(Scan scan, Recognition rec) {
    Lexicons lex = rec.lex;
    int i = 0;
    while (i < scan.size()) {
      if (!scan.capitalized(i) && !scan.is(i, Lexicons.PARTICLES)) {
        // a name starts with a capitalised word or a particle: skipped without reading the token
        i++;
        continue;
      }
      int start = i;
      boolean particleStart = false;
      if (particle(scan, i, lex) && (nameWord(scan, i + 1, lex, false)
          || particle(scan, i + 1, lex) && nameWord(scan, i + 2, lex, false))) {
        particleStart = true;
      } else if (!nameWord(scan, i, lex, true)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < scan.size()) {
        if (nameWord(scan, j, lex, false)) {
          j++;
        } else if (particle(scan, j, lex)) {
          int k = j;
          while (k < scan.size() && k - j < 3 && particle(scan, k, lex)) {
            k++;
          }
          if (!nameWord(scan, k, lex, false)) {
            break;
          }
          j = k + 1;
        } else {
          break;
        }
      }
      if (j - start > MAX_NAME_WORDS || allCaps(scan, start, j)) {
        i = j;
        continue;
      }
      if (scan.titleHeadEnd(j - 1, lex) >= 0 && j < scan.size()
          && PREPOSITIONS.contains(scan.token(j).text())) {
        // "External Relations Commissioner of the European Communities": a title, not a name
        i = j;
        continue;
      }
      // "Security Adviser Brent Scowcroft": a title head inside the run ends a title, not a name
      for (int k = j - 2; k > start; k--) {
        int head = scan.titleHeadEnd(k, lex);
        if (head >= 0 && head < j && scan.token(k).capitalized()) {
          start = head;
          particleStart = false;
          break;
        }
      }
      if (j - start >= 3 && scan.token(start).sentenceStart()
          && !lex.isGivenName(scan.token(start))
          && lex.isGivenName(scan.token(start + 1))) {
        // "Follow Jane Doe": the sentence's first word is not the name's; but in "Tomas Lee"
        // the given name is the surname, as a name of one word is no name at all
        start++;
      }
      if (j - start >= 2 && monthAfterPreposition(scan, start)) {
        start++; // "In May Berg said": the month, then the name
      }
      if (!particleStart && j - start >= 2 && capitalizedParticle(scan, start, lex)) {
        particleStart = true; // "De Clercq": a surname with its particle
      }
      PersonMention m = record(scan, rec, start, j, particleStart);
      if (m.strong || j - start > 1) {
        // a lone capitalised word may be a title's complement ("Minister of Defense, X")
        scan.claimPerson(start, j);
      }
      i = j;
    }
  }

  /** "May" is a month and a given name ("Theresa May", "May Lind"): the name stopwords keep it. */
  private static final java.util.Set<String> MONTHS_ALSO_NAMES = java.util.Set.of("May");
  /** Words before a month that make it a time ("in May", "since May", "early May"). */
  private static final java.util.Set<String> BEFORE_MONTH = java.util.Set.of(
      "in", "on", "since", "until", "till", "by", "from", "through", "during", "before", "after",
      "early", "late", "mid", "last", "next", "this", "of");

  /** Whether the word at {@code k} is a month that is also a name, after a word of time. */
  private static boolean monthAfterPreposition(Scan scan, int k) {
    return k > 0 && MONTHS_ALSO_NAMES.contains(scan.token(k).text())
        && BEFORE_MONTH.contains(scan.token(k - 1).text().toLowerCase(java.util.Locale.ROOT));
  }

  private PersonMention record(Scan scan, Recognition rec, int from, int to, boolean surnameOnly) {
    Lexicons lex = rec.lex;
    TextRange range = scan.span(from, to);
    String[] words = new String[to - from];
    for (int k = from; k < to; k++) {
      words[k - from] = scan.token(k).text();
    }
    PersonMention m = new PersonMention(range, rec, List.of(words), surnameOnly, scan.headline);
    if (scan.headline) {
      // only coreference of headline names reads the words one by one
      for (int k = from; k < to; k++) {
        m.addWordRange(scan.token(k).range());
      }
    }
    // an honorific: "Mr Blair", "Mrs. Thatcher"
    int h = scan.is(from - 1, ".") ? from - 2 : from - 1;
    Gender hg = h >= 0 ? lex.honorific(scan.token(h)) : null;
    if (hg != null) {
      m.strong = true;
      m.gender = hg;
      m.addAliasForm(rec.slice(scan.span(h, to)));
    }
    int[] title = hg != null ? null : TitlePhrases.before(scan, from, lex);
    if (title != null) {
      m.strong = true;
      addTitle(scan, rec, m, title[0], title[1]);
      if (title[1] - title[0] == 1 || (title[1] - title[0] == 2 && scan.is(title[1] - 1, "."))) {
        m.addAliasForm(rec.slice(scan.span(title[0], to)));
      }
    } else if (hg == null && scan.is(from - 1, ",")) {
      commaChain(scan, rec, m, from - 1);
    }
    if (scan.is(to, ",")) {
      apposition(scan, rec, m, to + 1);
    }
    m.evidence = m.strong || evidence(scan, lex, from, to);
    m.cued = to < scan.size() && lex.personCue(scan.token(to));
    m.speaks = to < scan.size() && lex.personCue(scan.token(to))
        && loneNameShape(scan.token(from), lex);
    if (to - from >= 2 && scan.token(from).sentenceStart() && !surnameOnly
        && !lex.isGivenName(scan.token(from))) {
      m.opener = true;
      m.restStart = scan.token(from + 1).start();
    }
    Gender given = lex.givenName(scan.token(from));
    if (m.gender == Gender.UNKNOWN && given != null && to - from >= 2) {
      m.gender = given;
    }
    rec.personMentions.add(m);
    return m;
  }

  /**
   * Whether more than capitals says tokens {@code [from, to)} name a person: a given name,
   * an initial inside ("George W. Bush"), a verb of saying after it, or "said"/"according to"
   * before it, or a clause about it after a comma (", who", ", 54,").
   */
  private static boolean evidence(Scan scan, Lexicons lex, int from, int to) {
    for (int k = from; k < to && to - from >= 2; k++) {
      if (lex.isGivenName(scan.token(k))) {
        return true; // "Jane Doe", and "Saddam Hussein" with the given name last
      }
    }
    for (int k = from + 1; k < to - 1; k++) {
      String t = scan.token(k).text();
      if (t.length() == 2 && t.endsWith(".")) {
        return true;
      }
    }
    if (to - from >= 2 && initials(scan.token(from).text())) {
      return true; // "G.K. Butterfield", "J.R. Ewing": initials before a surname
    }
    if (to < scan.size() && lex.personCue(scan.token(to))) {
      return true;
    }
    if (from > 0 && lex.personCue(scan.token(from - 1))) {
      return true;
    }
    if (from > 1 && scan.is(from - 1, "to") && scan.is(from - 2, "according")) {
      return true;
    }
    if (scan.is(to, ",") && to + 1 < scan.size()) {
      Token next = scan.token(to + 1);
      return next.is("who") || Character.isDigit(next.charAt(0));
    }
    return false;
  }

  /** "G.K.", "J.R.R.": two or more capital letters, each with its dot. */
  private static boolean initials(String t) {
    if (t.length() < 4 || t.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i += 2) {
      if (!Character.isUpperCase(t.charAt(i)) || t.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a lone capitalised word followed by "said" looks like a surname: not an acronym,
   * no apostrophe ("I've"), not a plural or a participle ("Authorities", "Having"), not an
   * organisation word ("Times").
   */
  private static boolean loneNameShape(Token t, Lexicons lex) {
    String w = t.text();
    return !t.allCaps() && w.indexOf('\'') < 0 && !w.endsWith("ing")
        && !(w.endsWith("s") && !w.endsWith("ss")) && !lex.orgHead(t);
  }

  /** "the member of X, the Democrat, NAME": titles and parties in commas before the name. */
  private void commaChain(Scan scan, Recognition rec, PersonMention m, int comma) {
    Lexicons lex = rec.lex;
    for (int step = 0; step < 3 && comma > 0 && scan.is(comma, ","); step++) {
      int a = comma - 1;
      while (a > 0 && a > comma - 4 && scan.token(a - 1).word() && !TitlePhrases.determiner(scan, a - 1)) {
        a--;
      }
      String party = TitlePhrases.party(scan, a, comma, lex);
      if (party != null && (TitlePhrases.determiner(scan, a - 1) || a == 0)) {
        m.addAffiliation(party);
        m.strong = true;
        comma = TitlePhrases.determiner(scan, a - 1) ? a - 2 : a - 1;
        continue;
      }
      int[] t = TitlePhrases.beforeComma(scan, comma, lex);
      if (t != null) {
        m.strong = true;
        addTitle(scan, rec, m, t[0], t[1]);
      }
      return;
    }
  }

  /** "NAME, the Treasury Secretary," / "NAME, a Democrat," / "NAME, X and former Y,". */
  private void apposition(Scan scan, Recognition rec, PersonMention m, int from) {
    Lexicons lex = rec.lex;
    int end = TitlePhrases.appositionEnd(scan, from);
    if (end < 0) {
      return;
    }
    int a = from;
    while (a < end) {
      int b = a;
      while (b < end && !scan.is(b, "and")) {
        b++;
      }
      int s = TitlePhrases.determiner(scan, a) ? a + 1 : a;
      if (s < b) {
        String party = TitlePhrases.party(scan, s, b, lex);
        if (party != null) {
          m.addAffiliation(party);
          m.strong = true;
        } else if (TitlePhrases.isTitle(scan, s, b, lex)) {
          addTitle(scan, rec, m, s, b);
          m.strong = true;
        } else if (b - s <= 4 && allCapitalized(scan, s, b - 1)) {
          String p = TitlePhrases.partyAtEnd(scan, s, b, lex);
          if (p != null) {
            // "a New York Republican"
            m.addTitle(rec.slice(scan.span(s, b)));
            m.addAffiliation(p);
            m.strong = true;
          }
        }
      }
      a = b + 1;
    }
  }

  private static boolean allCapitalized(Scan scan, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!scan.token(k).capitalized()) {
        return false;
      }
    }
    return true;
  }

  private static void addTitle(Scan scan, Recognition rec, PersonMention m, int from, int to) {
    Lexicons lex = rec.lex;
    m.addTitle(rec.slice(scan.span(from, to)));
    for (int k = from; k < to; k++) {
      Scan.Claim c = scan.claimAt(k);
      if (c != null) {
        String aff = Recognition.affiliation(c.ref());
        if (aff != null && !m.affiliations().contains(aff)) {
          m.addAffiliation(aff);
        }
        k = c.to() - 1;
        continue;
      }
      String p = TitlePhrases.party(scan, k, k + 1, lex);
      if (p != null && !m.affiliations().contains(p)) {
        m.addAffiliation(p);
      }
      // the scan keeps where a head starts (Scan.titleHeadEnd, the same lookup): most words none
      if (m.gender == Gender.UNKNOWN && scan.titleHeadEnd(k, lex) >= 0) {
        Gender g = lex.titleHeads.values(lex.titleHeads.longestAt(scan.tokens, k, Token::lowerId)).get(0);
        if (g != Gender.UNKNOWN) {
          m.gender = g;
        }
      }
    }
  }

  private static boolean allCaps(Scan scan, int from, int to) {
    for (int k = from; k < to; k++) {
      if (scan.token(k).allCaps() && !initials(scan.token(k).text())) {
        return true; // "NATO Chief": an acronym, but "G.K. Butterfield" has initials
      }
    }
    return false;
  }

  /** A lower-case particle inside a name ("de", "van", "bin"). */
  private static boolean particle(Scan scan, int i, Lexicons lex) {
    // the particle's bit first: most tokens are none
    return i < scan.size() && lex.particle(scan.token(i)) && !scan.claimed(i)
        && scan.token(i).word() && !scan.token(i).capitalized();
  }

  private static boolean capitalizedParticle(Scan scan, int i, Lexicons lex) {
    return lex.particleInLowerCase(scan.token(i)) && scan.token(i).capitalized();
  }

  /**
   * Whether token {@code i} can be part of a name: capitalised, unclaimed, not a function word
   * or generic noun; a title or honorific word only inside a name ("John Major"), never first.
   */
  private static boolean nameWord(Scan scan, int i, Lexicons lex, boolean first) {
    if (i >= scan.size() || scan.claimed(i)) {
      return false;
    }
    Token t = scan.token(i);
    if (!t.capitalized() || lex.notName(t) || lex.honorific(t) != null
        || !lex.partyWords.exactly(scan.tokens, i, i + 1, Token::textId).isEmpty()) {
      return false;
    }
    if (t.length() > 1 && t.allCaps() && !t.endsWith('.')) {
      return false;
    }
    if (first) {
      if (scan.titleHeadEnd(i, lex) >= 0) {
        return false;
      }
      // an initial alone does not open a name
      return !(t.length() <= 2 && t.endsWith('.'));
    }
    return true;
  }
}
