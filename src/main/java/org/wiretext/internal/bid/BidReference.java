package org.wiretext.internal.bid;

import org.wiretext.internal.text.TextRange;
import org.wiretext.model.BidStage;

/**
 * One place where a sentence speaks of a bid: applicant and organisation (actor keys), the
 * stage the cue reports, and the cue's range.
 *
 * @param sentence index of the sentence
 * @param explicitOrg whether the organisation is named in the sentence (else it is the topic's)
 * @param hedged whether the step is an intention or condition ("expected to apply")
 * @param notYet for a hedged cue, the stage it says is not reached yet ("to be granted
 *     candidate status": not yet CANDIDATE), else null
 */
record BidReference(int sentence, String applicant, String organization, BidStage stage,
    TextRange cue, boolean explicitOrg, boolean hedged, BidStage notYet) {

  /** A reference stated as fact. */
  BidReference(int sentence, String applicant, String organization, BidStage stage, TextRange cue, boolean explicitOrg) {
    this(sentence, applicant, organization, stage, cue, explicitOrg, false, null);
  }

  boolean isMembership() {
    return stage == BidStage.MEMBER;
  }
}
