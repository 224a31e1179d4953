package org.wiretext.model;

/** What kind of referent an actor is. */
public enum ActorKind {
  PERSON,
  ORGANIZATION,
  STATE,
  GROUP;
}
