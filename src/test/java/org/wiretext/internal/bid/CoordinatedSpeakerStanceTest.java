package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wiretext.WireParser;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;

/**
 * Coordinated speakers of a stance cue that is also a verb of saying ("Lithuania and Poland
 * welcomed the application") all hold the stance, though the statement has one speaker.
 */
class CoordinatedSpeakerStanceTest {

  @Test
  void everyStateOfACoordinatedSpeakerHoldsTheStance() {
    Article a = WireParser.builder().build().parse("Georgia bid\n\nGeorgia formally applied to join "
        + "the European Union on Thursday.\n\nLithuania and Poland welcomed the application.\n");
    Map<String, Actor> byId = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    assertThat(a.bids()).singleElement().satisfies(b -> assertThat(b.positions())
        .extracting(p -> byId.get(p.actor()).name() + ":" + p.stance())
        .containsExactlyInAnyOrder("Lithuania:SUPPORTS", "Poland:SUPPORTS"));
  }
}
