package org.wiretext.internal.statement;

import java.util.Optional;

/**
 * One layout of reported speech in a sentence; the attributor tries them in declared order,
 * each only in a sentence that holds what it {@link #needs()} ({@link
 * StatementAttributor#starts}): a rule finds a statement only from a free token, one no rule
 * has claimed and outside quotation marks.
 */
interface ClauseRule {

  /** A free token that starts a cue other than a source's ("said", "told"). */
  int CUE = 1;
  /** A free token that starts a source's cue ("according to"). */
  int SOURCE_CUE = 1 << 1;
  /** A free form of "quote" ({@link WordClass#QUOTED}). */
  int QUOTED = 1 << 2;
  /** A free report noun ({@link WordClass#REPORT_NOUN}). */
  int REPORT_NOUN = 1 << 3;
  /** A free comma, dash or quotation mark with a word that may start a cue after it, free or not. */
  int MARK_BEFORE_CUE = 1 << 4;

  /** The reported statement of sentence {@code sentence} of {@code pt}, or empty. */
  Optional<Found> tryMatch(ParagraphText pt, int sentence);

  /**
   * What a sentence must hold for {@link #tryMatch} to find a statement in it, as flags of
   * this interface, any one of which will do: without them the rule is not tried. A rule must
   * not find a statement in a sentence without them.
   */
  int needs();
}
