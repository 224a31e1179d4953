package org.wiretext.internal.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wiretext.internal.lexicon.LexiconFile;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.model.StatementKind;

/**
 * Reported speech given by a noun of saying with its possessor: {@code X's claim that
 * CLAUSE}, {@code his call for PHRASE}, {@code Norway's demand that CLAUSE}. The possessor is
 * the speaker (a name with "'s", or a possessive pronoun resolved as its subject form), the
 * noun is the cue ({@code report-nouns.tsv}), and what was said runs to the end of the
 * clause the noun phrase sits in. Without a possessor ("the claim that ...") nobody is named,
 * and nothing is reported.
 */
final class NounCueRule implements ClauseRule {

  /** The frames of the report nouns: what follows the noun before what was said. */
  private static final Map<String, Set<String>> FRAMES = frames();

  /**
   * Possessive determiners that name the speaker; "its" only through the owner named before
   * it ({@link #ownerBefore}), as it stands for a document as often as for an organisation.
   */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "our", "my");

  /** Words of a name before its possessive "'s" ("Donald Trump's"). */
  private static final int MAX_NAME = 5;

  private static Map<String, Set<String>> frames() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] row : LexiconFile.rows("report-nouns.tsv")) {
      out.computeIfAbsent(row[0].trim(), k -> new java.util.HashSet<>()).add(row[1].trim());
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(out);
  }

  /** The report nouns, for {@link WordClass#REPORT_NOUN}. */
  static Set<String> reportNouns() {
    return FRAMES.keySet();
  }

  /** {@inheritDoc} The noun of saying is its cue. */
  @Override
  public int needs() {
    return REPORT_NOUN;
  }

  @Override
  public Optional<Found> tryMatch(ParagraphText pt, int sentence) {
    int sf = pt.sentenceFrom(sentence);
    int se = pt.sentenceTo(sentence);
    for (int k = sf + 1; k + 2 < se; k++) {
      Token noun = pt.tok(k);
      Set<String> frames = noun.word() && !noun.capitalised() && noun.in(WordClass.REPORT_NOUN)
          ? FRAMES.get(noun.lower()) : null;
      if (frames == null || pt.claimed[k] || pt.inQuote[k]) {
        continue;
      }
      Token next = pt.tok(k + 1);
      if (!frames.contains(next.lower()) || pt.claimed[k + 1] || pt.inQuote[k + 1]) {
        continue;
      }
      TokenSpan speaker = possessor(pt, sf, k);
      if (speaker.isEmpty()) {
        continue;
      }
      int from = k + 2;
      // "his claim that A, B": the clause inside the noun phrase ends at its comma;
      // "their request for a full, unredacted copy": a phrase ends before a clause of its own
      int end = next.is("for") ? Content.objectEnd(pt, from, Content.end(pt, from, se))
          : Content.relativeEnd(pt, from, Content.end(pt, from, se));
      if (end - from < 2 || !pt.tok(from).word() && !pt.isQuoteMark(from)) {
        continue;
      }
      StatementKind kind = TrailingAttributionClauseRule.hasQuote(pt, from, end)
          ? StatementKind.MIXED : StatementKind.INDIRECT;
      return Optional.of(new Found(kind, pt.text(from, end), Optional.of(speaker),
          Optional.of(pt.text(k, k + 1)), Optional.empty(), List.of(), false,
          Optional.of(new TokenSpan(speaker.from(), end))));
    }
    return Optional.empty();
  }

  /** Tokens looked back from "its" for the owner of what it stands for. */
  private static final int MAX_OWNER_LOOK_BACK = 20;

  /**
   * The named owner before "its" in its sentence ("Ann Moe's memo ... for its claim that"):
   * the last capitalised name with a possessive "'s" before it, which owns the document
   * "its" stands for; empty when there is none.
   */
  private static TokenSpan ownerBefore(ParagraphText pt, int sf, int its) {
    for (int i = its - 1; i >= sf && its - i <= MAX_OWNER_LOOK_BACK; i--) {
      Token t = pt.tok(i);
      if (t.word() && t.capitalised() && t.lower().endsWith("'s")) {
        return nameEndingAt(pt, sf, i);
      }
    }
    return new TokenSpan(its, its);
  }

  /**
   * The possessor before the noun at {@code noun}: a possessive pronoun right before it, or
   * a capitalised name ending in "'s" (with at most one adjective between: "Trump's latest
   * claim"); empty when there is none.
   */
  private static TokenSpan possessor(ParagraphText pt, int sf, int noun) {
    int p = noun - 1;
    if (p > sf && !pt.tok(p).capitalised() && pt.tok(p).word() && !POSSESSIVES.contains(pt.tok(p).lower())
        && !pt.tok(p).lower().endsWith("'s") && !pt.tok(p).in(WordClass.AUX)) {
      p--; // an adjective: "his latest claim", "Trump's repeated claims"
    }
    if (p < sf) {
      return new TokenSpan(noun, noun);
    }
    Token t = pt.tok(p);
    if (POSSESSIVES.contains(t.lower())) {
      return new TokenSpan(p, p + 1);
    }
    if (t.is("its")) {
      return ownerBefore(pt, sf, p); // "Moe's memo was mocked for its claim that ..."
    }
    if (!t.capitalised() || !t.lower().endsWith("'s")) {
      return new TokenSpan(noun, noun);
    }
    return nameEndingAt(pt, sf, p);
  }

  /** The capitalised name whose possessive word is token {@code p} ("Donald Trump's"). */
  private static TokenSpan nameEndingAt(ParagraphText pt, int sf, int p) {
    int s = p;
    while (s - 1 >= sf && p - s < MAX_NAME && pt.tok(s - 1).word() && pt.tok(s - 1).capitalised()
        && !pt.tok(s - 1).lower().endsWith("'s")) {
      s--;
    }
    return new TokenSpan(s, p + 1);
  }
}
