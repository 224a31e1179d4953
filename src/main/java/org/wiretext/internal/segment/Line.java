package org.wiretext.internal.segment;

/**
 * One non-blank line of the text.
 *
 * @param start index of the line's first character
 * @param end index after its last character, before the line break
 * @param contentStart index of its first non-blank character
 * @param contentEnd index after its last non-blank character
 * @param indent leading blanks (a tab counts four), which mark paragraphs in 1980s wire copy
 * @param blankBefore whether a blank line separates it from the previous non-blank line
 */
record Line(int start, int end, int contentStart, int contentEnd, int indent, boolean blankBefore) {

  /** Whether blanks follow the last visible character: a soft line wrap in web copy. */
  boolean trailingBlank() {
    return contentEnd < end;
  }

  int length() {
    return contentEnd - contentStart;
  }
}
