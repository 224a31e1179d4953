package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;

class ApplicantVoiceTest {

  @Test
  void aStatesAdjectiveSharesItsStem() {
    assertThat(ApplicantVoice.sameStem("Romanian", "Romania")).isTrue();
    assertThat(ApplicantVoice.sameStem("Turkish", "Turkey")).isTrue();
    assertThat(ApplicantVoice.sameStem("Kosovo", "Kosovo")).isTrue();
    assertThat(ApplicantVoice.sameStem("Australian", "Austria")).isFalse();
    assertThat(ApplicantVoice.sameStem("minister", "Ministan")).isFalse();
  }

  @Test
  void theStemTestComparedInPlaceAnswersAsOnLowerCasedCopies() {
    String[] words = {"Romanian", "ROMANIA", "Romania", "Roman", "Romanians", "Turkish", "Turkey",
        "Turk", "Kosovo", "KOSOVO", "Kosovar", "Austria", "Australian", "Chad", "Chadian", "Georgia",
        "Georgian", "Georgians", "Mali", "Malian", "Malta", "Maltese", "Türkiye", "TÜRKIYE", "İstanbul",
        "Curaçao", "CURAÇAO", "Curaçaoan", "Ministan", "Minister", "Defence", "North Macedonia", "-",
        "Ab", "Abcd", "Abcdefgh", "US", "us", "Us", "Iraq", "iraq", "IRAQI", "\u00c9ire", "\u00e9ire", "Eire",
        "1990s", "\u0130ran", "Iran", "iran", "Zo\u00eb", "zoe"};
    for (String w : words) {
      for (String n : words) {
        assertThat(ApplicantVoice.sameStem(w, n)).as(w + " / " + n).isEqualTo(plainSameStem(w, n));
      }
    }
  }

  /** The stem test as specified: on lower-cased copies of both words. */
  private static boolean plainSameStem(String word, String name) {
    if (word.isEmpty() || name.isEmpty() || !Character.isUpperCase(word.charAt(0)) || name.indexOf(' ') >= 0) {
      return false;
    }
    String w = word.toLowerCase(java.util.Locale.ROOT);
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (w.equals(n)) {
      return true;
    }
    int common = 0;
    while (common < w.length() && common < n.length() && w.charAt(common) == n.charAt(common)) {
      common++;
    }
    return common >= 4 && common >= n.length() - 2 && w.length() - common <= 3;
  }

  @Test
  void aMinisterTitledWithTheStatesAdjectiveSpeaksForIt() {
    BidFixture f = BidFixture.text("Romanian prime minister Ion Vasile spoke. Romania wants to join.")
        .person("Ion Vasile").titled("Ion Vasile", "Romanian prime minister").state("Romania").state("Hungary");
    ActorTable t = f.attribution().actors();
    assertThat(ApplicantVoice.speaksFor(t, f.key("Ion Vasile"), f.key("Romania"))).isTrue();
    assertThat(ApplicantVoice.speaksFor(t, f.key("Ion Vasile"), f.key("Hungary"))).isFalse();
  }

  @Test
  void aBodyNamedAfterAStateStandsForIt() {
    BidFixture f = BidFixture.text("The Assembly of Kosovo voted.")
        .org("Assembly of Kosovo").state("Kosovo").org("NATO");
    ActorTable t = f.attribution().actors();
    assertThat(WholeTable.bodyStates(t, WholeTable.joinable(t))).containsEntry(f.key("Assembly of Kosovo"), f.key("Kosovo"))
        .doesNotContainKey(f.key("NATO"));
  }

  @Test
  void aBodyIsMatchedByAnyOfItsNamesAndTheStatesNamesAsWholeWords() {
    BidFixture f = BidFixture.text("The Sejm met. Poland and Polandia spoke. The Finnish Eduskunta met. Finland spoke.")
        .org("Sejm", "Parliament of the Republic of Poland").state("Poland")
        .org("Polandia Council").state("Finland", "Suomi").org("Eduskunta", "Suomi parliament");
    ActorTable t = f.attribution().actors();
    assertThat(WholeTable.bodyStates(t, WholeTable.joinable(t)))
        .containsEntry(f.key("Sejm"), f.key("Poland"))
        .containsEntry(f.key("Eduskunta"), f.key("Finland"))
        .doesNotContainKey(f.key("Polandia Council"));
  }
}
