package org.wiretext.internal.statement;

import java.util.Optional;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/**
 * A transcript line: a paragraph that opens with its speaker's name in capitals and a colon
 * ({@code PENCE: Well, look, ...}, {@code SEN. ADA MOE: We will not ...}), perhaps after the
 * opening mark of a quoted transcript. The rest of the paragraph is what that speaker said.
 * Only a label that names a person of the article is a speaker (the caller checks), so that
 * {@code NOTE:}, {@code UPDATE:} or {@code CLARIFICATION:} never are. The label is looked
 * for in the paragraph's first {@link #MAX_LABEL_LENGTH} characters; what was said is the
 * rest of the paragraph, read once.
 */
final class TranscriptLabel {

  /** A label has at most this many words ("SEN. ADA MOE"). */
  private static final int MAX_LABEL_WORDS = 3;
  private static final int MAX_LABEL_LENGTH = 40;
  /** What was said has at least this many words. */
  private static final int MIN_WORDS = 2;

  /** The label as written and what was said, as text ranges. */
  record Line(TextRange label, TextRange said) {}

  private TranscriptLabel() {}

  /** The transcript line {@code para} is, if it is one. */
  static Optional<Line> at(SourceText source, TextRange para) {
    String f = source.folded();
    int end = para.end();
    int i = para.start();
    if (i < end && (f.charAt(i) == '"' || f.charAt(i) == '\'')) {
      i++;
    }
    int from = i;
    int words = 0;
    while (i < end && i - from <= MAX_LABEL_LENGTH) {
      int w = i;
      int letters = 0;
      while (i < end && (Character.isLetter(f.charAt(i)) || f.charAt(i) == '.' || f.charAt(i) == '-'
          || f.charAt(i) == '\'')) {
        if (Character.isLowerCase(f.charAt(i))) {
          return Optional.empty(); // capitals only
        }
        if (Character.isLetter(f.charAt(i))) {
          letters++;
        }
        i++;
      }
      if (i == w || letters == 0 || ++words > MAX_LABEL_WORDS) {
        return Optional.empty();
      }
      if (i < end && f.charAt(i) == ':') {
        return words == 1 && letters < 2 ? Optional.empty() // "A:", "Q:": no name
            : said(f, new TextRange(from, i), i + 1, end);
      }
      if (i >= end || f.charAt(i) != ' ') {
        return Optional.empty();
      }
      i++;
    }
    return Optional.empty();
  }

  private static Optional<Line> said(String f, TextRange label, int start, int end) {
    while (start < end && Character.isWhitespace(f.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(f.charAt(end - 1)) || f.charAt(end - 1) == '"'
        || f.charAt(end - 1) == '\'' || f.charAt(end - 1) == '.' || f.charAt(end - 1) == ',')) {
      end--;
    }
    int words = 0;
    for (int k = start; k < end; k++) {
      if (Character.isLetterOrDigit(f.charAt(k)) && (k == start || !Character.isLetterOrDigit(f.charAt(k - 1)))) {
        words++;
      }
    }
    return words < MIN_WORDS ? Optional.empty() : Optional.of(new Line(label, new TextRange(start, end)));
  }
}
