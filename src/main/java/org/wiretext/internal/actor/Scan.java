package org.wiretext.internal.actor;

import java.util.Arrays;
import java.util.List;
import org.wiretext.internal.text.TextRange;

/**
 * One paragraph or headline as the rules see it: its tokens and what each token has been
 * claimed as so far (a lexicon phrase, an organisation, a person), so that a later rule does
 * not read the same words again.
 */
final class Scan {

  /** Tokens {@code [from, to)} are one entity phrase. */
  record Claim(int from, int to, EntityRef ref) {}

  final List<Token> tokens;
  final TextRange range;
  /** A headline: persons there are only mentions of persons named in the body. */
  final boolean headline;
  /** Written in capitals: lexicon phrases match without regard to case. */
  final boolean caps;
  private final int size;
  private final Claim[] claims;
  private final boolean[] person;
  /**
   * Per token, its word classes ({@link Token#is(long)}), whether it is a word and whether it
   * is capitalised, copied into arrays once: each rule walks every token but stops at few, and
   * skipping the others by these arrays reads no token ({@link #is(int, long)}, {@link
   * #word(int)}, {@link #capitalized(int)}).
   */
  private final long[] classes;
  private final boolean[] word;
  private final boolean[] capitalized;
  /** Per token: 0 not looked up yet, -1 no title head starts there, else the head's end. */
  private final int[] titleHeadEnd;

  /**
   * Per-token arrays that the scans of one article reuse, one paragraph after the other (a
   * scan only lives while the rules read its paragraph). Not thread-safe.
   */
  static final class Scratch {
    private Claim[] claims;
    private long[] classes;
    private boolean[] word;
    private boolean[] capitalized;
    private boolean[] person;
    private int[] titleHeadEnd;

    /** Arrays for none yet: the first scan makes them. */
    Scratch() {
      this(0);
    }

    /** Arrays for paragraphs of up to {@code tokens} tokens, grown for a longer one. */
    Scratch(int tokens) {
      claims = new Claim[tokens];
      classes = new long[tokens];
      word = new boolean[tokens];
      capitalized = new boolean[tokens];
      person = new boolean[tokens];
      titleHeadEnd = new int[tokens];
    }
  }

  Scan(List<Token> tokens, TextRange range, boolean headline, boolean caps) {
    this(tokens, range, headline, caps, new Scratch());
  }

  /** A scan whose per-token arrays are {@code scratch}'s, cleared (grown when too short). */
  Scan(List<Token> tokens, TextRange range, boolean headline, boolean caps, Scratch scratch) {
    this.tokens = tokens;
    this.range = range;
    this.headline = headline;
    this.caps = caps;
    int n = tokens.size();
    this.size = n;
    if (scratch.claims.length < n) {
      int capacity = Math.max(n, scratch.claims.length * 2);
      scratch.claims = new Claim[capacity];
      scratch.classes = new long[capacity];
      scratch.word = new boolean[capacity];
      scratch.capitalized = new boolean[capacity];
      scratch.person = new boolean[capacity];
      scratch.titleHeadEnd = new int[capacity];
    } else {
      Arrays.fill(scratch.claims, 0, n, null);
      Arrays.fill(scratch.person, 0, n, false);
      Arrays.fill(scratch.titleHeadEnd, 0, n, 0);
    }
    this.claims = scratch.claims;
    this.person = scratch.person;
    this.titleHeadEnd = scratch.titleHeadEnd;
    this.classes = scratch.classes;
    this.word = scratch.word;
    this.capitalized = scratch.capitalized;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      classes[i] = t.classes();
      word[i] = t.word();
      capitalized[i] = t.capitalized();
    }
  }

  /** {@code token(i).is(wordClasses)}, read from the scan's array. */
  boolean is(int i, long wordClasses) {
    return (classes[i] & wordClasses) != 0;
  }

  /** {@code token(i).word()}, read from the scan's array. */
  boolean word(int i) {
    return word[i];
  }

  /** {@code token(i).capitalized()}, read from the scan's array. */
  boolean capitalized(int i) {
    return capitalized[i];
  }

  /**
   * The end of the longest title head ({@code titles.tsv}) starting at token {@code i}, or -1:
   * looked up once per token, since the title rules ask for every window around a name.
   */
  int titleHeadEnd(int i, Lexicons lex) {
    int end = titleHeadEnd[i];
    if (end == 0) {
      // no head starts at a token outside the trie's first words (what its lookup asks first)
      end = is(i, Lexicons.TITLE_HEAD_FIRST) ? lex.titleHeads.longestEnd(tokens, i, Token::lowerId) : -1;
      titleHeadEnd[i] = end;
    }
    return end;
  }

  int size() {
    return size;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** Whether {@code i} is a word token equal to {@code s}. */
  boolean is(int i, String s) {
    return i >= 0 && i < size && tokens.get(i).is(s);
  }

  void claim(int from, int to, EntityRef ref) {
    Claim c = new Claim(from, to, ref);
    for (int k = from; k < to; k++) {
      claims[k] = c;
    }
  }

  Claim claimAt(int i) {
    return i >= 0 && i < size ? claims[i] : null;
  }

  boolean claimed(int i) {
    return claimAt(i) != null || isPerson(i);
  }

  void claimPerson(int from, int to) {
    for (int k = from; k < to; k++) {
      person[k] = true;
    }
  }

  boolean isPerson(int i) {
    return i >= 0 && i < size && person[i];
  }

  /** The range of tokens {@code [from, to)} in the text. */
  TextRange span(int from, int to) {
    return new TextRange(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
