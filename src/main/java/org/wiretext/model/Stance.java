package org.wiretext.model;

/** An actor's stance on a membership bid. */
public enum Stance {
  SUPPORTS,
  OPPOSES,
  UNDECIDED;
}
