package org.wiretext.model;

/** The input format recognised. */
public enum Format {
  /** Plain wire text. */
  PLAIN,
  /** News Industry Text Format (XML). */
  NITF,
  /** IPTC ninjs (JSON). */
  NINJS,
  /** An ANPA-1312 transmission. */
  ANPA,
  /** An IPTC 7901 transmission. */
  IPTC7901;
}
