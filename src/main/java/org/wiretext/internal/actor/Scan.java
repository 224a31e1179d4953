package org.wiretext.internal.actor;

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
  private final Claim[] claims;
  private final boolean[] person;
  /** Per token: 0 not looked up yet, -1 no title head starts there, else the head's end. */
  private final int[] titleHeadEnd;

  Scan(List<Token> tokens, TextRange range, boolean headline, boolean caps) {
    this.tokens = tokens;
    this.range = range;
    this.headline = headline;
    this.caps = caps;
    this.claims = new Claim[tokens.size()];
    this.person = new boolean[tokens.size()];
    this.titleHeadEnd = new int[tokens.size()];
  }

  /**
   * The end of the longest title head ({@code titles.tsv}) starting at token {@code i}, or -1:
   * looked up once per token, since the title rules ask for every window around a name.
   */
  int titleHeadEnd(int i, Lexicons lex) {
    int end = titleHeadEnd[i];
    if (end == 0) {
      PhraseTrie.Match<Gender> head = lex.titleHeads.longest(tokens, i, Lexicons::lower);
      end = head == null ? -1 : head.to();
      titleHeadEnd[i] = end;
    }
    return end;
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** Whether {@code i} is a word token equal to {@code s}. */
  boolean is(int i, String s) {
    return i >= 0 && i < tokens.size() && tokens.get(i).text().equals(s);
  }

  void claim(int from, int to, EntityRef ref) {
    Claim c = new Claim(from, to, ref);
    for (int k = from; k < to; k++) {
      claims[k] = c;
    }
  }

  Claim claimAt(int i) {
    return i >= 0 && i < claims.length ? claims[i] : null;
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
    return i >= 0 && i < person.length && person[i];
  }

  /** The range of tokens {@code [from, to)} in the text. */
  TextRange span(int from, int to) {
    return new TextRange(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
