package org.wiretext.internal.text;

/**
 * Where the next full stop, question mark or exclamation mark of a text stands: a sentence can
 * end only there, so a sentence splitter jumps from one to the next instead of testing every
 * character. {@link String#indexOf(int, int)} finds each (a vectorised search in the JDK).
 *
 * <p>Each mark's last search is remembered with where it began, and repeated only when asked
 * about an offset outside the stretch it covered, so the paragraphs of an article asked for
 * in text order search the text once per mark: linear, however many paragraphs there are and
 * however rare the mark. One instance per text and per thread (it keeps that state).
 */
public final class SentenceMarks {

  private static final char[] MARKS = {'.', '?', '!'};

  private final String text;
  /** Per mark: where its last search began ({@code MAX_VALUE} before the first). */
  private final int[] from = new int[MARKS.length];
  /** Per mark: what its last search found, or the text's length if nothing. */
  private final int[] found = new int[MARKS.length];

  /** The marks of {@code text}; nothing is searched until asked. */
  public SentenceMarks(String text) {
    this.text = text;
    java.util.Arrays.fill(from, Integer.MAX_VALUE);
  }

  /** The text whose marks these are. */
  public String text() {
    return text;
  }

  /** The offset of the first {@code .}, {@code ?} or {@code !} at or after {@code i}; the text's length if none. */
  public int next(int i) {
    int next = text.length();
    for (int k = 0; k < MARKS.length; k++) {
      // no mark k stands in [from[k], found[k]): that answer holds for any i in between
      if (i < from[k] || i > found[k]) {
        int at = text.indexOf(MARKS[k], i);
        from[k] = i;
        found[k] = at < 0 ? text.length() : at;
      }
      next = Math.min(next, found[k]);
    }
    return next;
  }
}
