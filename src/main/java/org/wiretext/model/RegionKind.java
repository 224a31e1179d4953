package org.wiretext.model;

/** What a part of the text that is not a body paragraph is. */
public enum RegionKind {
  /** The headline; each occurrence, repeats included. */
  HEADLINE,
  /** A section or label line above the headline ("Flash News"). */
  KICKER,
  /** The author line ("By Jane Doe"). */
  BYLINE,
  /** The agency or source credited ("(Reuters) -"). */
  CREDIT,
  /** The dateline opening the story ("WASHINGTON, March 3 -"). */
  DATELINE,
  /** A heading inside the body. */
  SUBHEAD,
  /** A photo or video caption. */
  CAPTION,
  /** A standfirst, summary or highlight bullet. */
  HIGHLIGHT,
  /** Site labels, sign-offs, "Latest news", dataset markers, link lines. */
  FURNITURE,
  /** Anything else that is not body text. */
  OTHER;
}
