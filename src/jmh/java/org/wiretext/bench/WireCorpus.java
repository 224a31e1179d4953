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

  /**
   * Writes test inputs for the measurements in docs/performance.md (run with
   * {@code java -cp target/test-classes org.wiretext.bench.WireCorpus ...} after a
   * {@code -Pbench} build):
   * <ul>
   *   <li>{@code feed BYTES}: JSON Lines of ninjs documents on standard output, at least
   *       {@code BYTES} long, articles of 1 KB to 64 KB;
   *   <li>{@code files DIR COUNT SIZE}: {@code COUNT} plain-text articles of about
   *       {@code SIZE} characters in {@code DIR}.
   * </ul>
   *
   * @param args the mode and its arguments
   * @throws java.io.IOException when writing fails
   */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length == 2 && args[0].equals("feed")) {
      feed(Long.parseLong(args[1]), System.out);
    } else if (args.length == 4 && args[0].equals("files")) {
      java.nio.file.Path dir = java.nio.file.Path.of(args[1]);
      java.nio.file.Files.createDirectories(dir);
      int count = Integer.parseInt(args[2]);
      int size = Integer.parseInt(args[3]);
      for (int i = 1; i <= count; i++) {
        java.nio.file.Files.writeString(dir.resolve(String.format("a%05d.txt", i)),
            generate(size, 1000 + i));
      }
    } else {
      System.err.println("usage: WireCorpus feed BYTES | files DIR COUNT SIZE");
      System.exit(2);
    }
  }

  private static void feed(long bytes, java.io.OutputStream out) throws java.io.IOException {
    int[] sizes = {1024, 2048, 4096, 4096, 8192, 16384, 65536};
    Random r = new Random(7);
    java.io.OutputStream o = new java.io.BufferedOutputStream(out, 1 << 20);
    long written = 0;
    for (int n = 1; written < bytes; n++) {
      String text = generate(sizes[r.nextInt(sizes.length)], n);
      int nl = text.indexOf("\n\n");
      String line = "{\"uri\":\"urn:bench:" + n + "\",\"versioncreated\":\"2026-05-04T12:00:00Z\","
          + "\"headline\":" + json(text.substring(0, nl)) + ",\"body_text\":"
          + json(text.substring(nl + 2)) + "}\n";
      byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      o.write(b);
      written += b.length;
    }
    o.flush();
  }

  /** A JSON string literal. */
  private static String json(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

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
