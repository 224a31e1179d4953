package org.wiretext.internal.bid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.statement.Attribution;
import org.wiretext.internal.statement.StatementDraft;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.ActorKind;
import org.wiretext.model.StatementKind;

/**
 * Builds the bid stage's input by hand: a text whose paragraphs are separated by blank lines,
 * actors whose every whole-word surface form becomes a mention, and statements given by their
 * text. Lets the bid rules be tested without the actor and statement stages.
 */
final class BidFixture {

  private final String text;
  private final Map<String, String> keys = new LinkedHashMap<>();
  private final ActorTable.Builder actors = ActorTable.builder();
  private final List<String[]> surfaces = new ArrayList<>();
  private final List<StatementDraft> statements = new ArrayList<>();
  private String published;

  private BidFixture(String text) {
    this.text = text;
  }

  static BidFixture text(String text) {
    return new BidFixture(text);
  }

  BidFixture actor(ActorKind kind, String name, String... aliases) {
    String key = actors.add(name, kind);
    keys.put(name, key);
    surfaces.add(new String[] {name, key});
    for (String a : aliases) {
      actors.addAlias(key, a);
      surfaces.add(new String[] {a, key});
    }
    return this;
  }

  BidFixture state(String name, String... aliases) {
    return actor(ActorKind.STATE, name, aliases);
  }

  BidFixture org(String name, String... aliases) {
    return actor(ActorKind.ORGANIZATION, name, aliases);
  }

  BidFixture person(String name, String... aliases) {
    return actor(ActorKind.PERSON, name, aliases);
  }

  BidFixture titled(String name, String title) {
    actors.addTitle(keys.get(name), title);
    return this;
  }

  BidFixture published(String date) {
    this.published = date;
    return this;
  }

  /** A statement whose text is the first occurrence of {@code said}, by {@code speaker} (or null). */
  BidFixture statement(StatementKind kind, String said, String speaker) {
    int at = text.indexOf(said);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + said);
    }
    statements.add(new StatementDraft(kind, new TextRange(at, at + said.length()),
        Optional.ofNullable(speaker).map(keys::get), Optional.empty(), Optional.empty(), List.of()));
    statements.sort(Comparator.comparing(StatementDraft::range));
    return this;
  }

  /** A statement at {@code [start, end)}, appended in text order. */
  BidFixture statementAt(StatementKind kind, int start, int end, String speaker) {
    statements.add(new StatementDraft(kind, new TextRange(start, end),
        Optional.ofNullable(speaker).map(keys::get), Optional.empty(), Optional.empty(), List.of()));
    return this;
  }

  String key(String name) {
    return keys.get(name);
  }

  Layout layout() {
    List<TextRange> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean blank = i == text.length() || text.startsWith("\n\n", i)
          || text.startsWith("\n ", i) || text.startsWith("\n\t", i);
      if (blank) {
        TextRange r = new TextRange(start, i).trim(text);
        if (!r.isEmpty()) {
          paragraphs.add(r);
        }
        start = Math.min(text.length(), i + 1);
      }
    }
    return new Layout(SourceText.of(text), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.ofNullable(published), Optional.of("en"),
        paragraphs, List.of(), List.of());
  }

  Attribution attribution() {
    List<String[]> bySize = new ArrayList<>(surfaces);
    bySize.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
    boolean[] taken = new boolean[text.length()];
    for (String[] sf : bySize) {
      for (int at = text.indexOf(sf[0]); at >= 0; at = text.indexOf(sf[0], at + 1)) {
        int end = at + sf[0].length();
        if (wordBoundary(at, end) && !anyTaken(taken, at, end)) {
          for (int k = at; k < end; k++) {
            taken[k] = true;
          }
          actors.addMention(sf[1], new TextRange(at, end), Character.isLowerCase(sf[0].charAt(0)));
        }
      }
    }
    return new Attribution(statements, actors.build(), List.of());
  }

  List<BidDraft> bids() {
    return new BidAssembler().assemble(layout(), attribution());
  }

  private boolean wordBoundary(int at, int end) {
    return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }
}
