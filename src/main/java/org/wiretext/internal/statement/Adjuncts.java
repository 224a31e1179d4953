package org.wiretext.internal.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretext.internal.statement.Found.TokenSpan;

/**
 * Reads what surrounds a cue besides speaker and content: the channel ("in a letter to",
 * "told a news conference", "at the end of the letter") and the addressees ("a letter to
 * President Biden and Secretary Blinken", "told reporters").
 */
final class Adjuncts {

  private Adjuncts() {}

  /** The first channel named in tokens {@code [from, to)}. */
  static Optional<String> channel(ParagraphText pt, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (pt.inQuote[i]) {
        continue;
      }
      Optional<SpeechLexicon.Match<String>> m = pt.channelAt(i);
      if (m.isPresent() && i > 0 && introducesChannel(pt.tok(i - 1).lower())) {
        return Optional.of(m.get().value());
      }
    }
    return Optional.empty();
  }

  /** The addressees after "a letter to": names joined by "and" or commas. */
  static List<TokenSpan> letterAddressees(ParagraphText pt, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      Optional<SpeechLexicon.Match<String>> m = pt.channelAt(i);
      if (m.isPresent() && m.get().to() < to) {
        int k = m.get().to();
        if (k + 1 < to && (pt.tok(k).is("sent") || pt.tok(k).is("addressed"))) {
          k++;
        }
        if (pt.tok(k).is("to")) {
          return names(pt, k + 1, to);
        }
      }
    }
    return List.of();
  }

  /**
   * The addressee phrases from {@code from}: parts split on "and" and commas that hold a
   * capitalised word ("President Biden and Secretary Blinken"), up to a preposition, a clause
   * word or other punctuation.
   */
  static List<TokenSpan> names(ParagraphText pt, int from, int to) {
    List<TokenSpan> out = new ArrayList<>();
    int s = from;
    boolean named = false;
    int i = from;
    for (; i < to && i - from < 24; i++) {
      Token t = pt.tok(i);
      boolean split = t.is("and") || t.isPunct(',');
      boolean stop = !split && (!t.word() && !t.isPunct('.') && !t.lower().equals("'")
          || !t.capitalised() && (t.in(WordClass.PREPOSITION)
          || t.in(WordClass.CLAUSE_WORD)));
      if (split || stop) {
        if (s < i && named) {
          out.add(new TokenSpan(s, i));
        }
        if (stop) {
          return out;
        }
        s = i + 1;
        named = false;
      } else if (t.capitalised()) {
        named = true;
      }
    }
    if (s < i && named) {
      out.add(new TokenSpan(s, i));
    }
    return out;
  }

  private static boolean introducesChannel(String w) {
    return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("his")
        || w.equals("her") || w.equals("their") || w.equals("its") || w.equals("open")
        || w.equals("joint") || w.equals("on") || w.equals("via") || w.equals("in")
        || w.equals("written") || w.equals("televised") || w.equals("phone");
  }
}
