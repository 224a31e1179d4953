package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.text.TextRange;

/**
 * A person's name found in the text, with what its context says of the person (titles,
 * affiliations, gender), waiting for coreference to decide whose name it is. Its lists are
 * made at their first element: a mention has a title or an alias at most, most often, and
 * an article has dozens of mentions.
 */
final class PersonMention {

  final TextRange range;
  /** The name as written ({@link Recognition#slice}); null until first asked when cut lazily. */
  private String surface;
  /**
   * Where to cut {@link #surface} from when first asked, or null when it was given: most
   * capitalised runs the rule records are never a person's ("Defence" alone), so their text
   * is not cut.
   */
  private final Recognition source;
  final List<String> nameTokens;
  /** The name starts with a particle ("de Clercq"): a surname, not a full name. */
  final boolean surnameOnly;
  final boolean headline;
  private List<String> titles;
  private List<String> affiliations;
  /** Other surface forms to record ("Congressman Torres", "Mr. Blair"). */
  private List<String> aliasForms;
  /** The range of each word of a headline name (none for a name in the body). */
  private List<TextRange> wordRanges;
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
  private List<TextRange> descriptionRanges;
  /** {@link #nameTokens}, each {@link PersonCoreference#fold folded}; computed once. */
  private List<String> folded;

  PersonMention(TextRange range, String surface, List<String> nameTokens, boolean surnameOnly,
      boolean headline) {
    this(range, surface, null, nameTokens, surnameOnly, headline);
  }

  /** A mention whose surface is {@code rec.slice(range)}, cut when first asked for. */
  PersonMention(TextRange range, Recognition rec, List<String> nameTokens, boolean surnameOnly,
      boolean headline) {
    this(range, null, rec, nameTokens, surnameOnly, headline);
  }

  private PersonMention(TextRange range, String surface, Recognition source,
      List<String> nameTokens, boolean surnameOnly, boolean headline) {
    this.range = range;
    this.surface = surface;
    this.source = source;
    this.nameTokens = List.copyOf(nameTokens);
    this.surnameOnly = surnameOnly;
    this.headline = headline;
  }

  /** The name as written, runs of whitespace made one space. */
  String surface() {
    String s = surface;
    if (s == null) {
      s = source.slice(range);
      surface = s;
    }
    return s;
  }

  /** The same mention without its first word (see {@link #opener}). */
  PersonMention rest(String text) {
    TextRange r = new TextRange(restStart, range.end());
    PersonMention m = new PersonMention(r, Recognition.collapse(text.substring(r.start(), r.end())),
        nameTokens.subList(1, nameTokens.size()), false, headline);
    m.titles = copy(titles);
    m.affiliations = copy(affiliations);
    m.gender = gender;
    m.strong = strong;
    m.evidence = evidence;
    m.cued = cued;
    m.descriptionRanges = copy(descriptionRanges);
    if (wordRanges != null) {
      m.wordRanges = copy(wordRanges.subList(1, wordRanges.size()));
    }
    return m;
  }

  /** A list of {@code list}'s elements to add to, or null for none. */
  private static <T> List<T> copy(List<T> list) {
    return list == null || list.isEmpty() ? null : new ArrayList<>(list);
  }

  /** {@code list} with {@code element} added: a new list for null. */
  private static <T> List<T> add(List<T> list, T element) {
    List<T> l = list != null ? list : new ArrayList<>(2);
    l.add(element);
    return l;
  }

  /** Its titles, in the order found. */
  List<String> titles() {
    return titles != null ? titles : List.of();
  }

  void addTitle(String title) {
    titles = add(titles, title);
  }

  /** Its affiliations, in the order found. */
  List<String> affiliations() {
    return affiliations != null ? affiliations : List.of();
  }

  void addAffiliation(String affiliation) {
    affiliations = add(affiliations, affiliation);
  }

  /** Other surface forms to record ("Congressman Torres", "Mr. Blair"). */
  List<String> aliasForms() {
    return aliasForms != null ? aliasForms : List.of();
  }

  void addAliasForm(String form) {
    aliasForms = add(aliasForms, form);
  }

  /** The range of each word of a headline name (none for a name in the body). */
  List<TextRange> wordRanges() {
    return wordRanges != null ? wordRanges : List.of();
  }

  void addWordRange(TextRange range) {
    wordRanges = add(wordRanges, range);
  }

  /** Descriptions that stand for the person ("a NATO spokesman"), as further mentions. */
  List<TextRange> descriptionRanges() {
    return descriptionRanges != null ? descriptionRanges : List.of();
  }

  void addDescriptionRange(TextRange range) {
    descriptionRanges = add(descriptionRanges, range);
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
