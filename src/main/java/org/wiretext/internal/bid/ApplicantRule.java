package org.wiretext.internal.bid;

import java.util.List;
import java.util.Optional;

/**
 * One way of finding who seeks membership around a membership cue ("X's bid", "admission of
 * X", "X applied"). The {@link BidDetector} tries its rules in order; a rule that does not
 * apply to the cue's role, or finds no state in its slot, returns empty.
 */
interface ApplicantRule {

  /** The applicant(s) of {@code cue} in {@code s}, and where the organisation slot begins. */
  Optional<Slot> find(SentenceTokens s, PhraseTable.Match<BidLexicon.Cue> cue);

  /**
   * Applicant tokens (states) and the token index after which the organisation is looked for.
   *
   * @param negated whether the statement is denied ("X is not a member of Y")
   * @param presupposed whether the step is taken for granted by a possessive ("its
   *     application" exists even in "could revive its application"), so no hedge weakens it
   * @param orgAt the token of the organisation when the rule found it (the subject of "the EU
   *     granted Ukraine candidate status"), else -1
   */
  record Slot(List<Token> applicants, int orgFrom, boolean negated, boolean presupposed, int orgAt) {

    Slot(List<Token> applicants, int orgFrom, boolean negated) {
      this(applicants, orgFrom, negated, false, -1);
    }

    Slot(List<Token> applicants, int orgFrom, boolean negated, boolean presupposed) {
      this(applicants, orgFrom, negated, presupposed, -1);
    }

    public Slot {
      applicants = List.copyOf(applicants);
    }
  }
}
