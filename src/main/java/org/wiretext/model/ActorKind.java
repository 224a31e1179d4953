package org.wiretext.model;

/** What kind of referent an actor is. */
public enum ActorKind {
  /** A named person ("Ana Costa"). */
  PERSON,
  /**
   * An organisation: alliances, programmes, parliaments, governments, parties, media,
   * companies ("NATO", "the European Commission").
   */
  ORGANIZATION,
  /** A country, or a capital used for its government ("Washington"). */
  STATE,
  /** An unnamed source, collective or single ("officials", "a government spokesman"). */
  GROUP;
}
