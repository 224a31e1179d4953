package org.wiretext.model;

/** How a statement is reported. */
public enum StatementKind {
  /** The words in quotation marks. */
  DIRECT,
  /** Reported speech ("said that ..."). */
  INDIRECT,
  /** Reported speech that quotes a fragment. */
  MIXED;
}
