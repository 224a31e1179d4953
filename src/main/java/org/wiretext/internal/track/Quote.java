package org.wiretext.internal.track;

import java.io.Serializable;

/** A statement that shows a position: its id in the article and its text (null when unknown). */
public record Quote(String statementId, String text) implements Serializable {

  private static final long serialVersionUID = 1L;
}
