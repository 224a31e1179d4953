package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wiretext.internal.lexicon.LexiconFile;

/**
 * The organisations lexicon ({@code organizations.tsv}), shared by the actor stage (which
 * finds the organisations) and the bid stage (which asks whether a state can join one). Loaded
 * once; immutable and thread-safe.
 */
public final class OrganizationLexicon {

  /**
   * One organisation.
   *
   * @param canonical the name its actor gets ("NATO")
   * @param category alliance, union, programme, trade, financial, un-body, council, parliament,
   *     government, party, media, company or other
   * @param joinable whether a state can seek to join it (NATO, EU, WTO, PfP...)
   * @param names other names and acronyms, matched anywhere
   * @param contextNames generic names that stand for it only when the article also names it
   * @param partOf the organisations it belongs to ("European Union" for the Commission)
   */
  public record Entry(String canonical, String category, boolean joinable, List<String> names,
      List<String> contextNames, List<String> partOf) {

    public Entry {
      names = List.copyOf(names);
      contextNames = List.copyOf(contextNames);
      partOf = List.copyOf(partOf);
    }
  }

  private static final OrganizationLexicon INSTANCE = new OrganizationLexicon();

  private final List<Entry> entries;
  private final Map<String, Entry> byName = new LinkedHashMap<>();
  /**
   * {@link #lookup} of each canonical name and other name exactly as the lexicon writes it,
   * answered once here: the stages ask by canonical names, and folding one costs a copy.
   */
  private final Map<String, Entry> byExactName = new HashMap<>();

  private OrganizationLexicon() {
    List<Entry> list = new ArrayList<>();
    for (String[] row : LexiconFile.rows("organizations.tsv")) {
      if (row.length < 3) {
        continue;
      }
      Entry e = new Entry(row[0].strip(), row[1].strip(), row[2].strip().equals("y"),
          split(row, 3), split(row, 4), split(row, 5));
      list.add(e);
    }
    this.entries = List.copyOf(list);
    for (Entry e : entries) {
      byName.putIfAbsent(fold(e.canonical()), e);
    }
    for (Entry e : entries) {
      for (String n : e.names()) {
        byName.putIfAbsent(fold(n), e);
      }
    }
    for (Entry e : entries) {
      byExactName.put(e.canonical(), byName.get(fold(e.canonical())));
      for (String n : e.names()) {
        byExactName.put(n, byName.get(fold(n)));
      }
    }
  }

  /** The one shared lexicon. */
  public static OrganizationLexicon instance() {
    return INSTANCE;
  }

  /** Every organisation, in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The organisation with this canonical name or one of its other names ("NATO", "EU",
   * "European Union"), ignoring case and a leading "the"; empty when the lexicon does not know it.
   */
  public Optional<Entry> lookup(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Entry exact = byExactName.get(name);
    return Optional.ofNullable(exact != null ? exact : byName.get(fold(name)));
  }

  /** Whether a state can seek to join the organisation of this name; false when unknown. */
  public boolean joinable(String name) {
    return lookup(name).map(Entry::joinable).orElse(false);
  }

  static List<String> split(String[] row, int column) {
    List<String> out = new ArrayList<>();
    if (column < row.length) {
      for (String s : row[column].split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  private static String fold(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("the ") ? t.substring(4) : t;
  }
}
