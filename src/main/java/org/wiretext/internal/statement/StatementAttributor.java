package org.wiretext.internal.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.text.SentenceMarks;
import org.wiretext.internal.text.TextRange;
import org.wiretext.internal.text.Warning;
import org.wiretext.model.StatementKind;

/**
 * Stage 4: finds who said what: direct quotes, reported and mixed speech, in the body
 * paragraphs (headline statements are optional in the annotation guide and are skipped).
 *
 * <p>Quotations are found first ({@link QuoteScanner}) and attributed by the
 * {@link #QUOTE_RULES}, in order; then each sentence's reported speech by the
 * {@link #CLAUSE_RULES}, in order, over the cues the quotations did not use. Speakers are
 * resolved in text order against the actor table, which is extended with pronoun mentions,
 * unnamed sources and names the actor stage missed ({@link SpeakerResolver}). Every step is
 * one pass over a paragraph's tokens with bounded look-around: linear in the input.
 */
public final class StatementAttributor {

  /** The layouts of attributed quotations, tried in this order for each quotation. */
  static final List<QuoteRule> QUOTE_RULES = List.of(
      new TrailingAttributionQuoteRule(),
      new AppositionAttributionQuoteRule(),
      new LeadingAttributionQuoteRule(),
      new ContinuedQuoteRule());

  /** The layouts of reported speech, tried in this order for each sentence. */
  static final List<ClauseRule> CLAUSE_RULES = List.of(
      new AccordingToRule(),
      new QuotedAsSayingRule(),
      new TrailingAttributionClauseRule(),
      new NounCueRule(),
      new ReportedClauseRule());

  /** Conventions of how statements are written down, applied in this order to each paragraph. */
  static final List<ConventionRule> CONVENTION_RULES = List.of(
      new DoubledApostropheQuoteRule());

  private static final int MAX_STATEMENTS_PER_SENTENCE = 3;
  /** A quotation of at most this many words inside a clause is a fragment of it. */
  private static final int MAX_FRAGMENT_WORDS = 6;

  /** The statements of {@code layout}'s body paragraphs and the extended actor table. */
  public Attribution attribute(Layout layout, ActorTable actors) {
    QuoteScanner.Result scan = new QuoteScanner().scan(layout.source(), layout.paragraphs());
    List<Quote> quotes = scan.quotes();
    SpeakerResolver resolver = new SpeakerResolver(actors);
    List<StatementDraft> out = new ArrayList<>();
    int q = 0;
    String letterAuthor = null;
    String lastCue = null; // the cue of the last attributed quotation, as written
    String lastCueSpeaker = null;
    Introduced introduced = null; // the speaker a colon at the end of the last paragraph introduced
    boolean transcript = isTranscript(layout, resolver);
    // a quotation that runs over paragraphs is attributed once, in the first that can
    Set<Quote> attributed = new HashSet<>();
    SentenceMarks marks = new SentenceMarks(layout.source().folded());
    // one paragraph's text lives only for its turn of the loop: the next reuses its tokens
    ParagraphText.Buffers buffers = new ParagraphText.Buffers();
    for (TextRange para : layout.paragraphs()) {
      Introduced carried = introduced;
      introduced = null;
      // the quotations that open or end in this paragraph (quotes are in text order)
      while (q < quotes.size() && quotes.get(q).after() <= para.start()) {
        q++;
      }
      List<Quote> here = new ArrayList<>();
      for (int k = q; k < quotes.size() && quotes.get(k).open() < para.end(); k++) {
        here.add(quotes.get(k));
      }
      Optional<TranscriptLabel.Line> line = transcript ? TranscriptLabel.at(layout.source(), para)
          : Optional.empty();
      if (line.isPresent()) {
        // "PENCE: Well, look, ...": the paragraph is what the labelled person said; in a
        // transcript, a label that names no known person is a turn of someone unknown
        Optional<String> labelled = resolver.labelledPerson(layout.source().slice(line.get().label()));
        labelled.ifPresent(k -> {
          resolver.labelled(k, line.get().label());
          out.add(new StatementDraft(StatementKind.INDIRECT, line.get().said(), labelled,
              Optional.empty(), Optional.empty(), List.of()));
        });
        continue;
      }
      ParagraphText pt = new ParagraphText(layout.source(), para, here, marks, buffers);
      List<Found> found = findAll(pt, attributed);
      if (found.size() > 1) {
        found.sort(Comparator.comparingInt(f -> order(pt, f)));
      }
      boolean introUsed = false;
      for (Found f : found) {
        Optional<String> speaker;
        Optional<TextRange> cueRange = f.cue();
        Optional<String> cueText = Optional.empty();
        Optional<String> channel = f.channel();
        if (carried != null && f.previousSpeaker() && f.cue().isEmpty() && opensParagraph(pt, f)) {
          // "The minister said:" above this paragraph: its opening quotation is hers
          speaker = Optional.of(carried.speaker());
          cueText = Optional.of(carried.cue());
          channel = carried.channel();
          resolver.spoke(carried.speaker(), f.text().start());
          introUsed = true;
        } else if (f.previousSpeaker()) {
          boolean document = f.cue().isPresent() && f.channel().isPresent();
          speaker = Optional.ofNullable(document && letterAuthor != null ? letterAuthor : null)
              .or(resolver::lastSpeaker);
          speaker.ifPresent(k -> resolver.spoke(k, f.text().start()));
        } else {
          speaker = f.speaker().flatMap(s -> resolver.speaker(pt, s));
        }
        if (speaker.isPresent() && channel.filter("letter"::equals).isPresent()) {
          letterAuthor = speaker.get();
        }
        List<String> addressees = new ArrayList<>();
        for (TokenSpan a : f.addressees()) {
          resolver.addressee(pt, a).filter(k -> !addressees.contains(k)).ifPresent(addressees::add);
        }
        Optional<String> cue = cueRange.isPresent()
            ? cueRange.map(r -> cueAsWritten(layout, r, f.speaker().map(pt::text))) : cueText;
        if (cue.isEmpty() && f.previousSpeaker() && lastCue != null
            && speaker.isPresent() && speaker.get().equals(lastCueSpeaker)) {
          cue = Optional.of(lastCue); // a quotation carried on after "X said." is said with that cue
        } else if (cue.isPresent() && speaker.isPresent() && f.kind() == StatementKind.DIRECT) {
          lastCue = cue.get(); // the cue of the last attributed quotation
          lastCueSpeaker = speaker.get();
        }
        out.add(new StatementDraft(f.kind(), f.text(), speaker, cue, channel, addressees));
      }
      if (carried != null && !introUsed && found.isEmpty() && pt.size() > 0 && !pt.isQuoteMark(0)) {
        // a block quotation set without quotation marks: reported, in the speaker's words
        TextRange block = pt.text(0, pt.size());
        resolver.spoke(carried.speaker(), block.start());
        out.add(new StatementDraft(StatementKind.INDIRECT, block, Optional.of(carried.speaker()),
            Optional.of(carried.cue()), carried.channel(), List.of()));
      }
      Optional<ColonIntroduction.Intro> intro = ColonIntroduction.at(pt);
      if (intro.isPresent()) {
        Optional<String> key = resolver.speaker(pt, intro.get().subject());
        if (key.isPresent()) {
          introduced = new Introduced(key.get(), layout.source().slice(intro.get().cue()),
              intro.get().channel());
        }
      }
    }
    out.sort(Comparator.comparing(StatementDraft::range));
    List<Warning> warnings = new ArrayList<>(scan.warnings());
    return new Attribution(out, resolver.table(), warnings);
  }

  /**
   * Whether the body is (or holds) a transcript: a paragraph opens with a label in capitals
   * that names a person of the article ("PENCE: ..."). Then every labelled paragraph is a
   * turn of the transcript, and one of an unknown speaker reports nothing.
   */
  private static boolean isTranscript(Layout layout, SpeakerResolver resolver) {
    for (TextRange para : layout.paragraphs()) {
      Optional<TranscriptLabel.Line> line = TranscriptLabel.at(layout.source(), para);
      if (line.isPresent() && resolver.labelledPerson(layout.source().slice(line.get().label())).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue as written; a cue that holds its speaker ("quoted the minister as saying") is
   * written with "..." in place of the speaker ("quoted ... as saying").
   */
  private static String cueAsWritten(Layout layout, TextRange cue, Optional<TextRange> speaker) {
    if (speaker.isPresent() && speaker.get().start() > cue.start() && speaker.get().end() < cue.end()) {
      return layout.source().slice(cue.start(), speaker.get().start()).strip() + " ... "
          + layout.source().slice(speaker.get().end(), cue.end()).strip();
    }
    return layout.source().slice(cue);
  }

  /** A speaker introduced by a colon, with the cue as written and the channel. */
  private record Introduced(String speaker, String cue, Optional<String> channel) {}

  /** Whether {@code f} is the quotation that opens its paragraph. */
  private static boolean opensParagraph(ParagraphText pt, Found f) {
    return pt.size() > 1 && pt.isQuoteMark(0) && f.text().start() <= pt.tok(1).start();
  }

  private static int order(ParagraphText pt, Found f) {
    if (f.speaker().isPresent() && !f.speaker().get().isEmpty()) {
      return Math.min(f.text().start(), pt.tok(f.speaker().get().from()).start()); // the speaker's start
    }
    return f.text().start();
  }

  /**
   * A quotation of a few words that opens in the middle of a clause, after a word that is not
   * a cue ({@code the plan was "a disaster"}, {@code called him "a genius"}): the annotation
   * guide folds such fragments into the reported statement around them, so no quote rule
   * takes it on its own.
   */
  static boolean embeddedFragment(ParagraphText pt, ParagraphText.QuoteTokens qt) {
    if (!qt.opensHere() || qt.openToken() == 0 || !qt.closesHere() || qt.closeToken() < 0) {
      return false;
    }
    int first = qt.openToken() + 1;
    if (first >= qt.closeToken() || !pt.tok(first).word() || pt.tok(first).capitalised()) {
      return false;
    }
    Token before = pt.tok(qt.openToken() - 1);
    if (!before.word() || pt.cueAt(qt.openToken() - 1)
        .filter(c -> !Naming.isNaming(c.value().lemma())).isPresent()) {
      return false; // a verb of naming quotes the name it gives: "what it calls "a hoax""
    }
    int words = 0;
    for (int i = first; i < qt.closeToken(); i++) {
      if (pt.tok(i).word()) {
        words++;
      }
    }
    return words <= MAX_FRAGMENT_WORDS;
  }

  /**
   * What sentence {@code s} holds that a {@link #CLAUSE_RULES clause rule} may start from, as
   * the flags of {@link ClauseRule}: a rule that {@link ClauseRule#needs() needs} none of them
   * is not tried, and a sentence with none is not looked at further (most of a quotation's,
   * whose tokens are all used or quoted, and those without a word of saying). A pre-test that
   * cannot change the result: each rule finds a statement only from what it needs, and tokens
   * are only ever claimed, never freed, so what a sentence lacks before its rules are tried, or
   * after a match, it lacks for every later try too. One backward pass over the sentence; a
   * cue is looked up ({@link ParagraphText#cueAt}, once per token) only for a free token that
   * may start one, as the rules that need a cue look it up.
   */
  static int starts(ParagraphText pt, int s) {
    int starts = 0;
    boolean cueAfter = false;
    for (int i = pt.sentenceTo(s) - 1; i >= pt.sentenceFrom(s); i--) {
      Token t = pt.tok(i);
      if (!pt.claimed[i] && !pt.inQuote[i]) {
        Optional<SpeechLexicon.Match<SpeechLexicon.Cue>> cue = pt.cueAt(i);
        if (cue.isPresent()) {
          starts |= cue.get().value().frame() == SpeechLexicon.Frame.SOURCE
              ? ClauseRule.SOURCE_CUE : ClauseRule.CUE;
        }
        if (t.in(WordClass.QUOTED)) {
          starts |= ClauseRule.QUOTED;
        }
        if (t.in(WordClass.REPORT_NOUN)) {
          starts |= ClauseRule.REPORT_NOUN;
        }
        if (!t.word() && cueAfter) {
          starts |= ClauseRule.MARK_BEFORE_CUE;
        }
      }
      cueAfter |= t.in(WordClass.CUE_START);
    }
    return starts;
  }

  private static List<Found> findAll(ParagraphText pt, Set<Quote> attributed) {
    List<Found> found = new ArrayList<>();
    for (ParagraphText.QuoteTokens qt : pt.quotes) {
      if (!attributed.isEmpty() && attributed.contains(qt.quote())) { // a record hashes all its fields
        continue; // a quotation running over paragraphs, attributed where it opened
      }
      if (embeddedFragment(pt, qt) || QuotedTitle.is(pt, qt)) {
        continue; // part of a reported clause: the clause rules take it with its context
      }
      for (QuoteRule rule : QUOTE_RULES) {
        Optional<Found> f = rule.tryAttribute(pt, qt, found);
        if (f.isPresent() && !f.get().text().isEmpty()) {
          if (!qt.closesHere()) {
            attributed.add(qt.quote());
          }
          found.add(f.get());
          f.get().claimed().ifPresent(c -> pt.claim(c.from(), c.to()));
          break;
        }
      }
    }
    for (int s = 0; s < pt.sentenceCount(); s++) {
      int starts = starts(pt, s);
      for (int r = 0; r < CLAUSE_RULES.size() && starts != 0; r++) {
        ClauseRule rule = CLAUSE_RULES.get(r);
        for (int n = 0; n < MAX_STATEMENTS_PER_SENTENCE && (starts & rule.needs()) != 0; n++) {
          Optional<Found> f = rule.tryMatch(pt, s);
          if (f.isEmpty() || f.get().text().isEmpty()) {
            break;
          }
          found.add(f.get());
          TokenSpan c = f.get().claimed().orElseThrow();
          pt.claim(c.from(), c.to());
          starts = starts(pt, s); // what the match used is gone
        }
      }
    }
    for (ConventionRule rule : CONVENTION_RULES) {
      found = rule.apply(pt, found);
    }
    return found;
  }
}
