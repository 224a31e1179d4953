package org.wiretext.model;

/** What a part of the text that is not a body paragraph is. */
public enum RegionKind {
  HEADLINE,
  KICKER,
  BYLINE,
  CREDIT,
  DATELINE,
  SUBHEAD,
  CAPTION,
  HIGHLIGHT,
  FURNITURE,
  OTHER;
}
