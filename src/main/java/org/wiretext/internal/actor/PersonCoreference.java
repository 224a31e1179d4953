package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * Decides which person each name mention refers to and adds the persons to the table. Full
 * names first, longest first: a shorter full name whose words are all in a longer one with
 * the same surname is the same person ("Tayyip Erdogan"). Then one-word names and surnames
 * ("Torres", "De Clercq"), in text order: a surname goes to the person of that surname whose
 * full name was mentioned nearest before it (or, failing that, after it), so two people who
 * share a surname stay apart. A one-word name with no full name becomes a person of its own
 * only with a title or honorific ("President Reagan"). Headline names only join persons the
 * body names.
 */
final class PersonCoreference {

  /** How many persons sharing a surname are compared; real articles have a handful. */
  private static final int MAX_NAMESAKES = 64;

  private static final class Person {
    final List<String> words;
    /**
     * {@link #words}, each {@link PersonCoreference#fold folded}; a name has a handful of
     * words, so a list answers "contains" as fast as a set would.
     */
    final List<String> foldedWords;
    /** Its mentions: most persons have one to three, so the list starts small. */
    final List<PersonMention> mentions = new ArrayList<>(4);
    /** Starts of its mentions, for the nearest one before or after an offset. */
    final OffsetSet starts = new OffsetSet(4);

    Person(PersonMention first) {
      this.words = first.nameTokens;
      this.foldedWords = first.folded();
      add(first);
    }

    void add(PersonMention m) {
      mentions.add(m);
      starts.add(m.range.start());
    }

    String last() {
      return foldedWords.get(foldedWords.size() - 1);
    }

    /** The start of its nearest mention at or before {@code offset}, or -1. */
    int fullBefore(int offset) {
      return starts.floor(offset);
    }

    /** The start of its nearest mention after {@code offset}, or MAX_VALUE. */
    int fullAfter(int offset) {
      int s = starts.higher(offset);
      return s < 0 ? Integer.MAX_VALUE : s;
    }
  }

  /** Persons indexed by the folded last and first word of their name. */
  private static final class Index {
    final List<Person> all = new ArrayList<>();
    final Map<String, List<Person>> byLast = new HashMap<>();
    final Map<String, List<Person>> byFirst = new HashMap<>();

    void add(Person p) {
      all.add(p);
      // a surname has one person, a few at most: the lists start small
      byLast.computeIfAbsent(p.last(), k -> new ArrayList<>(2)).add(p);
      if (p.words.size() >= 2) {
        byFirst.computeIfAbsent(p.foldedWords.get(0), k -> new ArrayList<>(2)).add(p);
      }
    }

    /** At most {@link #MAX_NAMESAKES} persons: on hostile input the work per mention stays bounded. */
    List<Person> withLast(String last) {
      List<Person> l = byLast.getOrDefault(last, List.of());
      return l.size() > MAX_NAMESAKES ? l.subList(l.size() - MAX_NAMESAKES, l.size()) : l;
    }

    List<Person> withFirst(String first) {
      List<Person> l = byFirst.getOrDefault(first, List.of());
      return l.size() > MAX_NAMESAKES ? l.subList(0, 2) : l;
    }
  }

  private static final Comparator<PersonMention> BY_RANGE = (a, b) -> a.range.compareTo(b.range);
  /** The names of most words first, then in text order. */
  private static final Comparator<PersonMention> LONGEST_FIRST = (a, b) ->
      a.nameTokens.size() != b.nameTokens.size()
          ? Integer.compare(b.nameTokens.size(), a.nameTokens.size()) : a.range.compareTo(b.range);

  private PersonCoreference() {}

  /**
   * The word without accents, dots or case, for comparing names ("Erdoğan", "erdogan"). An
   * ASCII word (the usual case) skips the decomposition, which would leave it unchanged.
   */
  static String fold(String s) {
    if (isAscii(s)) {
      return s.indexOf('.') < 0 ? s.toLowerCase(Locale.ROOT) : s.replace(".", "").toLowerCase(Locale.ROOT);
    }
    String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK && c != '.') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Resolves every pending person mention of {@code rec} into the table. */
  static void resolve(Recognition rec) {
    DescriptionLinker.link(rec);
    List<PersonMention> all = rec.personMentions;
    Index persons = new Index();
    List<PersonMention> full = new ArrayList<>(all.size());
    List<PersonMention> rest = new ArrayList<>(all.size());
    // an opener of two words ("Injecting Doe") loses its first word when its second is the
    // surname of a full name written elsewhere than at a sentence's start and it is not itself
    // such a name: both are asked only of the openers' surnames, so only the names with one of
    // those surnames are collected (a handful), not every name
    Set<String> surnames = null;
    Set<List<String>> plainNames = null;
    Set<String> openerSurnames = null;
    for (int i = 0; i < all.size(); i++) {
      PersonMention m = all.get(i);
      if (splitCandidate(m)) {
        if (openerSurnames == null) {
          openerSurnames = new HashSet<>(4);
        }
        openerSurnames.add(m.folded().get(1));
      }
    }
    if (openerSurnames != null) {
      surnames = new HashSet<>(4);
      plainNames = new HashSet<>(4);
      for (int i = 0; i < all.size(); i++) {
        PersonMention o = all.get(i);
        // every mention's words are folded for the persons' index below anyway
        if (!o.opener && openerSurnames.contains(o.foldedLast())) {
          if (o.fullName()) {
            surnames.add(o.foldedLast());
          }
          if (o.nameTokens.size() == 2) {
            plainNames.add(o.nameTokens); // an opener's words can equal only a name of two
          }
        }
      }
    }
    for (int i = 0; i < all.size(); i++) {
      PersonMention m = all.get(i);
      if (splitCandidate(m) && surnames.contains(m.folded().get(1))
          && !plainNames.contains(m.nameTokens)) {
        // "Injecting Doe" where the text names "Jane Doe": the first word opens the sentence
        m = m.rest(rec.source.original());
      }
      (m.fullName() && !m.headline ? full : rest).add(m);
    }
    full.sort(LONGEST_FIRST);
    for (PersonMention m : full) {
      Person p = sameFull(persons, m);
      if (p == null) {
        persons.add(new Person(m));
      } else {
        p.add(m);
      }
    }
    rest.sort(BY_RANGE);
    for (PersonMention m : rest) {
      Person p = m.fullName() ? sameFull(persons, m) : bySurname(persons, m);
      if (p != null && m.headline && m.fullName() && !p.foldedWords.containsAll(m.folded())) {
        // "Lawmakers Rip Jane Roe" in a Title Case headline: only the person's words are the name
        PersonMention sub = within(rec, m, p);
        if (sub != null) {
          p.add(sub);
        }
      } else if (p != null) {
        p.add(m);
      } else if ((m.strong || m.speaks) && !m.headline && !m.fullName()) {
        persons.add(new Person(m));
      } else if (m.headline && m.nameTokens.size() > 1
          && m.wordRanges().size() == m.nameTokens.size()) {
        // a Title Case headline runs words together ("Marlow Urges Calm"): try each word
        for (int k = 0; k < m.nameTokens.size(); k++) {
          TextRange r = m.wordRanges().get(k);
          PersonMention w = new PersonMention(r, m.nameTokens.get(k), List.of(m.nameTokens.get(k)), false, true);
          Person q = bySurname(persons, w);
          if (q != null) {
            q.add(w);
          }
        }
      }
    }
    for (Person p : persons.all) {
      if (believed(p)) {
        add(rec, p);
      }
    }
    rec.personMentions.clear();
  }

  /**
   * An opener of two words that nothing else marks as a person: its first word may not be the
   * name's.
   */
  private static boolean splitCandidate(PersonMention m) {
    return m.opener && !m.strong && m.nameTokens.size() == 2;
  }

  /**
   * A capitalised run is believed to be a person when something besides its capitals says so
   * (a title, a given name, "said"), or when the text names it again ("Torres" after "Ritchie
   * Torres"): "Clean Air" or "Human Rights" once, with nothing around, is not.
   */
  private static boolean believed(Person p) {
    if (p.mentions.size() >= 2) {
      return true;
    }
    for (PersonMention m : p.mentions) {
      if (m.strong || m.evidence) {
        return true;
      }
    }
    return false;
  }

  /** The run of {@code m}'s words that are words of {@code p}'s name, as a mention, or null. */
  private static PersonMention within(Recognition rec, PersonMention m, Person p) {
    if (m.wordRanges().size() != m.nameTokens.size()) {
      return null;
    }
    int from = -1;
    int to = -1;
    for (int k = 0; k < m.nameTokens.size(); k++) {
      if (p.foldedWords.contains(m.folded().get(k))) {
        if (from < 0) {
          from = k;
        } else if (to != k) {
          return null; // not one run
        }
        to = k + 1;
      }
    }
    if (from < 0) {
      return null;
    }
    TextRange r = new TextRange(m.wordRanges().get(from).start(), m.wordRanges().get(to - 1).end());
    return new PersonMention(r, rec.slice(r), m.nameTokens.subList(from, to), false, true);
  }

  private static Person sameFull(Index persons, PersonMention m) {
    List<String> words = m.folded();
    List<Person> namesakes = persons.withLast(m.foldedLast());
    for (int i = 0; i < namesakes.size(); i++) {
      Person p = namesakes.get(i);
      if (containsAll(p.foldedWords, words) || containsAll(words, p.foldedWords)) {
        return p;
      }
    }
    return null;
  }

  /**
   * {@code all.containsAll(some)} by index: a name has a handful of words, and no iterator is
   * made.
   */
  private static boolean containsAll(List<String> all, List<String> some) {
    for (int i = 0; i < some.size(); i++) {
      if (!all.contains(some.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person a surname (or a one-word given name) stands for: of the persons whose name ends
   * with its words, or else of those whose name starts with its one word (when only one does),
   * the one mentioned nearest before it, or else nearest after it.
   */
  private static Person bySurname(Index persons, PersonMention m) {
    List<String> words = m.folded();
    // the candidates: the persons of that last word whose name ends with the words (filter)
    List<Person> candidates = persons.withLast(words.get(words.size() - 1));
    boolean filter = true;
    if (words.size() == 1 && noneEndsWith(candidates, words)) {
      candidates = persons.withFirst(words.get(0));
      filter = false;
      if (candidates.size() > 1) {
        return null;
      }
    }
    Person best = null;
    int bestStart = -1;
    for (int i = 0; i < candidates.size(); i++) {
      Person p = candidates.get(i);
      if (filter && !endsWith(p, words)) {
        continue;
      }
      int s = p.fullBefore(m.range.start());
      if (s > bestStart) {
        best = p;
        bestStart = s;
      }
    }
    if (best == null) {
      int bestAfter = Integer.MAX_VALUE;
      for (int i = 0; i < candidates.size(); i++) {
        Person p = candidates.get(i);
        if (filter && !endsWith(p, words)) {
          continue;
        }
        int s = p.fullAfter(m.range.start());
        if (s < bestAfter) {
          best = p;
          bestAfter = s;
        }
      }
    }
    return best;
  }

  private static boolean noneEndsWith(List<Person> persons, List<String> words) {
    for (int i = 0; i < persons.size(); i++) {
      if (endsWith(persons.get(i), words)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(Person p, List<String> words) {
    if (words.size() > p.words.size()) {
      return false;
    }
    int off = p.words.size() - words.size();
    for (int k = 0; k < words.size(); k++) {
      if (!p.foldedWords.get(off + k).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The mention whose words name the person: the first full name in the body, or a longer
   * form of it that keeps its first word ("Hillary Rodham Clinton" after "Hillary Clinton");
   * a longer run with a word before the name ("Crooked Hillary Clinton", a nickname in a
   * quotation) stays an alias. Headline mentions count only when the body has no name. Sorts
   * the person's mentions by range, as {@link #add} wants them.
   */
  private static PersonMention canonical(Person p) {
    // the fallback, read in the order the mentions were added (which decides between equals)
    PersonMention longest = p.mentions.get(0);
    for (int i = 0; i < p.mentions.size(); i++) {
      PersonMention m = p.mentions.get(i);
      if (!m.headline && m.nameTokens.size() > longest.nameTokens.size()) {
        longest = m;
      }
    }
    // the rest in text order: the mentions sorted in place (add() wants them so too)
    List<PersonMention> inOrder = p.mentions;
    inOrder.sort(BY_RANGE);
    PersonMention fullest = null;
    for (int i = 0; i < inOrder.size(); i++) {
      PersonMention m = inOrder.get(i);
      if (!m.headline && m.nameTokens.size() >= 2) {
        fullest = m;
        break;
      }
    }
    if (fullest == null) {
      return longest;
    }
    String firstWord = fullest.folded().get(0);
    for (PersonMention m : inOrder) {
      if (!m.headline && m.nameTokens.size() > fullest.nameTokens.size()
          && m.folded().get(0).equals(firstWord)) {
        fullest = m;
      }
    }
    return fullest;
  }

  private static void add(Recognition rec, Person p) {
    // canonical() sorts the mentions by range
    String key = rec.table.add(canonical(p).surface(), ActorKind.PERSON);
    // the body's forms, in lower case, only when a surface has no lower-case letter to compare
    Set<String> forms = null;
    // by index: the JIT left these loops' iterators allocated, one per list per mention
    List<PersonMention> mentions = p.mentions;
    for (int i = 0; i < mentions.size(); i++) {
      PersonMention m = mentions.get(i);
      rec.table.addMention(key, m.range, false);
      List<TextRange> descriptions = m.descriptionRanges();
      for (int k = 0; k < descriptions.size(); k++) {
        rec.table.addMention(key, descriptions.get(k), false);
      }
      if (forms == null && !Recognition.hasLowerCase(m.surface())) {
        forms = bodyForms(p);
      }
      if (forms == null || !Recognition.capsCopy(m.surface(), forms)) {
        rec.table.addAlias(key, m.surface());
      }
      List<String> aliases = m.aliasForms();
      for (int k = 0; k < aliases.size(); k++) {
        rec.table.addAlias(key, aliases.get(k));
      }
      List<String> affiliations = m.affiliations();
      for (int k = 0; k < affiliations.size(); k++) {
        rec.table.addAffiliation(key, affiliations.get(k));
      }
      rec.table.gender(key, m.gender);
    }
    // the table keeps each title once, in the order first added: the mentions' order
    for (int i = 0; i < mentions.size(); i++) {
      List<String> titles = mentions.get(i).titles();
      for (int k = 0; k < titles.size(); k++) {
        rec.table.addTitle(key, titles.get(k));
      }
    }
  }

  /** The surfaces of the person's mentions outside headlines, in lower case (root locale). */
  private static Set<String> bodyForms(Person p) {
    Set<String> forms = new HashSet<>();
    for (PersonMention m : p.mentions) {
      if (!m.headline) {
        forms.add(m.surface().toLowerCase(Locale.ROOT));
      }
    }
    return forms;
  }

}
