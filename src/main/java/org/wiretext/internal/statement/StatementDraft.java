package org.wiretext.internal.statement;

import java.util.List;
import java.util.Optional;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.StatementKind;

/**
 * A statement as the attributor found it: the span of what was said, and the speaker and
 * addressees as actor keys of the {@link org.wiretext.internal.actor.ActorTable}.
 */
public record StatementDraft(
    StatementKind kind,
    TextRange range,
    Optional<String> speaker,
    Optional<String> cue,
    Optional<String> channel,
    List<String> addressees) {

  public StatementDraft {
    addressees = List.copyOf(addressees);
  }
}
