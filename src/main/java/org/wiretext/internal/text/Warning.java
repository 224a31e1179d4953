package org.wiretext.internal.text;

/** Something a stage could not interpret, at an index of the original text. */
public record Warning(int offset, String message) {

  /** As shown in the article: "unbalanced quotation mark at 1234". */
  public String render() {
    return message + " at " + offset;
  }
}
