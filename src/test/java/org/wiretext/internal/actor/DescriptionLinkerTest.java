package org.wiretext.internal.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretext.internal.actor.Articles.named;
import static org.wiretext.internal.actor.Articles.recognize;

import org.junit.jupiter.api.Test;

class DescriptionLinkerTest {

  @Test
  void descriptionBeforeTheFirstMentionOfASpeakerBecomesItsTitleAndMention() {
    String text = "Port deal\n\nThe harbour will reopen next month, a Navy spokesman has said.\n\n"
        + "Tomas Varga told reporters the repairs were nearly done.";
    ActorTable t = recognize(text);
    ActorTable.ActorRecord p = named(t, "Tomas Varga").orElseThrow();
    assertThat(p.titles()).containsExactly("Navy spokesman");
    assertThat(p.aliases()).contains("a Navy spokesman");
    int at = text.indexOf("a Navy spokesman");
    assertThat(t.mentionAt(at)).hasValueSatisfying(m -> assertThat(m.actorKey()).isEqualTo(p.key()));
  }

  @Test
  void descriptionInsideAQuotationIsNotTheSpeakersTitle() {
    ActorTable t = recognize("Port deal\n\n\"We will talk to the president,\" Tomas Varga said.");
    assertThat(named(t, "Tomas Varga").orElseThrow().titles()).isEmpty();
  }

  @Test
  void descriptionTwoSentencesAwayOrBeforeAnotherFullNameIsNotLinked() {
    ActorTable t = recognize("Port deal\n\nA former minister criticised the plan. The port is old. "
        + "Tomas Varga said it would close.\n\nA Navy spokesman met Ilse Marten on Monday. "
        + "Pavel Ruzicka said they talked.");
    assertThat(named(t, "Tomas Varga").orElseThrow().titles()).isEmpty();
    assertThat(named(t, "Pavel Ruzicka").orElseThrow().titles()).isEmpty();
  }

  @Test
  void nameWithItsOwnTitleKeepsOnlyItsOwn() {
    ActorTable t = recognize("Port deal\n\nThe spokesman declined to comment. Transport Minister "
        + "Tomas Varga said the port would close.");
    assertThat(named(t, "Tomas Varga").orElseThrow().titles()).containsExactly("Transport Minister");
  }
}
