package org.wiretext.internal.statement;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.internal.text.Warning;

/**
 * Finds quotations in the body paragraphs, in one pass over them. Double marks (straight,
 * curly, low-high, guillemets, and the doubled apostrophe {@code ''} of some wire copy) and,
 * outside double quotes, single marks (British copy) open and close quotations. Apostrophes
 * (Kosovo's, don't, '90s) are not marks. Inside an open quotation a mark that looks like an
 * opening one (a space before it, a word after it) is a stray inner mark and does not close
 * it; a closing mark may have a space before it ({@code program ", said}). A quotation still
 * open at the end of a paragraph continues when the next paragraph opens with a mark; else
 * it ends there and is reported as unbalanced.
 */
final class QuoteScanner {

  /** The scan's result. */
  record Result(List<Quote> quotes, List<Warning> warnings) {}

  private static final int NONE = -1;

  Result scan(SourceText source, List<TextRange> paragraphs) {
    String f = source.folded();
    String o = source.original();
    List<Quote> quotes = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    int dOpen = NONE;
    int dLen = 0;
    int sCarried = NONE; // a single-mark quotation the last paragraph left open ("'A ... [¶] 'B ...'")
    MarkFinder marks = new MarkFinder(f);
    for (int p = 0; p < paragraphs.size(); p++) {
      TextRange para = paragraphs.get(p);
      int ps = para.start();
      int pe = para.end();
      int sOpen = NONE;
      int i = ps;
      if (sCarried != NONE) {
        if (markLength(f, ps, pe) == 1 && f.charAt(ps) == '\'') {
          sOpen = sCarried; // the paragraph reopens the running quotation
          i = ps + 1;
        } else {
          quotes.add(quote(source, sCarried, 1, paragraphs.get(p - 1).end(), false));
          warnings.add(new Warning(sCarried, "unbalanced quotation mark"));
        }
        sCarried = NONE;
      }
      if (dOpen != NONE) {
        int len = markLength(f, ps, pe);
        if (len == 2 || (len == 1 && f.charAt(ps) == '"')) {
          i = ps + len; // the paragraph reopens the running quotation
        } else {
          // no reopening mark: the quotation ended with its paragraph
          quotes.add(quote(source, dOpen, dLen, paragraphs.get(p - 1).end(), false));
          warnings.add(new Warning(dOpen, "unbalanced quotation mark"));
          dOpen = NONE;
        }
      }
      while ((i = marks.next(i, pe)) < pe) {
        char c = f.charAt(i);
        int len = c == '"' ? 1 : (i + 1 < pe && f.charAt(i + 1) == '\'' ? 2 : 1);
        boolean dbl = c == '"' || len == 2;
        if (!dbl && isApostrophe(f, i, ps, pe, sOpen != NONE)) {
          i++;
          continue;
        }
        boolean opener = looksOpening(f, o, i, len, ps, pe);
        if (dbl) {
          if (dOpen == NONE) {
            if (opener || !hintsClosing(o.charAt(i)) || openerTypedAsCloser(f, i, len, ps, pe)) {
              dOpen = i;
              dLen = len;
              sOpen = NONE; // a single mark open before is an apostrophe after all
            } else {
              warnings.add(new Warning(i, "unbalanced quotation mark"));
            }
          } else if (!opener) {
            quotes.add(quote(source, dOpen, dLen, i, true));
            dOpen = NONE;
          }
        } else if (dOpen == NONE) {
          if (sOpen == NONE && opener) {
            sOpen = i;
          } else if (sOpen != NONE && !opener) {
            quotes.add(quote(source, sOpen, 1, i, true));
            sOpen = NONE;
          }
        }
        i += len;
      }
      if (sOpen != NONE && dOpen == NONE) {
        boolean last = p + 1 == paragraphs.size();
        if (!last && reopens(f, paragraphs.get(p + 1)) && (sOpen < ps || opensSentences(f, sOpen, ps, pe))) {
          sCarried = sOpen; // British copy reopens a quotation that runs on at each paragraph
        } else if (sOpen < ps) {
          quotes.add(quote(source, sOpen, 1, pe, false)); // carried here and never closed
          warnings.add(new Warning(sOpen, "unbalanced quotation mark"));
        }
      }
      if (dOpen != NONE && p + 1 == paragraphs.size()) {
        quotes.add(quote(source, dOpen, dLen, pe, false));
        warnings.add(new Warning(dOpen, "unbalanced quotation mark"));
        dOpen = NONE;
      }
    }
    quotes.sort((a, b) -> Integer.compare(a.open(), b.open()));
    return new Result(quotes, warnings);
  }

  /**
   * Finds the next double or single straight mark of the folded text (where every quotation
   * glyph is one of the two) with {@link String#indexOf(int, int)}, which is much faster than
   * reading the text a character at a time. The last position found for each mark is kept
   * with the position its search began at, so a scan that moves forward reads the text once
   * for each mark, however many marks it holds: linear.
   */
  static final class MarkFinder {
    private final String text;
    private final int[] from = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] found = new int[2];

    MarkFinder(String text) {
      this.text = text;
    }

    /** The first position in {@code [at, limit)} holding {@code "} or {@code '}; {@code limit} if none. */
    int next(int at, int limit) {
      return Math.min(limit, Math.min(next(0, '"', at), next(1, '\'', at)));
    }

    private int next(int kind, char mark, int at) {
      if (at < from[kind] || at > found[kind]) {
        int p = text.indexOf(mark, at);
        from[kind] = at;
        found[kind] = p < 0 ? Integer.MAX_VALUE : p;
      }
      return found[kind];
    }
  }

  /** Words a quotation left open at its paragraph's end runs on for at least, to be carried. */
  private static final int MIN_RUNNING_WORDS = 6;

  /**
   * Whether the single mark at {@code open} opens quoted sentences that run to the paragraph's
   * end: it stands at the paragraph's start or after a colon, comma or full stop, and at least
   * {@link #MIN_RUNNING_WORDS} words follow it ("adding: 'The plan ... unacceptable."), unlike
   * a stray mark inside a phrase ("the 'old lady of the port.").
   */
  private static boolean opensSentences(String f, int open, int ps, int pe) {
    int b = open - 1;
    while (b >= ps && f.charAt(b) == ' ') {
      b--;
    }
    if (b >= ps && ":,.?!".indexOf(f.charAt(b)) < 0) {
      return false;
    }
    int words = 0;
    for (int k = open + 1; k < pe && words < MIN_RUNNING_WORDS; k++) {
      if (Character.isLetterOrDigit(f.charAt(k)) && !Character.isLetterOrDigit(f.charAt(k - 1))) {
        words++;
      }
    }
    return words >= MIN_RUNNING_WORDS;
  }

  /** Whether {@code para} opens with a single quotation mark before a word ("'The EU ..."). */
  private static boolean reopens(String f, TextRange para) {
    int ps = para.start();
    return markLength(f, ps, para.end()) == 1 && f.charAt(ps) == '\''
        && ps + 1 < para.end() && Character.isLetterOrDigit(f.charAt(ps + 1));
  }

  private static int markLength(String f, int i, int end) {
    if (i >= end) {
      return 0;
    }
    if (f.charAt(i) == '"') {
      return 1;
    }
    if (f.charAt(i) == '\'') {
      return i + 1 < end && f.charAt(i + 1) == '\'' ? 2 : 1;
    }
    return 0;
  }

  private static Quote quote(SourceText source, int open, int len, int close, boolean closed) {
    String o = source.original();
    int s = Math.min(open + len, close);
    int e = close;
    while (s < e && Character.isWhitespace(o.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(o.charAt(e - 1)) || o.charAt(e - 1) == ',')) {
      e--;
    }
    return new Quote(open, closed ? close : NONE, closed ? len : 0, new TextRange(s, e));
  }

  /** A single mark between letters, a plural possessive, or an elided year is an apostrophe. */
  private static boolean isApostrophe(String f, int i, int ps, int pe, boolean singleOpen) {
    boolean before = i > ps && Character.isLetterOrDigit(f.charAt(i - 1));
    boolean after = i + 1 < pe && Character.isLetterOrDigit(f.charAt(i + 1));
    if (before && after) {
      return true;
    }
    if (!before && i + 2 < pe && Character.isDigit(f.charAt(i + 1))
        && Character.isDigit(f.charAt(i + 2))) {
      return true; // '90s
    }
    return before && !singleOpen; // the states' position
  }

  /**
   * A closing-shaped mark where no quotation is open, with a space or the paragraph's start
   * before it and a word after it ("”Fear. I am afraid..."): some copy types the opening
   * mark with the closing glyph, so its neighbours decide.
   */
  private static boolean openerTypedAsCloser(String f, int i, int len, int ps, int pe) {
    boolean spaceBefore = i == ps || Character.isWhitespace(f.charAt(i - 1));
    int j = i + len;
    if (j + 1 < pe && f.charAt(j) == ' ' && f.charAt(j + 1) == '\u2026') {
      j++; // "\u201D \u2026 what I learned": an ellipsis opens the quoted words
    }
    return spaceBefore && j < pe && (Character.isLetterOrDigit(f.charAt(j)) || f.charAt(j) == '\u2026');
  }

  private static boolean hintsClosing(char original) {
    return original == '\u201D' || original == '\u00BB' || original == '\u2019';
  }

  /** Whether the mark at {@code i} opens: by its shape, else by its neighbours. */
  private static boolean looksOpening(String f, String o, int i, int len, int ps, int pe) {
    char c = o.charAt(i);
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018' || c == '\u201A') {
      return true;
    }
    if (hintsClosing(c)) {
      return false;
    }
    boolean spaceBefore = i == ps || Character.isWhitespace(f.charAt(i - 1))
        || "([{\u2014\u2013\u2015-:".indexOf(f.charAt(i - 1)) >= 0;
    int j = i + len;
    if (j >= pe) {
      return false;
    }
    char next = f.charAt(j);
    return spaceBefore && (Character.isLetterOrDigit(next) || "($.'\"\u2026[".indexOf(next) >= 0);
  }
}
