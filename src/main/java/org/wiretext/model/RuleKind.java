package org.wiretext.model;

/** How an organisation decides on admission. */
public enum RuleKind {
  CONSENSUS,
  UNANIMITY,
  QUALIFIED_MAJORITY,
  MAJORITY;
}
