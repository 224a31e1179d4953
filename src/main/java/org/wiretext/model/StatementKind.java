package org.wiretext.model;

/** How a statement is reported. */
public enum StatementKind {
  DIRECT,
  INDIRECT,
  MIXED;
}
