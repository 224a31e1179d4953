package org.wiretext.internal.bid;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.actor.ActorTable.MentionRef;
import org.wiretext.internal.text.Chars;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;

/**
 * Reads the sentences of one article into {@link SentenceTokens}, in text order: each actor
 * mention one token, each word or mark another, with its {@link Vocabulary} number beside it.
 * Made once per article, it copies the folded text into an array once (the scans read the array,
 * not the string) and walks the article's mentions with one cursor, so that finding a
 * sentence's mentions costs what they are, not a search. The stage lends it the arrays its thread
 * reuses from article to article ({@link Scratch}).
 */
final class Tokenizer {

  private final SourceText source;
  private final String text;
  private final char[] chars;
  private final ActorTable table;
  /**
   * The article's mentions in text order (the table's own list, read by index: copying them into
   * an array kept per thread would store each article's objects into an old one, which costs
   * the collector a card mark per store), and where each starts and ends: the scans read ints.
   */
  private final List<MentionRef> mentions;
  private final int[] mentionStarts;
  private final int[] mentionEnds;
  private final int mentionCount;
  /**
   * By actor number ({@link ActorTable#numberOf}): each actor of the table, the state its
   * mentions stand for (a state itself; for an organisation that is a body of a state, that
   * state: {@link ApplicantVoice#bodyState}), and whether it is an organisation states join.
   * Worked out once per actor, not at each of its mentions, and read by index, not by key.
   */
  private final ActorTable.ActorRecord[] actorsByNumber;
  private final String[] stateOf;
  private final boolean[] joinableOf;
  /** The columns of the article's tokens, sentence after sentence. */
  private final Builder builder;
  /** The first mention that starts at or after the start of the sentence last read. */
  private int cursor;

  /**
   * A tokenizer for the article of {@code source} whose actors are {@code table}. It knows which
   * organisations states join and which organisations are bodies of a state ("Parliament of
   * Finland" stands for Finland: {@link ApplicantVoice#bodyState}).
   */
  Tokenizer(SourceText source, ActorTable table) {
    this(source, table, new Scratch());
  }

  /**
   * Like {@link #Tokenizer(SourceText, ActorTable)}, with the arrays of {@code scratch}: it
   * copies the folded text into its array when long enough, and writes the tokens into its
   * columns. Until {@link Scratch#release} the scratch is this tokenizer's alone.
   */
  Tokenizer(SourceText source, ActorTable table, Scratch scratch) {
    this.source = source;
    this.text = source.folded();
    // every scan stops at the end of its sentence, so characters past the text's are never read
    this.chars = scratch.text(text.length());
    text.getChars(0, text.length(), chars, 0);
    this.table = table;
    this.mentions = table.mentions();
    this.mentionCount = mentions.size();
    this.mentionStarts = scratch.mentionStarts(mentionCount);
    this.mentionEnds = scratch.mentionEnds;
    for (int k = 0; k < mentionCount; k++) {
      MentionRef ref = mentions.get(k);
      mentionStarts[k] = ref.range().start();
      mentionEnds[k] = ref.range().end();
    }
    List<ActorTable.ActorRecord> actors = table.actors();
    int numbers = 0;
    for (int k = 0; k < actors.size(); k++) {
      numbers = Math.max(numbers, ActorTable.numberOf(actors.get(k).key()) + 1);
    }
    this.actorsByNumber = new ActorTable.ActorRecord[numbers];
    this.stateOf = new String[numbers];
    this.joinableOf = new boolean[numbers];
    for (int k = 0; k < actors.size(); k++) {
      ActorTable.ActorRecord a = actors.get(k);
      int n = ActorTable.numberOf(a.key());
      if (n < 0) {
        continue; // not a key the table makes: no mention finds it (see readMention)
      }
      actorsByNumber[n] = a;
      // only an organisation can be joinable or a state's body: a state or person needs no look-up
      if (a.kind() == ActorKind.STATE) {
        stateOf[n] = a.key();
      } else if (a.kind() == ActorKind.ORGANIZATION) {
        joinableOf[n] = BidLexicon.get().isJoinable(a);
        stateOf[n] = joinableOf[n] ? null : ApplicantVoice.bodyState(actors, a);
      }
    }
    // about one token in five characters of running text: most articles' tokens fit at once
    this.builder = scratch.columns(source, text.length() / 5 + 16);
  }

  /**
   * The arrays a tokenizer fills: the copy of the folded text, where the mentions start and end,
   * and the token columns. A thread keeps one for its articles, one after another, so that they
   * are made once, not per article; arrays grown for a very long article are not kept. Only
   * arrays of numbers are kept: an array of references kept from article to article would be an
   * old object that every article's young ones are stored into, and each such store costs the
   * collector a card mark (and its next collection a scan of the card).
   */
  static final class Scratch {
    /** The most characters, and tokens, whose arrays are kept for the next article. */
    private static final int MAX_KEPT = 1 << 16;

    private char[] text = new char[0];
    private Builder columns;
    /** Where the article's mentions start and end (both as long). */
    private int[] mentionStarts = new int[0];
    private int[] mentionEnds = new int[0];

    /** An array of at least {@code length} characters, kept for the next article when not too long. */
    private char[] text(int length) {
      if (text.length >= length) {
        return text;
      }
      char[] grown = new char[length];
      if (length <= MAX_KEPT) {
        text = grown;
      }
      return grown;
    }

    /**
     * {@link #mentionStarts}, for at least {@code count} mentions, with {@link #mentionEnds} as
     * long; kept for the next article when not too long.
     */
    private int[] mentionStarts(int count) {
      if (mentionStarts.length < count) {
        mentionStarts = new int[count];
        mentionEnds = new int[count];
      }
      return mentionStarts;
    }

    /** Empty columns for the article of {@code source}, with room for about {@code capacity} tokens. */
    private Builder columns(SourceText source, int capacity) {
      if (columns == null || columns.capacity() < capacity) {
        Builder made = new Builder(capacity);
        if (capacity <= MAX_KEPT) {
          columns = made;
        }
        made.reset(source, capacity);
        return made;
      }
      columns.reset(source, capacity);
      return columns;
    }

    /** Lets go of the article last read: its tokens and text are no longer held. */
    void release() {
      if (mentionStarts.length > MAX_KEPT) {
        mentionStarts = new int[0];
        mentionEnds = new int[0];
      }
      if (columns != null) {
        columns.reset(null, 0);
        if (columns.capacity() > MAX_KEPT) {
          columns = null; // grown for a very long article
        }
      }
    }
  }

  /** The folded text as an array, perhaps longer than the text: read it, never change it. */
  char[] chars() {
    return chars;
  }

  /** Tokenizes sentence {@code index} at {@code range}; cheapest when sentences come in text order. */
  SentenceTokens sentence(int index, TextRange range) {
    Vocabulary.Snapshot vocabulary = Vocabulary.snapshot();
    int end = range.end();
    moveCursorTo(range.start());
    // the sentence's mentions are those of [cursor, last) that end inside it (nearly all do)
    int last = cursor;
    while (last < mentionCount && mentionStarts[last] < end) {
      last++;
    }
    Builder out = builder;
    out.startSentence();
    int m = nextInside(cursor, last, end);
    // where the next mention starts: each step of the scan compares an int, not a mention
    int nextMention = m < last ? mentionStarts[m] : Integer.MAX_VALUE;
    int i = range.start();
    while (i < end) {
      if (nextMention < i) {
        while (m < last && mentionStarts[m] < i) {
          m = nextInside(m + 1, last, end);
        }
        nextMention = m < last ? mentionStarts[m] : Integer.MAX_VALUE;
      }
      if (nextMention == i) {
        int next = readMention(out, mentions.get(mentionAt(m, last, end, i)), end);
        if (next > i) {
          i = next;
          continue;
        }
      }
      char c = chars[i];
      if (Chars.isWhitespace(c)) {
        i++;
      } else if (Chars.isLetterOrDigit(c)) {
        i = readWord(out, vocabulary, i, range.end());
      } else {
        i = readMark(out, vocabulary, i, range.end());
      }
    }
    return out.build(index, range, vocabulary.size());
  }

  /**
   * Adds the token of {@code mention} (with its possessive ending, if any) and returns where the
   * scan goes on; returns its start when the table does not know its actor (then the scan reads
   * its words instead).
   */
  private int readMention(Builder out, MentionRef mention, int sentenceEnd) {
    int start = mention.range().start();
    int end = mention.range().end();
    // the actor by its number, as the table finds it ("a012" has the number of "a12", but is not its key)
    int n = ActorTable.numberOf(mention.actorKey());
    ActorTable.ActorRecord actor = n >= 0 && n < actorsByNumber.length ? actorsByNumber[n] : null;
    if (actor == null || !actor.key().equals(mention.actorKey())) {
      return start;
    }
    int after = possessiveEnd(chars, end, sentenceEnd);
    out.add(Token.actor(source, start, end, actor, after > end, stateOf[n], joinableOf[n]),
        SentenceTokens.ACTOR, start, end,
        after > end ? SentenceTokens.POSSESSIVE | SentenceTokens.CAPITALISED : SentenceTokens.CAPITALISED);
    return Math.max(after, end);
  }

  /**
   * Adds the word at {@code from} with its vocabulary number and returns where the scan goes on
   * (past a possessive ending). A word of at most {@link Vocabulary#MAX_PACKED} ASCII characters
   * (most words) is keyed in the same pass that finds its end, and its number found by its key
   * ({@link Vocabulary.Snapshot#idOfPacked}); a longer one is hashed and compared in place.
   */
  private int readWord(Builder out, Vocabulary.Snapshot vocabulary, int from, int sentenceEnd) {
    int i = from;
    // the word's packed key (Vocabulary.pack of it lower-cased), built as its end is found: the
    // codes of Vocabulary.KEYS, those of letters and digits worked out here (the branches that
    // find the word's end have already told which it is), an inner mark's read from its table
    long key = 0;
    boolean ascii = true;
    while (i < sentenceEnd) {
      char k = chars[i];
      // a lower-case ASCII letter or digit (most of a word's characters) needs no other test
      if (k >= 'a' && k <= 'z') {
        key = key << 6 | (k - ('a' - 1));
      } else if (k >= '0' && k <= '9') {
        key = key << 6 | (k - ('0' - 27));
      } else if (k >= 'A' && k <= 'Z') {
        key = key << 6 | (k - ('A' - 1));
      } else if (k < 0x80 ? isInnerMark(chars, i, sentenceEnd) : Chars.isLetterOrDigit(k)) {
        // an inner mark, or a letter or digit outside ASCII (an ASCII letter or digit took a
        // branch above: any other ASCII character is part of the word only as an inner mark)
        ascii &= k < 0x80;
        key = key << 6 | Vocabulary.KEYS.code(k);
      } else {
        break;
      }
      i++;
    }
    int after = possessiveEnd(chars, i, sentenceEnd);
    int id;
    if (!ascii) {
      id = -2;
    } else if (i - from <= Vocabulary.MAX_PACKED) {
      id = vocabulary.idOfPacked(key);
    } else {
      id = vocabulary.idOf(chars, from, i);
    }
    int flags = SentenceTokens.PLAIN;
    if (id == -2) {
      // outside ASCII: lower-cased as a string, and looked up as one
      id = vocabulary.idOf(Chars.slice(text, from, i).toLowerCase(Locale.ROOT));
      flags |= SentenceTokens.NOT_ASCII;
    }
    if (after > i) {
      flags |= SentenceTokens.POSSESSIVE;
    }
    if (isUpperCase(chars[from])) {
      flags |= SentenceTokens.CAPITALISED;
    }
    out.add(null, id, from, i, flags);
    return after;
  }

  /** Adds the mark at {@code i} ("--" is one; an en or em dash reads as "-") and returns its end. */
  private int readMark(Builder out, Vocabulary.Snapshot vocabulary, int i, int sentenceEnd) {
    char c = chars[i];
    if (c == '-' && i + 1 < sentenceEnd && chars[i + 1] == '-') {
      out.add(null, vocabulary.idOf("--"), i, i + 2, 0);
      return i + 2;
    }
    int next = i + 1 < sentenceEnd && Character.isHighSurrogate(c) && Character.isLowSurrogate(chars[i + 1])
        ? i + 2 : i + 1;
    boolean dash = isDash(c);
    // a Latin-1 mark's number is an array read
    int id = next == i + 1 && (dash || c < 0x100) ? vocabulary.idOf(dash ? '-' : c)
        : vocabulary.idOf(Chars.slice(text, i, next));
    out.add(null, id, i, next, 0);
    return next;
  }

  /**
   * The word of the mark the tokenizer read at {@code [start, end)} of the folded text
   * {@code text}: "--" for two hyphens, "-" for an en or em dash, else the mark as written.
   */
  static String markOf(String text, int start, int end) {
    if (end - start == 1 && isDash(text.charAt(start))) {
      return "-";
    }
    return end - start == 2 && text.charAt(start) == '-' ? "--" : Chars.slice(text, start, end);
  }

  /** Whether the mark read at {@code [start, end)} of {@code text} is {@code w} ({@link #markOf}), compared in place. */
  static boolean isMark(String text, int start, int end, String w) {
    int n = end - start;
    if (n == 1 && isDash(text.charAt(start))) {
      return w.equals("-");
    }
    return w.length() == n && text.startsWith(w, start);
  }

  private static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013';
  }

  /**
   * Moves the cursor to the first mention that starts at or after {@code start}: from where the
   * previous sentence's were, rather than by a search from the start (which it falls back on
   * when sentences come out of text order).
   */
  private void moveCursorTo(int start) {
    if (cursor > 0 && mentionStarts[cursor - 1] >= start) {
      cursor = table.firstStartingAtOrAfter(start); // out of text order
    }
    while (cursor < mentionCount && mentionStarts[cursor] < start) {
      cursor++;
    }
  }

  /**
   * The first of mentions {@code k...} (before {@code last}) that ends by {@code end}, or
   * {@code last}: a mention that starts in a sentence but runs past its end is none of its
   * mentions ({@link ActorTable#mentionsIn}), and is passed over.
   */
  private int nextInside(int k, int last, int end) {
    while (k < last && mentionEnds[k] > end) {
      k++;
    }
    return k;
  }

  /**
   * The columns of the article's tokens ({@link SentenceTokens}), one sentence after another.
   * They only grow: a sentence built keeps the arrays it was read into, whose stretch of it is
   * never written again (a longer article moves on to larger copies). The columns of numbers are
   * kept from article to article; the column of token objects is made for each article, as it
   * holds the article's objects (see {@link Scratch}).
   */
  private static final class Builder {
    private SourceText source;
    private Token[] tokens;
    private int[] ids;
    private int[] starts;
    private int[] ends;
    private byte[] flags;
    /** Where the sentence being read starts, and the number of columns filled. */
    private int base;
    private int size;

    Builder(int capacity) {
      ids = new int[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
      flags = new byte[capacity];
    }

    int capacity() {
      return ids.length;
    }

    /**
     * Empties the columns for the article of {@code source} (null: for none): a new column of
     * token objects, empty, for about {@code expected} tokens (it grows on its own), and the
     * number columns to be written again (every slot is written before it is read).
     */
    void reset(SourceText source, int expected) {
      this.source = source;
      tokens = source == null ? null : new Token[expected];
      base = 0;
      size = 0;
    }

    void startSentence() {
      base = size;
    }

    /** Adds a token: {@code t} its object for a mention, null for a word or mark (made when asked for). */
    void add(Token t, int id, int start, int end, int flag) {
      if (size == tokens.length) {
        tokens = Arrays.copyOf(tokens, Math.max(16, size * 2));
      }
      if (size == ids.length) {
        int n = size * 2;
        ids = Arrays.copyOf(ids, n);
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        flags = Arrays.copyOf(flags, n);
      }
      if (t != null) {
        tokens[size] = t; // a word's slot stays null, as the new column holds it
      }
      ids[size] = id;
      starts[size] = start;
      ends[size] = end;
      flags[size] = (byte) flag;
      size++;
    }

    SentenceTokens build(int index, TextRange range, int generation) {
      return new SentenceTokens(index, range, source, tokens, ids, starts, ends, flags, base, size - base,
          generation);
    }
  }

  /**
   * The index of the mention that makes the token at {@code i}, where mentions {@code m...}
   * (before {@code last}, those ending past {@code end} not counted) start: the longest, unless
   * a speaker phrase holds another actor's mention ("Lithuania and Poland", a mention of
   * Lithuania): then it yields to it, so that each actor keeps its own token.
   */
  private int mentionAt(int m, int last, int end, int i) {
    int best = m;
    int k = m + 1;
    for (; k < last && mentionStarts[k] == i; k++) {
      if (mentionEnds[k] <= end && mentionEnds[k] > mentionEnds[best]) {
        best = k;
      }
    }
    int limit = mentionEnds[best];
    String actor = mentions.get(best).actorKey();
    for (; k < last && mentionStarts[k] < limit; k++) {
      if (mentionEnds[k] <= end && !mentions.get(k).actorKey().equals(actor)) {
        limit = mentionStarts[k];
      }
    }
    if (limit < mentionEnds[best]) {
      int shorter = -1;
      for (int j = m; j < last && mentionStarts[j] == i; j++) {
        int e = mentionEnds[j];
        if (e <= end && e <= limit && (shorter < 0 || e > mentionEnds[shorter])) {
          shorter = j;
        }
      }
      if (shorter >= 0) {
        best = shorter;
      }
    }
    return best;
  }

  /** A hyphen, full stop or comma between letters/digits ("U.S.", "2,000", "28-nation"): inside a word. */
  private static boolean isInnerMark(char[] text, int i, int end) {
    char c = text[i];
    if ((c == '-' || c == '.' || c == ',') && i + 1 < end && i > 0) {
      char prev = text[i - 1];
      char next = text[i + 1];
      if (c == ',') {
        return Character.isDigit(prev) && Character.isDigit(next);
      }
      if (c == '.') {
        return Character.isLetter(prev) && Character.isLetter(next) || Character.isDigit(prev) && Character.isDigit(next);
      }
      return Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
    }
    return false;
  }

  /** {@link Character#isUpperCase(char)}, with no table look-up for ASCII. */
  private static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** The end of a possessive "'s" or "'" right at {@code i}, else {@code i}. */
  private static int possessiveEnd(char[] text, int i, int end) {
    if (i < end && text[i] == '\'') {
      if (i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S')
          && (i + 2 == end || !Character.isLetter(text[i + 2]))) {
        return i + 2;
      }
      if (i > 0 && (text[i - 1] == 's') && (i + 1 == end || Character.isWhitespace(text[i + 1]))) {
        return i + 1;
      }
    }
    return i;
  }
}
