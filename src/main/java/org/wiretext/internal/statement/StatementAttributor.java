package org.wiretext.internal.statement;

import java.util.List;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.segment.Layout;

/** Stage 4: finds who said what: direct quotes, reported and mixed speech. */
public final class StatementAttributor {

  public Attribution attribute(Layout layout, ActorTable actors) {
    return new Attribution(List.of(), actors, List.of());
  }
}
