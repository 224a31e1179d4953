package org.wiretext.model;

/** An actor's stance on a membership bid. */
public enum Stance {
  /** The actor backs the bid. */
  SUPPORTS,
  /** The actor is against the bid, or sets conditions that block it. */
  OPPOSES,
  /** The actor has not decided, or says so. */
  UNDECIDED;
}
