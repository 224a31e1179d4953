package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.StatementKind;

/**
 * What a rule found, before its speaker is resolved: the statement's kind and text, the
 * speaker phrase (token indices into the paragraph, or absent), the cue as written, the
 * channel and the addressee phrases. {@code sameSpeakerAs} names an earlier statement of
 * the paragraph whose speaker this one takes (a quotation continued after its attribution);
 * {@code previousSpeaker} asks for the most recent speaker (a quotation paragraph with no
 * attribution of its own).
 */
record Found(
    StatementKind kind,
    TextRange text,
    Optional<TokenSpan> speaker,
    Optional<TextRange> cue,
    Optional<String> channel,
    List<TokenSpan> addressees,
    boolean previousSpeaker,
    Optional<TokenSpan> claimed) {

  Found {
    addressees = List.copyOf(addressees);
  }

  /** Token indices {@code [from, to)} of one paragraph. */
  record TokenSpan(int from, int to) {
    boolean isEmpty() {
      return to <= from;
    }
  }
}
