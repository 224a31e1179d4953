package org.wiretext.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon resource under {@code /org/wiretext/lexicon/}: UTF-8 text, one entry a line,
 * fields separated by tabs, blank lines and lines starting with {@code #} ignored. Each file
 * documents its own columns in its leading comment.
 */
public final class LexiconFile {

  private LexiconFile() {}

  /** The entries of {@code name} (e.g. {@code "speech-cues.tsv"}), each split into its fields. */
  public static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(name)) {
      out.add(line.split("\t", -1));
    }
    return out;
  }

  /** The non-comment, non-blank lines of {@code name}, trimmed. */
  public static List<String> lines(String name) {
    String path = "/org/wiretext/lexicon/" + name;
    try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
  }
}
