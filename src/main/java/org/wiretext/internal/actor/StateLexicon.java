package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wiretext.internal.lexicon.LexiconFile;

/**
 * The states lexicon ({@code states.tsv}): every UN member, observers, territories and
 * historical states, with other names, capitals and demonyms. Loaded once; immutable and
 * thread-safe.
 */
public final class StateLexicon {

  /** One state; {@code status} is un, observer, territory or historical. */
  public record Entry(String canonical, List<String> names, List<String> capitals,
      List<String> demonyms, String status) {

    public Entry {
      names = List.copyOf(names);
      capitals = List.copyOf(capitals);
      demonyms = List.copyOf(demonyms);
    }

    public boolean historical() {
      return status.equals("historical");
    }
  }

  private static final StateLexicon INSTANCE = new StateLexicon();

  private final List<Entry> entries;
  private final Map<String, Entry> byName = new LinkedHashMap<>();

  private StateLexicon() {
    List<Entry> list = new ArrayList<>();
    for (String[] row : LexiconFile.rows("states.tsv")) {
      String status = row.length > 4 ? row[4].strip() : "un";
      list.add(new Entry(row[0].strip(), OrganizationLexicon.split(row, 1),
          OrganizationLexicon.split(row, 2), OrganizationLexicon.split(row, 3), status));
    }
    this.entries = List.copyOf(list);
    for (Entry e : entries) {
      byName.putIfAbsent(e.canonical().toLowerCase(Locale.ROOT), e);
      for (String n : e.names()) {
        byName.putIfAbsent(n.toLowerCase(Locale.ROOT), e);
      }
    }
  }

  /** The one shared lexicon. */
  public static StateLexicon instance() {
    return INSTANCE;
  }

  /** Every state, in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The state of this canonical or other name ("US", "Burma"), ignoring case. */
  public Optional<Entry> lookup(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
  }
}
