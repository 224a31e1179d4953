package org.wiretext.model;

/** How an organisation decides on admission. */
public enum RuleKind {
  /** No member objects. */
  CONSENSUS,
  /** Every member votes in favour. */
  UNANIMITY,
  /** A weighted or otherwise qualified majority of the members. */
  QUALIFIED_MAJORITY,
  /** A simple majority of the members. */
  MAJORITY;
}
