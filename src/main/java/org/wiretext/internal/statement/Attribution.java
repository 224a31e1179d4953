package org.wiretext.internal.statement;

import java.util.List;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.Warning;

/** The attributor's result: statements in text order, and the actor table it extended. */
public record Attribution(List<StatementDraft> statements, ActorTable actors, List<Warning> warnings) {

  public Attribution {
    statements = List.copyOf(statements);
    warnings = List.copyOf(warnings);
  }
}
