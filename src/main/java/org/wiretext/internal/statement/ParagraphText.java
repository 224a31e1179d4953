package org.wiretext.internal.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretext.internal.statement.Found.TokenSpan;
import org.wiretext.internal.statement.SpeechLexicon.Cue;
import org.wiretext.internal.statement.SpeechLexicon.Match;
import org.wiretext.internal.text.SentenceMarks;
import org.wiretext.internal.text.SentenceSplitter;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * One body paragraph as the rules read it: its tokens, the sentence of each token, the
 * quotations that open in it (with the token indices of their marks), and which tokens a
 * rule has already used, so that no cue or quotation is attributed twice.
 */
final class ParagraphText {

  /** A quotation with the tokens of its opening mark and of its first token after the close. */
  record QuoteTokens(Quote quote, int openToken, int closeToken, int afterToken) {
    /** Whether the opening mark is in this paragraph. */
    boolean opensHere() {
      return openToken >= 0;
    }

    /** Whether the closing mark (or the end of an unclosed quotation) is in this paragraph. */
    boolean closesHere() {
      return afterToken >= 0;
    }
  }

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you");

  /**
   * The tokens and per-token arrays of one article's paragraphs, reused from one paragraph to
   * the next: made anew for each paragraph, they were the stage's largest allocations. One
   * paragraph at a time: making a {@link ParagraphText} with them overwrites the tokens and
   * arrays of the one made before, which must not be read after.
   */
  static final class Buffers {
    private Token[] tokens = new Token[0];
    private int[] sentenceOf = new int[0];
    private int[] sentenceStarts = new int[1];
    private boolean[] claimed = new boolean[0];
    private boolean[] inQuote = new boolean[0];
    private boolean[] quoteMark = new boolean[0];
    private Optional<Match<Cue>>[] cues = newOptionals(0);
    private Optional<Match<String>>[] channels = newOptionals(0);

    /** Makes the arrays hold at least {@code size} slots, the first {@code size} as new ones. */
    private void clear(int size) {
      if (sentenceOf.length < size) {
        int n = Math.max(size, sentenceOf.length * 2);
        sentenceOf = new int[n];
        claimed = new boolean[n];
        inQuote = new boolean[n];
        quoteMark = new boolean[n];
        cues = newOptionals(n);
        channels = newOptionals(n);
        return;
      }
      // sentenceOf needs no clearing: every token's slot is written (see the constructor)
      Arrays.fill(claimed, 0, size, false);
      Arrays.fill(inQuote, 0, size, false);
      Arrays.fill(quoteMark, 0, size, false);
      Arrays.fill(cues, 0, size, null);
      Arrays.fill(channels, 0, size, null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Optional<T>[] newOptionals(int n) {
      return new Optional[n];
    }
  }

  final SourceText source;
  final TextRange range;
  /** The tokens, in the first {@link #size} slots (the array is {@link Token#run}'s, not trimmed). */
  private final Token[] tokens;
  private final int size;
  /** The sentence of each token, in the first {@link #size} slots (as the arrays below). */
  final int[] sentenceOf;
  /**
   * The first token of each sentence, then the end of the last: sentence {@code s} is the
   * tokens {@code [sentenceStarts[s], sentenceStarts[s + 1])}, as the sentences follow each
   * other with no token between them. Grown while the sentences are added.
   */
  private int[] sentenceStarts;
  private int sentenceCount;
  final List<QuoteTokens> quotes = new ArrayList<>();
  final boolean[] claimed;
  final boolean[] inQuote;
  /** The tokens that are the opening or closing marks of the quotations. */
  private final boolean[] quoteMark;
  final SpeechLexicon lexicon = SpeechLexicon.INSTANCE;
  private final Optional<Match<Cue>>[] cues;
  private final Optional<Match<String>>[] channels;

  /** As {@link #ParagraphText(SourceText, TextRange, List, SentenceMarks, Buffers)}, with arrays of its own. */
  ParagraphText(SourceText source, TextRange range, List<Quote> quotesInIt, SentenceMarks marks) {
    this(source, range, quotesInIt, marks, new Buffers());
  }

  /**
   * The paragraph {@code range} of {@code source}; {@code marks} finds the sentence ends of the
   * folded text, one for all the paragraphs of an article, made in text order; its tokens and
   * per-token arrays are those of {@code buffers}, taken over from the paragraph made before.
   */
  ParagraphText(SourceText source, TextRange range, List<Quote> quotesInIt, SentenceMarks marks,
      Buffers buffers) {
    this.source = source;
    this.range = range;
    Token.Run run = Token.run(source, range, buffers.tokens);
    buffers.tokens = run.array();
    this.tokens = run.array();
    this.size = run.size();
    buffers.clear(size);
    this.sentenceOf = buffers.sentenceOf;
    this.sentenceStarts = buffers.sentenceStarts;
    this.claimed = buffers.claimed;
    this.inQuote = buffers.inQuote;
    this.quoteMark = buffers.quoteMark;
    this.cues = buffers.cues;
    this.channels = buffers.channels;
    // the sentences straight as token indices: no cut falls inside a token (the character
    // before a cut is a mark, the one at it white space or the range's end), and every other
    // character is white space or in a token, so the tokens before each cut are its sentence's
    // and any tokens after the last cut are the last sentence (none: a blank tail, no sentence)
    int t = 0;
    for (int cut : SPLITTER.cuts(marks, range)) {
      t = addSentence(t, cut);
    }
    if (t < size) {
      addSentence(t, range.end());
    }
    buffers.sentenceStarts = sentenceStarts;
    for (Quote q : quotesInIt) {
      int open = q.open() >= range.start() ? tokenAtOrAfter(q.open()) : -1;
      boolean endsHere = q.after() <= range.end();
      int close = endsHere && q.closed() ? tokenAtOrAfter(q.close()) : -1;
      int after = endsHere ? tokenAtOrAfter(q.after()) : -1;
      quotes.add(new QuoteTokens(q, open, close, after));
      markTokens(open, q.open(), q.inner().start());
      markTokens(close, q.close(), q.after());
      int from = open < 0 ? 0 : open + 1;
      int to = endsHere ? (close < 0 ? after : close) : size;
      for (int i = from; i < to; i++) {
        inQuote[i] = true;
      }
    }
  }

  /**
   * Adds the sentence of the tokens from {@code from} (the end of the sentence before) that
   * start before {@code end}; returns the next token.
   */
  private int addSentence(int from, int end) {
    int s = sentenceCount;
    int t = from;
    while (t < size && tokens[t].start() < end) {
      sentenceOf[t++] = s;
    }
    if (s + 2 > sentenceStarts.length) {
      sentenceStarts = Arrays.copyOf(sentenceStarts, Math.max(s + 2, sentenceStarts.length * 2));
    }
    sentenceStarts[s] = from;
    sentenceStarts[s + 1] = t;
    sentenceCount++;
    return t;
  }

  /** How many sentences the paragraph has. */
  int sentenceCount() {
    return sentenceCount;
  }

  /** The first token of sentence {@code s}. */
  int sentenceFrom(int s) {
    return sentenceStarts[s];
  }

  /** The token after the last of sentence {@code s}. */
  int sentenceTo(int s) {
    return sentenceStarts[s + 1];
  }

  int size() {
    return size;
  }

  /**
   * The longest speech cue starting at token {@code i} ({@link SpeechLexicon#cueAt}),
   * looked up once per token: the rules ask for the same tokens again and again.
   */
  Optional<Match<Cue>> cueAt(int i) {
    if (!tokens[i].in(WordClass.CUE_START)) {
      return Optional.empty(); // most words start no cue: no lookup at all
    }
    Optional<Match<Cue>> c = cues[i];
    if (c == null) {
      c = lexicon.cueAt(tokens, size, i);
      cues[i] = c;
    }
    return c;
  }

  /** The longest channel phrase starting at token {@code i}, looked up once per token. */
  Optional<Match<String>> channelAt(int i) {
    if (!tokens[i].in(WordClass.CHANNEL_START)) {
      return Optional.empty();
    }
    Optional<Match<String>> c = channels[i];
    if (c == null) {
      c = lexicon.channelAt(tokens, size, i);
      channels[i] = c;
    }
    return c;
  }

  /**
   * Token {@code i}, below {@link #size()}: the slots after hold spare tokens of an earlier
   * paragraph (unchecked: the rules bound their indices by the size, and this is their hottest call).
   */
  Token tok(int i) {
    return tokens[i];
  }

  /** The index of the first token that starts at or after {@code offset}; binary search. */
  int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The text range from the start of token {@code from} to the end of token {@code to - 1}. */
  TextRange text(int from, int to) {
    if (to <= from) {
      int at = from < size ? tokens[from].start() : range.end();
      return new TextRange(at, at);
    }
    return new TextRange(tokens[from].start(), tokens[to - 1].end());
  }

  TextRange text(TokenSpan span) {
    return text(span.from(), span.to());
  }

  String slice(int from, int to) {
    return source.slice(text(from, to));
  }

  void claim(int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, size); i++) {
      claimed[i] = true;
    }
  }

  boolean isPronoun(int i) {
    return i >= 0 && i < size && PRONOUNS.contains(tokens[i].lower());
  }

  /** Marks the tokens of a quotation mark: from token {@code first}, those before {@code end}. */
  private void markTokens(int first, int start, int end) {
    for (int i = first; i >= 0 && i < size && tokens[i].start() >= start
        && tokens[i].start() < end; i++) {
      quoteMark[i] = true;
    }
  }

  /**
   * Whether token {@code i} is a quotation mark: a double mark, or a single one that opens or
   * closes one of the quotations or stands after no letter or digit. A single mark after a
   * word that the quotation scanner took for an apostrophe ("the veterans' families") is none.
   */
  boolean isQuoteMark(int i) {
    Token t = tokens[i];
    if (t.isPunct('"')) {
      return true;
    }
    if (!t.isPunct('\'')) {
      return false;
    }
    if (quoteMark[i]) {
      return true;
    }
    int at = t.start();
    return at == 0 || !Character.isLetterOrDigit(source.folded().charAt(at - 1));
  }

  int sentenceStart(int i) {
    return sentenceStarts[sentenceOf[i]];
  }

  int sentenceEnd(int i) {
    return sentenceStarts[sentenceOf[i] + 1];
  }
}
