package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.text.TextRange;

/**
 * A person's name found in the text, with what its context says of the person (titles,
 * affiliations, gender), waiting for coreference to decide whose name it is.
 */
final class PersonMention {

  final TextRange range;
  final String surface;
  final List<String> nameTokens;
  /** The name starts with a particle ("de Clercq"): a surname, not a full name. */
  final boolean surnameOnly;
  final boolean headline;
  final List<String> titles = new ArrayList<>();
  final List<String> affiliations = new ArrayList<>();
  /** Other surface forms to record ("Congressman Torres", "Mr. Blair"). */
  final List<String> aliasForms = new ArrayList<>();
  /** The range of each word of a headline name (empty for a name in the body). */
  final List<TextRange> wordRanges = new ArrayList<>();
  Gender gender = Gender.UNKNOWN;
  /** A title or honorific says it is a person even when the name is one word. */
  boolean strong;
  /**
   * The name opens its sentence with a word that is not a given name ("Injecting Doe"): if the
   * rest is a known person's name, the first word is not part of it. The rest starts at
   * {@code restStart}.
   */
  boolean opener;
  int restStart;
  /** Something besides capitals says it is a person: a given name, an initial, "said". */
  boolean evidence;
  /** A verb of saying follows the name at once ("Merkel said"): a one-word name that speaks. */
  boolean speaks;
  /** A verb of saying follows the name at once ("Jane Roe told"). */
  boolean cued;
  /** Descriptions that stand for the person ("a NATO spokesman"), as further mentions. */
  final List<TextRange> descriptionRanges = new ArrayList<>();
  /** {@link #nameTokens}, each {@link PersonCoreference#fold folded}; computed once. */
  private List<String> folded;

  PersonMention(TextRange range, String surface, List<String> nameTokens, boolean surnameOnly,
      boolean headline) {
    this.range = range;
    this.surface = surface;
    this.nameTokens = List.copyOf(nameTokens);
    this.surnameOnly = surnameOnly;
    this.headline = headline;
  }

  /** The same mention without its first word (see {@link #opener}). */
  PersonMention rest(String text) {
    TextRange r = new TextRange(restStart, range.end());
    PersonMention m = new PersonMention(r, Recognition.collapse(text.substring(r.start(), r.end())),
        nameTokens.subList(1, nameTokens.size()), false, headline);
    m.titles.addAll(titles);
    m.affiliations.addAll(affiliations);
    m.gender = gender;
    m.strong = strong;
    m.evidence = evidence;
    m.cued = cued;
    m.descriptionRanges.addAll(descriptionRanges);
    if (!wordRanges.isEmpty()) {
      m.wordRanges.addAll(wordRanges.subList(1, wordRanges.size()));
    }
    return m;
  }

  /** The words of the name, each {@link PersonCoreference#fold folded}, computed once. */
  List<String> folded() {
    List<String> f = folded;
    if (f == null) {
      String[] a = new String[nameTokens.size()];
      for (int k = 0; k < a.length; k++) {
        a[k] = PersonCoreference.fold(nameTokens.get(k));
      }
      f = List.of(a);
      folded = f;
    }
    return f;
  }

  /** The last word of the name, {@link PersonCoreference#fold folded}. */
  String foldedLast() {
    List<String> f = folded();
    return f.get(f.size() - 1);
  }

  /** A full name: two or more words, not a bare surname. */
  boolean fullName() {
    return nameTokens.size() >= 2 && !surnameOnly;
  }
}
