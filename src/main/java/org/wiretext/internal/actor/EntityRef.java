package org.wiretext.internal.actor;

import java.util.Locale;
import org.wiretext.model.ActorKind;

/**
 * What a lexicon phrase stands for: a state or organisation by one of its forms, or a place
 * that is no actor at all.
 */
record EntityRef(String canonical, ActorKind kind, Form form, boolean historical, String key) {

  /**
   * A reference whose {@link #key()}, the canonical name in lower case (root locale), is
   * computed once here: the recogniser looks entities up by it at every mention.
   */
  EntityRef(String canonical, ActorKind kind, Form form, boolean historical) {
    this(canonical, kind, form, historical, canonical.toLowerCase(Locale.ROOT));
  }

  /** How the phrase names the entity. */
  enum Form {
    /** its name, an official form or an acronym ("US", "NATO") */
    NAME,
    /** a capital standing for the state ("Moscow") */
    CAPITAL,
    /** a nationality adjective ("Russian"): never an actor alone */
    DEMONYM,
    /** a generic phrase that stands for it only when the article names it ("the Alliance") */
    CONTEXT,
    /** a region, continent, city or event: no actor (annotation guide) */
    REGION
  }

  boolean actor() {
    return form == Form.NAME || form == Form.CAPITAL;
  }
}
