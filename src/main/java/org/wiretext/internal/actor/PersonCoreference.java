package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  private static final class Person {
    final List<String> words;
    final List<PersonMention> mentions = new ArrayList<>();
    final Set<String> folded = new HashSet<>();
    String surface;

    Person(PersonMention first) {
      this.words = first.nameTokens;
      this.surface = first.surface;
      for (String w : words) {
        folded.add(fold(w));
      }
      mentions.add(first);
    }

    String last() {
      return fold(words.get(words.size() - 1));
    }

    /** The start of the nearest full-name mention at or before {@code offset}, or -1. */
    int fullBefore(int offset) {
      int best = -1;
      for (PersonMention m : mentions) {
        if (m.range.start() <= offset && m.range.start() > best) {
          best = m.range.start();
        }
      }
      return best;
    }

    int fullAfter(int offset) {
      int best = Integer.MAX_VALUE;
      for (PersonMention m : mentions) {
        if (m.range.start() > offset && m.range.start() < best) {
          best = m.range.start();
        }
      }
      return best;
    }
  }

  private PersonCoreference() {}

  static String fold(String s) {
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

  /** Resolves every pending person mention of {@code rec} into the table. */
  static void resolve(Recognition rec) {
    List<PersonMention> all = rec.personMentions;
    List<Person> persons = new ArrayList<>();
    List<PersonMention> full = new ArrayList<>();
    List<PersonMention> rest = new ArrayList<>();
    for (PersonMention m : all) {
      (m.fullName() && !m.headline ? full : rest).add(m);
    }
    full.sort(Comparator.comparingInt((PersonMention m) -> -m.nameTokens.size())
        .thenComparing(m -> m.range));
    for (PersonMention m : full) {
      Person p = sameFull(persons, m);
      if (p == null) {
        persons.add(new Person(m));
      } else {
        p.mentions.add(m);
      }
    }
    rest.sort(Comparator.comparing(m -> m.range));
    for (PersonMention m : rest) {
      Person p = m.fullName() ? sameFull(persons, m) : bySurname(persons, m);
      if (p != null) {
        p.mentions.add(m);
      } else if (m.strong && !m.headline && !m.fullName()) {
        persons.add(new Person(m));
      }
    }
    for (Person p : persons) {
      add(rec, p);
    }
    rec.personMentions.clear();
  }

  private static Person sameFull(List<Person> persons, PersonMention m) {
    Set<String> words = new HashSet<>();
    for (String w : m.nameTokens) {
      words.add(fold(w));
    }
    String last = fold(m.nameTokens.get(m.nameTokens.size() - 1));
    for (Person p : persons) {
      if (p.last().equals(last) && (p.folded.containsAll(words) || words.containsAll(p.folded))) {
        return p;
      }
    }
    return null;
  }

  private static Person bySurname(List<Person> persons, PersonMention m) {
    List<String> words = new ArrayList<>();
    for (String w : m.nameTokens) {
      words.add(fold(w));
    }
    List<Person> candidates = new ArrayList<>();
    for (Person p : persons) {
      if (endsWith(p, words)) {
        candidates.add(p);
      }
    }
    if (candidates.isEmpty() && words.size() == 1) {
      for (Person p : persons) {
        if (p.words.size() >= 2 && fold(p.words.get(0)).equals(words.get(0))) {
          candidates.add(p);
        }
      }
      if (candidates.size() > 1) {
        return null;
      }
    }
    Person best = null;
    int bestStart = -1;
    for (Person p : candidates) {
      int s = p.fullBefore(m.range.start());
      if (s > bestStart) {
        best = p;
        bestStart = s;
      }
    }
    if (best == null) {
      int bestAfter = Integer.MAX_VALUE;
      for (Person p : candidates) {
        int s = p.fullAfter(m.range.start());
        if (s < bestAfter) {
          best = p;
          bestAfter = s;
        }
      }
    }
    return best;
  }

  private static boolean endsWith(Person p, List<String> words) {
    if (words.size() > p.words.size()) {
      return false;
    }
    int off = p.words.size() - words.size();
    for (int k = 0; k < words.size(); k++) {
      if (!fold(p.words.get(off + k)).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static void add(Recognition rec, Person p) {
    PersonMention fullest = p.mentions.get(0);
    for (PersonMention m : p.mentions) {
      if (!m.headline && m.nameTokens.size() > fullest.nameTokens.size()) {
        fullest = m;
      }
    }
    String key = rec.table.add(fullest.surface, ActorKind.PERSON);
    LinkedHashSet<String> titles = new LinkedHashSet<>();
    p.mentions.sort(Comparator.comparing(m -> m.range));
    for (PersonMention m : p.mentions) {
      rec.table.addMention(key, m.range, false);
      rec.table.addAlias(key, m.surface);
      for (String a : m.aliasForms) {
        rec.table.addAlias(key, a);
      }
      titles.addAll(m.titles);
      for (String a : m.affiliations) {
        rec.table.addAffiliation(key, a);
      }
      rec.table.gender(key, m.gender);
    }
    for (String t : titles) {
      rec.table.addTitle(key, t);
    }
  }
}
