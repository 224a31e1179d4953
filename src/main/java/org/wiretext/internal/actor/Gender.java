package org.wiretext.internal.actor;

/** What an honorific or title says of a person's gender, for pronoun resolution. */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN
}
