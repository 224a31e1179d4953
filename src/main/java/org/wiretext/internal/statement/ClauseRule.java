package org.wiretext.internal.statement;

import java.util.Optional;

/** One layout of reported speech in a sentence; the attributor tries them in declared order. */
interface ClauseRule {

  /** The reported statement of sentence {@code sentence} of {@code pt}, or empty. */
  Optional<Found> tryMatch(ParagraphText pt, int sentence);
}
