package org.wiretext.internal.track;

import java.io.Serializable;
import java.util.List;
import org.wiretext.model.Actor;
import org.wiretext.model.ActorKind;

/**
 * What the tracker keeps of one article's actor: enough to merge it with the same actor in
 * other articles (its names, titles and kind), without its mentions.
 */
public record ActorInfo(String localId, String name, ActorKind kind, List<String> titles,
    List<String> aliases) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the lists, so the record is immutable. */
  public ActorInfo {
    titles = List.copyOf(titles);
    aliases = List.copyOf(aliases);
  }

  static ActorInfo of(Actor a) {
    return new ActorInfo(a.id(), a.name(), a.kind(), a.titles(), a.aliases());
  }

  /** An actor id the article uses but does not define: kept, as an organisation by that id. */
  static ActorInfo unknown(String id) {
    return new ActorInfo(id, id, ActorKind.ORGANIZATION, List.of(), List.of());
  }
}
