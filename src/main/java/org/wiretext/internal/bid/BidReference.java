package org.wiretext.internal.bid;

import org.wiretext.internal.text.TextRange;
import org.wiretext.model.BidStage;

/**
 * One place where a sentence speaks of a bid: applicant and organisation (actor keys), the
 * stage the cue reports, and the cue's range.
 *
 * @param sentence index of the sentence
 * @param explicitOrg whether the organisation is named in the sentence (else it is the topic's)
 */
record BidReference(int sentence, String applicant, String organization, BidStage stage,
    TextRange cue, boolean explicitOrg) {

  boolean isMembership() {
    return stage == BidStage.MEMBER;
  }
}
