package org.wiretext.internal.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wiretext.internal.lexicon.LexiconFile;

/**
 * The segmenter's lexicons ({@code layout-*.tsv}), loaded once. Keys are
 * {@link TextShapes#key(CharSequence)} forms, so look-ups ignore case, quote style, doubled
 * blanks and a trailing colon or full stop.
 */
final class Lexicons {

  /** What a label opening a line introduces (see {@code layout-labels.tsv}). */
  enum LabelRole { BYLINE_WORD, BYLINE_COLON, PUBLISHED, UPDATED, ABSTRACT, FULL_TEXT, CREDIT }

  private static final Lexicons INSTANCE = new Lexicons();

  final Set<String> kickers;
  final Set<String> furnitureLines;
  final List<String> furnitureEdges;
  final Set<String> listHeadings;
  final Set<String> agencies;
  final Map<String, Integer> months;
  final Map<String, Integer> weekdays;
  final Map<String, String> zones;
  final Map<String, LabelRole> labels;
  final Set<String> captionVerbs;
  final Set<String> speechVerbs;

  private Lexicons() {
    kickers = keys("layout-kickers.tsv");
    agencies = keys("layout-agencies.tsv");
    captionVerbs = keys("layout-caption-verbs.tsv");
    speechVerbs = keys("layout-speech-verbs.tsv");
    Set<String> lines = new HashSet<>();
    List<String> edges = new ArrayList<>();
    Set<String> lists = new HashSet<>();
    for (String[] row : LexiconFile.rows("layout-furniture.tsv")) {
      String k = TextShapes.key(row[0]);
      String where = row.length > 1 ? row[1].strip() : "line";
      lines.add(k);
      if (where.equals("edge")) {
        edges.add(row[0].strip());
      } else if (where.equals("list")) {
        lists.add(k);
      }
    }
    furnitureLines = Set.copyOf(lines);
    furnitureEdges = List.copyOf(edges);
    listHeadings = Set.copyOf(lists);
    Map<String, Integer> m = new HashMap<>();
    Map<String, Integer> w = new HashMap<>();
    for (String[] row : LexiconFile.rows("layout-calendar.tsv")) {
      (row[1].strip().equals("month") ? m : w).put(TextShapes.key(row[0]), Integer.valueOf(row[2].strip()));
    }
    months = Map.copyOf(m);
    weekdays = Map.copyOf(w);
    Map<String, String> z = new HashMap<>();
    for (String[] row : LexiconFile.rows("layout-timezones.tsv")) {
      z.put(row[0].strip().toUpperCase(Locale.ROOT), row[1].strip());
    }
    zones = Map.copyOf(z);
    Map<String, LabelRole> l = new HashMap<>();
    for (String[] row : LexiconFile.rows("layout-labels.tsv")) {
      l.put(TextShapes.key(row[0]),
          LabelRole.valueOf(row[1].strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    }
    labels = Map.copyOf(l);
  }

  static Lexicons get() {
    return INSTANCE;
  }

  private static Set<String> keys(String file) {
    Set<String> out = new HashSet<>();
    for (String line : LexiconFile.lines(file)) {
      out.add(TextShapes.key(line));
    }
    return Set.copyOf(out);
  }

  /** The month number of a word ("Sept." gives 9), if it is a month. */
  Optional<Integer> month(String word) {
    return Optional.ofNullable(months.get(TextShapes.key(word)));
  }

  boolean isWeekday(String word) {
    return weekdays.containsKey(TextShapes.key(word));
  }

  boolean isAgency(CharSequence s) {
    return s.length() <= 40 && agencies.contains(TextShapes.key(s));
  }

  boolean isKicker(CharSequence s) {
    return s.length() <= 40 && kickers.contains(TextShapes.key(s));
  }

  boolean isFurnitureLine(CharSequence s) {
    return s.length() <= 60 && furnitureLines.contains(TextShapes.key(s));
  }

  boolean isListHeading(CharSequence s) {
    return s.length() <= 60 && listHeadings.contains(TextShapes.key(s));
  }

  /** The role of a label line ("PUBLISHED:"), if the whole line is one. */
  Optional<LabelRole> label(CharSequence s) {
    return s.length() <= 30 ? Optional.ofNullable(labels.get(TextShapes.key(s))) : Optional.empty();
  }
}
