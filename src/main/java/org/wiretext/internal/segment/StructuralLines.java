package org.wiretext.internal.segment;

import java.util.Locale;

/**
 * Shapes of lines that are never part of a paragraph and so always stand alone, even with no
 * blank line around them: dataset markers ("[SN]URL[SN]", "@highlight"), bare links,
 * separators ("|", "___"), site labels, label lines ("PUBLISHED:", "ABSTRACT.") and
 * timestamps. Only short lines are examined.
 */
final class StructuralLines {

  static final int MAX = 80;
  static final int MAX_URL = 2000;
  /** The longest marker, separator or line of entities ({@link #isMarker}, ...). */
  static final int MAX_SHORT_MARKER = 40;

  private final Lexicons lex;
  private final Timestamps timestamps;

  StructuralLines(Lexicons lex, Timestamps timestamps) {
    this.lex = lex;
    this.timestamps = timestamps;
  }

  boolean isStructural(String text, Line line) {
    if (line.length() > MAX) {
      return line.length() <= MAX_URL && isUrl(text, line.contentStart(), line.contentEnd());
    }
    String s = text.substring(line.contentStart(), line.contentEnd());
    return isMarker(s) || isHighlightMarker(s) || isUrl(s) || isSeparator(s) || isMarkupOnly(s)
        || lex.isFurnitureLine(s) || lex.label(s).isPresent() || timestamps.parse(s).isPresent();
  }

  /**
   * Whether a line opening with {@code first} may be a marker, highlight marker, link,
   * separator or markup-only line: each of those opens with a character that is not a letter
   * or digit ({@code [}, {@code @}, {@code <}, {@code &}, a separator's), or with the h or w of
   * a link. A line opening with any other letter or digit, as a paragraph does, is none of
   * them, and need not be copied out of the text to be tested; nor need a line of more than
   * {@value #MAX_SHORT_MARKER} characters that opens with anything but a link's or a tag's
   * first character.
   */
  static boolean mayBeMarkerLine(char first, int length) {
    if (length > MAX_SHORT_MARKER) {
      // a marker, highlight marker, separator or line of entities has at most 40 characters:
      // a longer line (a paragraph opening with a quotation mark) can only be a link or tags
      return first == 'h' || first == 'H' || first == 'w' || first == 'W' || first == '<';
    }
    return mayBeMarkerLine(first);
  }

  /** {@link #mayBeMarkerLine(char, int)} for a line of any length. */
  static boolean mayBeMarkerLine(char first) {
    return !Character.isLetterOrDigit(first) || first == 'h' || first == 'H' || first == 'w'
        || first == 'W';
  }

  /** A dataset field marker: "[SN]TITLE[SN]", one bracketed word run without blanks. */
  static boolean isMarker(String s) {
    if (s.length() < 3 || s.length() > 40 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (TextShapes.isBlank(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The CNN/DailyMail dataset's "@highlight" line, which introduces a summary point. */
  static boolean isHighlightMarker(String s) {
    return s.equalsIgnoreCase("@highlight");
  }

  /** A line that is only a web address. */
  static boolean isUrl(String s) {
    return isUrl(s, 0, s.length());
  }

  /**
   * Whether the line {@code [start, end)} of {@code text} is only a web address, as
   * {@link #isUrl(String)} tells of it: without copying it, since most long lines are
   * paragraphs that its first character already rules out.
   */
  static boolean isUrl(String text, int start, int end) {
    char first = start < end ? text.charAt(start) : ' ';
    if (first != 'h' && first != 'H' && first != 'w' && first != 'W') {
      return false;
    }
    int n = end - start; // a scheme is only looked for inside the line
    if (!((n >= 7 && text.regionMatches(true, start, "http://", 0, 7))
        || (n >= 8 && text.regionMatches(true, start, "https://", 0, 8))
        || (n >= 4 && text.regionMatches(true, start, "www.", 0, 4)))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (TextShapes.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line that is only markup ("&lt;tweet tweet-id="1"&gt;&lt;tweet/&gt;."): an embed placeholder
   * with no text of its own.
   */
  static boolean isMarkupOnly(String s) {
    if (!s.isEmpty() && s.charAt(0) == '&') {
      return isEntitiesOnly(s);
    }
    if (s.isEmpty() || s.charAt(0) != '<') {
      return false;
    }
    boolean inTag = false;
    boolean sawTag = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<') {
        inTag = true;
      } else if (c == '>') {
        inTag = false;
        sawTag = true;
      } else if (!inTag && Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return sawTag && !inTag;
  }

  /**
   * A line of character entities only ("&amp;#3;", the end-of-story mark of SGML wire
   * archives).
   */
  static boolean isEntitiesOnly(String s) {
    int i = 0;
    int n = s.length();
    if (n > 40) {
      return false;
    }
    while (i < n) {
      if (TextShapes.isBlank(s.charAt(i))) {
        i++;
        continue;
      }
      if (s.charAt(i) != '&') {
        return false;
      }
      int semi = s.indexOf(';', i);
      if (semi < 0 || semi - i > 10 || semi == i + 1) {
        return false;
      }
      for (int j = i + 1; j < semi; j++) {
        char c = s.charAt(j);
        if (!(Character.isLetterOrDigit(c) || (c == '#' && j == i + 1))) {
          return false;
        }
      }
      i = semi + 1;
    }
    return true;
  }

  /** A line with no letter or digit: "|", "___.", "* * *". */
  static boolean isSeparator(String s) {
    if (s.length() > 40) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
