package org.wiretext.internal.actor;

import java.util.List;
import org.wiretext.internal.text.TextRange;

/** A state or organisation phrase found in the text, waiting to be resolved to an actor. */
record EntityMention(TextRange range, String surface, List<EntityRef> refs, EntityRef.Form form) {

  EntityMention {
    refs = List.copyOf(refs);
  }
}
