package org.wiretext.internal.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.actor.ActorTable.MentionRef;
import org.wiretext.internal.actor.Gender;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * Turns a speaker phrase into an actor key of the table, extending the table where the actor
 * stage did not cover the phrase: a named actor's mention inside the phrase wins (a person
 * before an organisation or state, then the longest); a pronoun goes to the nearest compatible
 * actor before it, a description ("the minister") to the actor holding that title, else to the
 * person named most often before it, and becomes its mention; an
 * unnamed source ("officials", "a NATO spokesman") becomes a GROUP actor; an unknown
 * capitalised name becomes a PERSON (an ORGANIZATION when it reads like one). The phrase
 * as written is added as a mention of the actor, so a checker can find the speaker by span.
 */
final class SpeakerResolver {

  private final ActorTable table;
  private final ActorTable.Builder builder;
  /** Every mention this resolver resolved or added, by start offset, for pronouns. */
  private final MentionsByOffset resolved = new MentionsByOffset();
  /**
   * Lower-case names, aliases and surnames of actors, for names the table did not mark; sized
   * in the constructor for the table's actors, so that filling it does not rehash it.
   */
  private final Map<String, String> byName;
  /** The last GROUP actor by the last word of its name, for definite descriptions. */
  private final Map<String, String> groupHeads = new HashMap<>();
  /**
   * The actor kind and {@link #score} of each of the table's mentions, by index, null and 0
   * until {@link #score} first asks for it; both null until then.
   */
  private ActorKind[] mentionKinds;
  private int[] mentionScores;
  private String lastSpeaker;
  private int lastSpokeAt = Integer.MIN_VALUE / 2;
  /** How far back (characters) the last speaker still outranks a nearer mention for a pronoun. */
  private static final int RECENT_SPEAKER = 400;
  private static final int MAX_LOOK_BACK = 200;

  SpeakerResolver(ActorTable table) {
    this.table = table;
    this.builder = table.toBuilder();
    // a name and a surname per actor, and room for some aliases, within the load factor
    this.byName = new HashMap<>(Math.max(16, table.actors().size() * 4));
    // indexed loops: an iterator of an immutable list is an object per actor
    List<ActorTable.ActorRecord> actors = table.actors();
    for (int i = 0; i < actors.size(); i++) {
      ActorTable.ActorRecord a = actors.get(i);
      remember(a.key(), a.name().toLowerCase(Locale.ROOT), a.kind());
      List<String> aliases = a.aliases();
      for (int k = 0; k < aliases.size(); k++) {
        remember(a.key(), aliases.get(k).toLowerCase(Locale.ROOT), a.kind());
      }
    }
  }

  ActorTable table() {
    return builder.build();
  }

  Optional<String> lastSpeaker() {
    return Optional.ofNullable(lastSpeaker);
  }

  /** Records {@code key} as the most recent speaker (a continued quotation). */
  void spoke(String key, int at) {
    lastSpeaker = key;
    lastSpokeAt = at;
  }

  /** The actor of an addressee phrase, when it names one (no pronoun resolution). */
  Optional<String> addressee(ParagraphText pt, TokenSpan span) {
    if (span.isEmpty()) {
      return Optional.empty();
    }
    int m = bestMention(pt.text(span));
    boolean description = pt.tok(span.from()).in(WordClass.DETERMINER);
    if (m >= 0 && (!description || isPerson(m))) {
      return Optional.of(table.mentions().get(m).actorKey());
    }
    String name = NameShape.name(pt, span);
    if (name == null || name.indexOf(' ') < 0 || NameShape.looksLikeOrganisation(name)) {
      return Optional.empty();
    }
    return Optional.of(named(name, nameRange(pt, span, name), ActorKind.PERSON));
  }

  /** The speaker of {@code span}; empty when it names nobody. */
  Optional<String> speaker(ParagraphText pt, TokenSpan span) {
    if (span.isEmpty()) {
      return Optional.empty();
    }
    TextRange range = pt.text(span);
    Optional<String> key = resolve(pt, span, range);
    TextRange written = pt.text(withoutWhichClause(pt, span));
    String pronoun = span.to() - span.from() == 1 ? Phrases.subjectPronoun(pt.tok(span.from()).lower()) : null;
    TextRange phrase = pronoun == null ? withoutPossessive(pt, written)
        : new TextRange(written.start(), written.start() + pronoun.length()); // "He" of "He's"
    key.ifPresent(k -> {
      builder.addMention(k, phrase, false);
      resolved.put(range.start(), k);
      lastSpeaker = k;
      lastSpokeAt = range.start();
    });
    return key;
  }

  /**
   * The person a transcript label names ("PENCE", "SEN. MOE"): an actor of the table by its
   * name or surname, never a new one, so that a label that names no person ("NOTE") is none.
   */
  Optional<String> labelledPerson(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    String key = byName.get(lower);
    if (key == null) {
      key = byName.get(lastWord(lower));
    }
    return key != null && builder.contains(key) && builder.kind(key) == ActorKind.PERSON
        ? Optional.of(key) : Optional.empty();
  }

  /** Records the label at {@code range} as a mention of {@code key}, now the last speaker. */
  void labelled(String key, TextRange range) {
    builder.addMention(key, range, false);
    resolved.put(range.start(), key);
    lastSpeaker = key;
    lastSpokeAt = range.start();
  }

  /** Adverbs that may stand before a subject ("Even China, ... said"); a {@link WordClass}. */
  static final java.util.Set<String> FOCUS_ADVERBS = java.util.Set.of("even", "only", "also", "and");

  /** The text range of {@code span} without a focusing adverb before it ("Even China"). */
  private static TextRange withoutLeadingAdverb(ParagraphText pt, TokenSpan span) {
    int from = span.from();
    if (span.to() - from > 1 && pt.tok(from).in(WordClass.FOCUS_ADVERB)) {
      from++;
    }
    return pt.text(from, span.to());
  }

  /** The range without a final possessive "'s" ("Powell's" gives "Powell"). */
  private static TextRange withoutPossessive(ParagraphText pt, TextRange r) {
    String f = pt.source.folded();
    if (r.end() - r.start() > 2 && f.charAt(r.end() - 1) == 's' && f.charAt(r.end() - 2) == '\'') {
      return new TextRange(r.start(), r.end() - 2);
    }
    return r;
  }

  /**
   * The speaker phrase without a trailing ", which ..." clause: the mention of an
   * organisation or state ends with its name ("Sweden, which is expected to apply"), so
   * that later stages read the clause's own words.
   */
  private static TokenSpan withoutWhichClause(ParagraphText pt, TokenSpan span) {
    for (int i = span.from() + 1; i + 1 < span.to(); i++) {
      if (pt.tok(i).isPunct(',') && pt.tok(i + 1).is("which")) {
        return new TokenSpan(span.from(), i);
      }
    }
    return span;
  }

  /**
   * The speaker phrase before a non-restrictive relative clause: in "Lena Marsh, whose name
   * was raised as a successor to Tomas Vidal," the speaker is named before ", whose".
   */
  private static TokenSpan beforeRelativeClause(ParagraphText pt, TokenSpan span) {
    for (int i = span.from() + 1; i + 1 < span.to(); i++) {
      Token next = pt.tok(i + 1);
      if ((pt.tok(i).isPunct(',') || Phrases.isDash(pt.tok(i)))
          && (next.is("who") || next.is("whose") || next.is("whom") || next.is("which"))) {
        return new TokenSpan(span.from(), i);
      }
    }
    return span;
  }

  /**
   * The phrase before its first dash or its first comma that is not a party tag's ("Jane
   * Doe, R-Ky., the ...", "Jane Doe -- a former aide --").
   */
  private static TokenSpan beforeAppositive(ParagraphText pt, TokenSpan span) {
    for (int i = span.from() + 1; i < span.to(); i++) {
      if (pt.tok(i).isPunct(',') && PartyTag.end(pt, i, span.to()) == i || Phrases.isDash(pt.tok(i))) {
        return new TokenSpan(span.from(), i);
      }
    }
    return span;
  }

  /** Indefinite pronouns that speak for someone unnamed. */
  private static final java.util.Set<String> INDEFINITE = java.util.Set.of("someone", "somebody",
      "anyone", "anybody", "everyone", "everybody", "nobody");

  /** Object pronouns and possessive determiners, and the subject forms they refer as. */
  private static final Map<String, String> OBJECT_TO_SUBJECT = Map.of("him", "he", "her", "she",
      "them", "they", "us", "we", "me", "i", "his", "he", "their", "they", "its", "it", "our", "we",
      "my", "i");

  private Optional<String> resolve(ParagraphText pt, TokenSpan span, TextRange range) {
    Token first = pt.tok(span.from());
    if (span.to() - span.from() == 1 && (first.is("who") || first.is("which"))) {
      // a relative pronoun speaks for the noun phrase before it: "Jane Roe, who said ..."
      int at = span.from();
      while (at > 0 && (pt.tok(at - 1).isPunct(',') || Phrases.isDash(pt.tok(at - 1)))) {
        at--; // "the study -- which notes ..."
      }
      TokenSpan before = Phrases.subjectBefore(pt, at, Math.max(0, at - 30));
      if (before.isEmpty() || before.to() > at) {
        return Optional.empty();
      }
      TokenSpan np = fromLastDeterminer(pt, before);
      if (first.is("who")) {
        TokenSpan subject = predicateSubject(pt, np);
        if (!subject.isEmpty()) {
          // "Jane Roe is a lawyer and author who said ...": "who" is the subject's
          Optional<String> key = resolve(pt, subject, pt.text(subject));
          if (key.isPresent()) {
            return key;
          }
        }
        np = personBeforePhrase(pt, np); // "listeners to his radio show who said"
      }
      if (np.to() - np.from() > 2 && pt.tok(np.from()).is("there") && pt.tok(np.from() + 1).in(WordClass.AUX)) {
        np = new TokenSpan(np.from() + 2, np.to()); // "there are some economists who"
      }
      if (!hasName(pt, np)) {
        np = unnamedHead(pt, np);
        if (first.is("which") && np.to() - np.from() > MAX_UNNAMED_ANTECEDENT) {
          return Optional.empty(); // "My father died ... of cancer, which confirmed ...": a clause
        }
      }
      Optional<String> key = resolve(pt, np, pt.text(np));
      if (first.is("which") && key.isPresent() && builder.kind(key.get()) == ActorKind.PERSON) {
        key = Optional.empty(); // "which" never stands for a person
      }
      if (key.isEmpty() && isUnnamedAntecedent(pt, np)) {
        // "fishermen, who called for ...", "the audit, which notes ...": someone unnamed
        key = Optional.of(named(withoutArticle(pt, np), pt.text(np), ActorKind.GROUP));
      }
      TokenSpan antecedent = np;
      key.ifPresent(k -> builder.addMention(k, pt.text(antecedent), false));
      return key;
    }
    Token last = pt.tok(span.to() - 1);
    if (span.to() - span.from() <= 2 && INDEFINITE.contains(last.lower())) {
      // "Then someone asked": an unnamed speaker of its own
      return Optional.of(named(pt.source.slice(pt.text(span.to() - 1, span.to())),
          pt.text(span.to() - 1, span.to()), ActorKind.GROUP));
    }
    if (span.to() - span.from() == 1 && OBJECT_TO_SUBJECT.containsKey(first.lower())) {
      // "according to him": the object pronoun refers as its subject form does
      return antecedent(range.start(), OBJECT_TO_SUBJECT.get(first.lower()));
    }
    if (span.to() - span.from() == 1 && first.in(WordClass.SUBJECT_PRONOUN_FORM)) {
      return antecedent(range.start(), Phrases.subjectPronoun(first.lower()), leadingAdjunct(pt, span.from()));
    }
    TokenSpan named = beforeRelativeClause(pt, span);
    TokenSpan lead = beforeAppositive(pt, named);
    // "Jane Doe, head of the Progressive Caucus": the person named first, not the body after
    // "China, Pyongyang's only ally, said": any actor whose mention is the whole name
    TextRange leadRange = lead.isEmpty() ? null : withoutLeadingAdverb(pt, lead);
    // "Holm's deputy, Lars Berg, said": a possessor in the lead is not who it is; the
    // appositive names the speaker
    int m = -1;
    if (lead.to() < named.to() && !lead.isEmpty()) {
      int inLead = bestMention(pt.text(lead));
      if (inLead >= 0) {
        MentionRef x = table.mentions().get(inLead);
        if ((isPerson(inLead) || x.range().equals(leadRange)) && !possessor(pt, x, lead)) {
          m = inLead;
        }
      } else {
        String leadName = NameShape.name(pt, lead);
        if (leadName != null && leadName.indexOf(' ') > 0 && !NameShape.looksLikeOrganisation(leadName)) {
          return Optional.of(named(leadName, nameRange(pt, lead, leadName), ActorKind.PERSON));
        }
      }
    }
    if (m < 0 && !named.isEmpty()) {
      m = bestMention(pt.text(named));
    }
    if (m < 0) {
      m = bestMention(range);
    }
    boolean sourcePhrase = isSourcePhrase(pt, span);
    if (m >= 0 && !sourcePhrase) {
      return Optional.of(table.mentions().get(m).actorKey());
    }
    String personName = NameShape.name(pt, span);
    if (personName != null && personName.indexOf(' ') > 0
        && !NameShape.looksLikeOrganisation(personName)) {
      return Optional.of(named(personName, nameRange(pt, span, personName), ActorKind.PERSON));
    }
    if (span.to() - span.from() == 1 && first.capitalised() && first.lower().endsWith("'s")
        && first.lower().length() > 4) {
      // a possessor the actor stage did not know ("Hale's claim that ..."): a surname
      TextRange bare = withoutPossessive(pt, range);
      String surname = pt.source.slice(bare);
      if (!NameShape.looksLikeOrganisation(surname)) {
        return Optional.of(named(surname, bare, ActorKind.PERSON));
      }
    }
    if (sourcePhrase) {
      TokenSpan head = withoutParticiple(pt, span);
      String name = withoutArticle(pt, head);
      String earlier = first.is("the") ? groupHeads.get(lastWord(name.toLowerCase(Locale.ROOT))) : null;
      if (earlier != null && builder.contains(earlier)) {
        return Optional.of(earlier); // "the strategist" after "a top party strategist"
      }
      return Optional.of(named(name, pt.text(head), ActorKind.GROUP));
    }
    if (personName != null) { // a single name, or one that reads as an organisation
      ActorKind kind = NameShape.looksLikeOrganisation(personName) ? ActorKind.ORGANIZATION
          : ActorKind.PERSON;
      return Optional.of(named(personName, nameRange(pt, span, personName), kind));
    }
    if ((first.is("a") || first.is("an")) && span.to() - span.from() > 1) {
      // an indefinite description introduces someone new: "an architect", "a retired judge"
      return Optional.of(named(withoutArticle(pt, span), range, ActorKind.GROUP));
    }
    if ((first.is("my") || first.is("our") || first.is("your")) && span.to() - span.from() > 1) {
      // the writer's own: "my father", "our neighbour" is someone new, not a person named before
      return Optional.of(named(pt.slice(span.from(), span.to()), range, ActorKind.GROUP));
    }
    if (first.in(WordClass.DETERMINER)) {
      // a description: "the minister", "the influential daily"
      String head = pt.tok(span.to() - 1).lower();
      Optional<String> titled = titled(range.start(), head);
      if (titled.isPresent()) {
        return titled;
      }
      boolean source = span.from() >= 2 && pt.tok(span.from() - 1).is("to")
          && pt.tok(span.from() - 2).is("according");
      Optional<String> earlier = NameShape.looksLikeOrganisation(head) ? antecedent(range.start(), "it")
          : salientPerson(range.start()).or(() -> antecedent(range.start(), "p"));
      if (earlier.isEmpty() && (source || coordinated(pt, span))) {
        // "according to the county auditor" with no one of that title before, "the harbour
        // master and his deputies": a new source
        return Optional.of(named(withoutArticle(pt, span), range, ActorKind.GROUP));
      }
      return earlier;
    }
    if (isTitledDescription(pt, span)) {
      // "Connecticut's tax commissioner says", "Senator from Texas says": someone unnamed
      return Optional.of(named(withoutArticle(pt, span), range, ActorKind.GROUP));
    }
    boolean source = span.from() >= 2 && pt.tok(span.from() - 1).is("to")
        && pt.tok(span.from() - 2).is("according");
    if ((!first.capitalised() || capitalisedOnlyAsFirstWord(pt, span))
        && (source || Phrases.looksNominal(pt, span.from(), span.to()))) {
      // "according to federal statistics": whatever follows "according to" is the source
      // an unnamed collective or source: "federal prosecutors", "attorneys for the family"
      TokenSpan head = source ? span : withoutParticiple(pt, span);
      return Optional.of(named(pt.slice(head.from(), head.to()), pt.text(head), ActorKind.GROUP));
    }
    return Optional.empty();
  }

  /**
   * The collective without a participle phrase that follows its plural noun ("protesters
   * [marching through the streets]", "residents [living near the port]", "officials[,
   * speaking on condition of anonymity,]"): the phrase says what they were doing, the group
   * is the noun.
   */
  private static TokenSpan withoutParticiple(ParagraphText pt, TokenSpan span) {
    for (int i = span.from() + 1; i + 1 < span.to(); i++) {
      Token t = pt.tok(i);
      Token next = pt.tok(i + 1);
      if (t.isPunct(',') && next.word() && !next.capitalised() && next.lower().endsWith("ing")) {
        return new TokenSpan(span.from(), i); // "Swedish officials, speaking on condition of anonymity,"
      }
      String before = pt.tok(i - 1).lower();
      if (t.word() && !t.capitalised() && t.lower().endsWith("ing") && pt.tok(i - 1).word()
          && before.endsWith("s") && !before.endsWith("ss")
          && (pt.tok(i + 1).in(WordClass.PREPOSITION) || pt.tok(i + 1).in(WordClass.DETERMINER))) {
        return new TokenSpan(span.from(), i);
      }
    }
    return span;
  }

  /**
   * A common-noun phrase from its last determiner ("not paying an architect" gives "an
   * architect"); a phrase that ends with a name, or has no determiner, as it is.
   */
  /** Forms of "be" that make the noun phrase after them describe the subject. */
  private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "was", "are", "were");

  /** Tokens of a list of descriptions between a copula and "who". */
  private static final int MAX_PREDICATE = 15;

  /**
   * The subject of the sentence when {@code np} is (the end of) a predicate noun phrase after
   * "is"/"was" ("Jane Roe regularly speaks and is a lawyer, author and critic who ..."):
   * descriptions, commas, "and" and articles back to the copula; else an empty span.
   */
  private static TokenSpan predicateSubject(ParagraphText pt, TokenSpan np) {
    int sf = pt.sentenceStart(np.from());
    for (int i = np.from() - 1; i > sf && np.from() - i <= MAX_PREDICATE; i--) {
      Token t = pt.tok(i);
      if (COPULAS.contains(t.lower())) {
        TokenSpan subject = Phrases.mainClauseSubject(pt, sf, i);
        return subject.isEmpty() || subject.to() > i ? new TokenSpan(i, i) : subject;
      }
      if (!(t.word() && !t.capitalised() || t.isPunct(',')) || pt.inQuote[i]
          || pt.cueAt(i).isPresent()) {
        break;
      }
    }
    return new TokenSpan(np.from(), np.from());
  }

  /** Prepositions after which "who" refers past the noun: "listeners to his show who". */
  private static final java.util.Set<String> PERSON_PHRASE_PREPOSITIONS =
      java.util.Set.of("to", "of", "at", "from", "for", "in", "with", "on");

  /**
   * The person-like noun phrase that "who" refers to when the phrase before it is the object
   * of a preposition ("black listeners to his radio show who said"): the phrase before the
   * preposition, with the preposition's phrase, when it is a common plural noun; else
   * {@code np}.
   */
  private static TokenSpan personBeforePhrase(ParagraphText pt, TokenSpan np) {
    int p = np.from() - 1;
    if (p >= 1 && (pt.tok(p).is("and") || pt.tok(p).is("or")) && pt.tok(p - 1).word()
        && !pt.tok(p - 1).capitalised()) {
      // "95 retired generals and admirals who": the coordination is the antecedent
      int left = commonNounPhraseStart(pt, p);
      return left == p ? np : new TokenSpan(left, np.to());
    }
    if (p < 1 || !PERSON_PHRASE_PREPOSITIONS.contains(pt.tok(p).lower())) {
      return np;
    }
    Token head = pt.tok(p - 1);
    if (!head.word() || head.capitalised() || !head.lower().endsWith("s") || head.lower().endsWith("ss")) {
      return np;
    }
    int outer = commonNounPhraseStart(pt, p);
    return outer == p ? np : new TokenSpan(outer, np.to());
  }

  /** Tokens of an unnamed antecedent of "who" or "which" ("40 nurses and midwives"). */
  private static final int MAX_UNNAMED_ANTECEDENT = 6;

  /** Adverbs of place and time that end a noun phrase without being part of it. */
  private static final java.util.Set<String> TRAILING_ADVERBS = java.util.Set.of("here", "there", "now", "today");

  /**
   * The unnamed antecedent at the end of {@code np}: after its last preposition unless a
   * plural noun comes before that ("a rallying point for [fishermen] here", but "[listeners
   * to his show]"), without a trailing "here" or "there".
   */
  private static TokenSpan unnamedHead(ParagraphText pt, TokenSpan np) {
    int from = np.from();
    int to = np.to();
    if (to - from > 1 && TRAILING_ADVERBS.contains(pt.tok(to - 1).lower())) {
      to--;
    }
    for (int i = to - 2; i > from; i--) {
      if (PERSON_PHRASE_PREPOSITIONS.contains(pt.tok(i).lower())) {
        String before = pt.tok(i - 1).lower();
        if (!before.endsWith("s") || before.endsWith("ss")) {
          from = i + 1;
        }
        break;
      }
    }
    return new TokenSpan(from, to);
  }

  /** Words a common noun phrase before a preposition or coordination holds at most. */
  private static final int MAX_COMMON_PHRASE = 6;

  /** The function words that end a common noun phrase on its left: one class-bit test, no set probes. */
  private static final int FUNCTION_WORDS = WordClass.PREPOSITION | WordClass.CLAUSE_WORD
      | WordClass.AUX | WordClass.SUBJECT_PRONOUN_FORM | WordClass.OBJECT_PRONOUN;

  /**
   * The start of the common noun phrase that ends at {@code end} ("95 retired generals",
   * "black listeners", "the local residents"): lower-case words and numbers back to a
   * determiner, a function word, punctuation or a name; {@code end} when there is none.
   */
  private static int commonNounPhraseStart(ParagraphText pt, int end) {
    int k = end;
    while (k - 1 >= 0 && end - k < MAX_COMMON_PHRASE) {
      Token t = pt.tok(k - 1);
      if (!t.word() || t.capitalised() || t.in(FUNCTION_WORDS) || pt.cueAt(k - 1).isPresent()) {
        break;
      }
      k--;
      if (t.in(WordClass.DETERMINER)) {
        break;
      }
    }
    return k;
  }

  /**
   * Whether a relative pronoun's antecedent that names no actor is someone unnamed: a common
   * noun phrase with no pronoun or name at its head ("fishermen", "40 others", "the audit").
   */
  private static boolean isUnnamedAntecedent(ParagraphText pt, TokenSpan np) {
    if (np.isEmpty() || np.to() - np.from() > MAX_UNNAMED_ANTECEDENT || pt.tok(np.from()).is("there")) {
      return false; // a clause ("My father died ..., which") or "there are some ... who" is no name
    }
    Token head = pt.tok(np.to() - 1);
    return head.word() && !head.capitalised() && !head.in(WordClass.SUBJECT_PRONOUN_FORM)
        && !head.in(WordClass.OBJECT_PRONOUN) && !head.in(WordClass.DETERMINER)
        && !head.in(WordClass.CLAUSE_WORD) && !head.in(WordClass.PREPOSITION)
        && noClause(pt, np);
  }

  private static boolean hasName(ParagraphText pt, TokenSpan np) {
    for (int i = np.from(); i < np.to(); i++) {
      if (pt.tok(i).capitalised()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code span} joins two noun phrases with "and" ("the mayor and her aides"). */
  private static boolean coordinated(ParagraphText pt, TokenSpan span) {
    for (int i = span.from() + 1; i + 1 < span.to(); i++) {
      if (pt.tok(i).is("and")) {
        return true;
      }
    }
    return false;
  }

  /** No cue, auxiliary or clause word but "and"/"or" in {@code np}. */
  private static boolean noClause(ParagraphText pt, TokenSpan np) {
    for (int i = np.from(); i < np.to(); i++) {
      Token t = pt.tok(i);
      if (t.in(WordClass.AUX) || pt.cueAt(i).isPresent()
          || t.in(WordClass.CLAUSE_WORD) && !t.is("and") && !t.is("or")) {
        return false;
      }
    }
    return true;
  }

  private static TokenSpan fromLastDeterminer(ParagraphText pt, TokenSpan np) {
    if (pt.tok(np.to() - 1).capitalised()) {
      return np;
    }
    for (int k = np.to() - 1; k > np.from(); k--) {
      if (pt.tok(k).is("a") || pt.tok(k).is("an") || pt.tok(k).is("the")) {
        return new TokenSpan(k, np.to());
      }
    }
    return np;
  }

  /**
   * A description whose head is a title and which names no one: "Connecticut's tax
   * commissioner", "Senator from Texas".
   */
  private static boolean isTitledDescription(ParagraphText pt, TokenSpan span) {
    int head = span.to() - 1;
    for (int i = span.from() + 1; i < span.to(); i++) {
      if (pt.tok(i).is("from") || pt.tok(i).is("of") || pt.tok(i).is("for")) {
        head = i - 1; // "Senator from Texas": the head comes before the preposition
        break;
      }
    }
    String h = pt.tok(head).lower();
    return span.to() - span.from() <= 6 && (NameShape.isSpeakerWord(h) || Phrases.isTitleWord(h))
        && !NameShape.looksLikeOrganisation(pt.slice(span.from(), span.to()));
  }

  /**
   * A common-noun phrase that opens a sentence, capitalised only for that: "Those close to
   * him", "Human rights monitors". Its first word is a quantifier or determiner, or it is a
   * plural phrase of several words with no other capital.
   */
  private static boolean capitalisedOnlyAsFirstWord(ParagraphText pt, TokenSpan span) {
    if (pt.sentenceStart(span.from()) != span.from()) {
      return false;
    }
    for (int i = span.from() + 1; i < span.to(); i++) {
      if (pt.tok(i).capitalised()) {
        return false;
      }
    }
    String w = pt.tok(span.from()).lower();
    int head = span.to() - 1;
    for (int i = span.from() + 1; i < span.to(); i++) {
      if (pt.tok(i).in(WordClass.PREPOSITION)) {
        head = i - 1; // "Marchers in the square": the head comes before the preposition
        break;
      }
    }
    String last = pt.tok(head).lower();
    return NameShape.isQuantifier(w) || Phrases.isDeterminer(w)
        || span.to() - span.from() >= 2 && last.endsWith("s") && !last.endsWith("ss");
  }

  private static TextRange nameRange(ParagraphText pt, TokenSpan span, String name) {
    TextRange r = pt.text(span);
    int at = pt.source.slice(r).indexOf(name);
    return at >= 0 ? new TextRange(r.start() + at, r.start() + at + name.length()) : r;
  }

  /** An existing actor of that name (or surname), else a new one; adds the mention. */
  private String named(String name, TextRange range, ActorKind kind) {
    String lower = name.toLowerCase(Locale.ROOT);
    String key = byName.get(lower);
    if (key == null && kind == ActorKind.PERSON) {
      key = byName.get(lastWord(lower));
    }
    if (key == null) {
      key = builder.add(name, kind);
      remember(key, lower, kind);
    } else if (kind != ActorKind.GROUP && !builder.name(key).equalsIgnoreCase(name)) {
      if (name.length() > builder.name(key).length() && kind == builder.kind(key)) {
        builder.rename(key, name);
        remember(key, lower, kind);
      } else {
        builder.addAlias(key, name);
      }
    }
    builder.addMention(key, range, false);
    resolved.put(range.start(), key);
    return key;
  }

  /** Records the lower-case name {@code lower} of {@code key} (and its last word) for {@link #named}. */
  private void remember(String key, String lower, ActorKind kind) {
    byName.putIfAbsent(lower, key);
    if (kind == ActorKind.PERSON) {
      byName.putIfAbsent(lastWord(lower), key);
    }
    if (kind == ActorKind.GROUP) {
      groupHeads.put(lastWord(lower), key);
      int of = lower.indexOf(" of ");
      if (of > 0) {
        // "Members of the Congress": its head comes before "of" ("the Senate members" later)
        groupHeads.putIfAbsent(lastWord(lower.substring(0, of)), key);
      }
    }
  }

  private static String lastWord(String s) {
    int sp = s.lastIndexOf(' ');
    return sp < 0 ? s : s.substring(sp + 1);
  }

  /** Whether mention {@code x} owns a noun after it in {@code lead} ("Holm's deputy"). */
  private static boolean possessor(ParagraphText pt, MentionRef x, TokenSpan lead) {
    int end = x.range().end();
    return end + 2 < pt.text(lead).end() && pt.source.folded().startsWith("'s ", end);
  }

  /**
   * The index in the table's {@link ActorTable#mentions() mentions} of the mention inside
   * {@code range}, a person first, then the longest ({@link #score}); -1 when there is none.
   * The mentions inside a range are those of {@link ActorTable#mentionsIn}, walked in place.
   */
  int bestMention(TextRange range) {
    List<MentionRef> all = table.mentions();
    int end = range.end();
    int best = -1;
    int bestScore = 0;
    for (int i = table.firstStartingAtOrAfter(range.start()); i < all.size(); i++) {
      TextRange r = all.get(i).range();
      if (r.start() >= end) {
        break;
      }
      if (r.end() <= end) {
        int score = score(i);
        if (best < 0 || score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** The nearest actor before {@code offset} with a title holding {@code head} ("the mayor"). */
  private Optional<String> titled(int offset, String head) {
    List<MentionRef> all = table.mentions();
    int i = firstAtOrAfter(all, offset) - 1;
    for (int seen = 0; i >= 0 && seen < MAX_LOOK_BACK; i--, seen++) {
      Optional<ActorTable.ActorRecord> a = table.get(all.get(i).actorKey());
      if (a.isPresent() && a.get().titles().stream()
          .anyMatch(t -> (" " + t.toLowerCase(Locale.ROOT) + " ").contains(" " + head + " "))) {
        return Optional.of(a.get().key());
      }
    }
    return Optional.empty();
  }

  private static int firstAtOrAfter(List<MentionRef> all, int offset) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).range().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether the actor of the table's mention {@code i} is a person (the table's, not the builder's). */
  private boolean isPerson(int i) {
    score(i);
    return mentionKinds[i] == ActorKind.PERSON;
  }

  /**
   * The score of the table's mention {@code i} for {@link #bestMention}: a person's first, then
   * a name before a pronoun, then the longest. Kept with its actor's kind, per mention, when
   * first asked for: the speakers of an article are named again and again, and each of their
   * mentions would look its actor up once per phrase that holds it.
   */
  private int score(int i) {
    if (mentionKinds == null) {
      int n = table.mentions().size();
      mentionKinds = new ActorKind[n];
      mentionScores = new int[n];
    }
    ActorKind k = mentionKinds[i];
    if (k == null) {
      MentionRef m = table.mentions().get(i);
      k = table.get(m.actorKey()).map(ActorTable.ActorRecord::kind).orElse(ActorKind.GROUP);
      mentionKinds[i] = k;
      mentionScores[i] = (k == ActorKind.PERSON ? 100_000 : 0) + (m.pronoun() ? 0 : 50_000)
          + m.range().length();
    }
    return mentionScores[i];
  }

  /** A phrase headed by a source noun: "officials", "a NATO spokesman", "leaders in X". */
  private static boolean isSourcePhrase(ParagraphText pt, TokenSpan span) {
    for (int i = span.from(); i < span.to(); i++) {
      Token t = pt.tok(i);
      if (t.is("of") || t.is("in") || t.is("from") || t.is("at") || t.isPunct(',')
          || Phrases.isDash(t)) {
        break; // the head noun comes before these: "Russia -- which is not a member --"
      }
      boolean sentenceStart = i == pt.sentenceStart(i); // "Diplomats in X said"
      if ((!t.capitalised() || sentenceStart) && t.in(WordClass.SOURCE_NOUN)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutArticle(ParagraphText pt, TokenSpan span) {
    int from = span.from();
    Token t = pt.tok(from);
    if ((t.is("a") || t.is("an") || t.is("the")) && span.to() - from > 1) {
      from++;
    }
    return pt.slice(from, span.to());
  }

  /**
   * The nearest actor before {@code offset} that a pronoun can refer to: a person for he/she
   * (not one the text calls a woman for "he" or a man for "she", by honorific, title or given name),
   * anything else for it/they; falls back on the last speaker.
   */
  private Optional<String> antecedent(int offset, String pronoun) {
    return antecedent(offset, pronoun, null);
  }

  /**
   * The participial or prepositional phrase that opens the sentence of token {@code i} and
   * ends with the comma just before it ("Campaigning against Jane Roe in 2012, he"): a
   * person named inside it is not what the pronoun refers to. Null when there is none.
   */
  private static final int MAX_ADJUNCT = 24;

  private static TextRange leadingAdjunct(ParagraphText pt, int i) {
    int sf = pt.sentenceStart(i);
    if (i - 1 <= sf || !pt.tok(i - 1).isPunct(',') || i - sf > MAX_ADJUNCT) {
      return null; // a longer opening is no single phrase; the bound keeps resolution linear
    }
    Token first = pt.tok(sf);
    boolean opens = first.in(WordClass.PREPOSITION) || first.lower().endsWith("ing");
    for (int k = sf; opens && k < i - 1; k++) {
      if (pt.tok(k).isPunct(',') || pt.tok(k).in(WordClass.AUX)) {
        return null; // one phrase only, with no verb of its own
      }
    }
    return opens ? pt.text(sf, i - 1) : null;
  }

  private Optional<String> antecedent(int offset, String pronoun, TextRange skip) {
    boolean person = pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i")
        || pronoun.equals("p"); // "p": a person of either gender (a description)
    String fromTable = null;
    int fromTableAt = -1;
    List<MentionRef> all = table.mentions();
    int lo = firstAtOrAfter(all, offset);
    for (int i = lo - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) {
      MentionRef m = all.get(i);
      if (skip != null && m.range().start() >= skip.start() && m.range().end() <= skip.end()) {
        continue;
      }
      if (compatible(m.actorKey(), person, pronoun)) {
        fromTable = m.actorKey();
        fromTableAt = m.range().start();
        break;
      }
    }
    String mine = null;
    int mineAt = -1;
    for (int i = resolved.lastBefore(offset), seen = 0; i >= 0 && seen < 64; i--, seen++) {
      int k = resolved.offset(i);
      if (compatible(resolved.key(i), person, pronoun) && !(skip != null && k >= skip.start() && k < skip.end())) {
        mine = resolved.key(i);
        mineAt = k;
        break;
      }
    }
    String key = mineAt > fromTableAt ? mine : fromTable;
    if (lastSpeaker != null && lastSpokeAt >= offset - RECENT_SPEAKER
        && compatible(lastSpeaker, person, pronoun)) {
      key = lastSpeaker; // "he said" goes on with the speaker of the last few sentences
    }
    if (key == null) {
      key = lastSpeaker;
    }
    return Optional.ofNullable(key);
  }

  /**
   * The person a definite description ("the former general", "the veteran lawmaker") most
   * likely means: the last speaker when recent, else the person named most often in the
   * mentions before it (the article's protagonist), the nearer one on a tie.
   */
  private Optional<String> salientPerson(int offset) {
    if (lastSpeaker != null && lastSpokeAt >= offset - RECENT_SPEAKER
        && compatible(lastSpeaker, true, "p")) {
      return Optional.of(lastSpeaker);
    }
    List<MentionRef> all = table.mentions();
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    int bestCount = 0;
    for (int i = firstAtOrAfter(all, offset) - 1, seen = 0; i >= 0 && seen < MAX_LOOK_BACK; i--, seen++) {
      MentionRef m = all.get(i);
      if (m.pronoun() || m.range().end() > offset || !compatible(m.actorKey(), true, "p")) {
        continue;
      }
      int c = counts.merge(m.actorKey(), 1, Integer::sum);
      if (c > bestCount) {
        best = m.actorKey();
        bestCount = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean compatible(String key, boolean person, String pronoun) {
    if (!builder.contains(key)) {
      return false;
    }
    ActorKind kind = builder.kind(key);
    if (person) {
      Gender g = table.gender(key);
      return kind == ActorKind.PERSON
          && !(pronoun.equals("he") && g == Gender.FEMALE)
          && !(pronoun.equals("she") && g == Gender.MALE);
    }
    if (pronoun.equals("it")) {
      return kind == ActorKind.ORGANIZATION || kind == ActorKind.STATE;
    }
    return kind != ActorKind.PERSON || pronoun.equals("we");
  }
}
