package org.wiretext.model;

/** The input format recognised. */
public enum Format {
  PLAIN,
  NITF,
  NINJS,
  ANPA,
  IPTC7901;
}
