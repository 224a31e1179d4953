package org.wiretext.internal.actor;

import java.util.List;
import org.wiretext.internal.text.TextRange;

/**
 * A state or organisation phrase found in the text, waiting to be resolved to an actor.
 *
 * @param refs every entity the phrase can stand for
 * @param locative the phrase follows "in", "at", "to"...: a capital there is a place, and
 *     only a mention of a state the article names otherwise
 */
record EntityMention(TextRange range, String surface, List<EntityRef> refs, EntityRef.Form form,
    boolean locative) {

  EntityMention {
    refs = List.copyOf(refs);
  }

  EntityMention(TextRange range, String surface, List<EntityRef> refs, EntityRef.Form form) {
    this(range, surface, refs, form, false);
  }
}
