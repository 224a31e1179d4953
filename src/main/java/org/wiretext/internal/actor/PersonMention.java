package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.text.TextRange;

/**
 * A person's name found in the text, with what its context says of the person (titles,
 * affiliations, gender), waiting for coreference to decide whose name it is.
 */
final class PersonMention {

  final TextRange range;
  final String surface;
  final List<String> nameTokens;
  /** The name starts with a particle ("de Clercq"): a surname, not a full name. */
  final boolean surnameOnly;
  final boolean headline;
  final List<String> titles = new ArrayList<>();
  final List<String> affiliations = new ArrayList<>();
  /** Other surface forms to record ("Congressman Torres", "Mr. Blair"). */
  final List<String> aliasForms = new ArrayList<>();
  Gender gender = Gender.UNKNOWN;
  /** A title or honorific says it is a person even when the name is one word. */
  boolean strong;

  PersonMention(TextRange range, String surface, List<String> nameTokens, boolean surnameOnly,
      boolean headline) {
    this.range = range;
    this.surface = surface;
    this.nameTokens = List.copyOf(nameTokens);
    this.surnameOnly = surnameOnly;
    this.headline = headline;
  }

  /** A full name: two or more words, not a bare surname. */
  boolean fullName() {
    return nameTokens.size() >= 2 && !surnameOnly;
  }
}
