package org.wiretext.bench;

import java.util.Random;

/**
 * Generates realistic plain wire text of a given size for benchmarks: a headline, a dateline,
 * and paragraphs that mix direct quotes, reported speech, names with titles, organisations
 * and states, as agency copy does. Deterministic for a seed. The sentences are templates
 * written for this project, filled with invented people.
 */
public final class WireCorpus {

  private static final String[] FIRST = {"Ana", "Marek", "Lena", "Tomas", "Irina", "David",
      "Sofia", "Piotr", "Helen", "Jonas", "Elif", "Karim", "Maria", "Oskar", "Nadia", "Pavel"};
  private static final String[] LAST = {"Costa", "Novak", "Berg", "Kowalski", "Marsh",
      "Lindqvist", "Demir", "Haddad", "Ivanova", "Moraru", "Szalai", "Whitfield", "Okafor"};
  private static final String[] TITLES = {"Foreign Minister", "Prime Minister", "Senator",
      "Defence Minister", "the alliance's spokesman,", "President", "Ambassador"};
  private static final String[] STATES = {"Moldova", "Georgia", "Ukraine", "Finland",
      "Sweden", "Turkey", "Hungary", "Romania", "the United States", "France", "Germany"};
  private static final String[] ORGS = {"NATO", "the European Union", "the World Trade Organization",
      "the Council of Europe", "the United Nations", "the OECD"};
  private static final String[] CITIES = {"BRUSSELS", "WASHINGTON", "KYIV", "TBILISI",
      "HELSINKI", "ANKARA", "BUCHAREST"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June"};

  private WireCorpus() {}

  /** About {@code size} characters of wire text (never less), the same for the same seed. */
  public static String generate(int size, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(size + 1024);
    sb.append(pick(r, STATES).toUpperCase()).append(" PRESSES ").append(pick(r, ORGS).toUpperCase())
        .append(" ON MEMBERSHIP\n\n");
    sb.append(pick(r, CITIES)).append(", ").append(pick(r, MONTHS)).append(' ')
        .append(1 + r.nextInt(28)).append(" (Reuters) - ");
    boolean first = true;
    while (sb.length() < size) {
      if (!first) {
        sb.append("\n\n");
      }
      first = false;
      paragraph(r, sb);
    }
    sb.append("\n\nReporting by ").append(pick(r, FIRST)).append(' ').append(pick(r, LAST)).append('\n');
    return sb.toString();
  }

  private static void paragraph(Random r, StringBuilder sb) {
    String name = pick(r, FIRST) + " " + pick(r, LAST);
    String state = pick(r, STATES);
    String org = pick(r, ORGS);
    switch (r.nextInt(5)) {
      case 0:
        sb.append('"').append(state).append(" has done everything that was asked of it. ")
            .append("We expect a clear answer from ").append(org).append(" this year,\" said ")
            .append(pick(r, TITLES)).append(' ').append(name).append('.');
        break;
      case 1:
        sb.append(pick(r, TITLES)).append(' ').append(name).append(" said on Tuesday that ")
            .append(state).append(" would not block the application, but warned that talks with ")
            .append(org).append(" could take years.");
        break;
      case 2:
        sb.append("In a letter to ").append(name).append(", officials in ").append(state)
            .append(" asked ").append(org).append(" to open accession talks before the summer. ")
            .append("\u201CThe door must stay open,\u201D the letter reads.");
        break;
      case 3:
        sb.append("According to diplomats in Brussels, ").append(state)
            .append(" and two other members remain cautious about any enlargement, ")
            .append("while ").append(name).append(" has repeatedly stressed that membership is ")
            .append("a question of security for the whole region.");
        break;
      default:
        sb.append(name).append(", who met his counterpart in ").append(pick(r, CITIES))
            .append(", told reporters: \u00ABWe support ").append(state).append("'s bid to join ")
            .append(org).append(". The decision is taken by consensus of all members.\u00BB");
        break;
    }
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
