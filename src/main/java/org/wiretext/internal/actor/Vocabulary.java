package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word that an actor lexicon holds (a key of a set or map, a token of a phrase in a
 * trie), each numbered: one id per distinct string, so that a lexicon can be asked by id
 * instead of hashing a string. The tokenizer looks each word of the text up once and gives
 * the token the ids of its text, its lower- and its upper-case form ({@link Token#textId()}):
 * the word classes ({@link #classes(int)}: "a name particle", "an honorific"...) and the
 * phrase tries ({@link PhraseTrie}) are then read by id. An ASCII word is looked up in place,
 * without cutting a string: the lower-case letters of all ASCII words lie in one array, so a
 * lookup reads few cache lines, and the upper-case forms the lexicons write are found from its
 * lower-case slot. A word with other characters (rare) is looked up by its strings, whose case
 * mapping is left to {@link String#toLowerCase(Locale)}. Immutable after construction, so
 * thread-safe.
 */
final class Vocabulary {

  /** Which form of a token a word class is read from ({@link #classes(int, int, int)}). */
  enum Form {
    /** the text as written */
    TEXT,
    /** the text in lower case */
    LOWER,
    /** the text in upper case */
    UPPER
  }

  /** A word class: its words, each exactly as written, read from a token's {@code form}. */
  record WordClass(Collection<String> words, Form form) {}

  /** {@link #find} of a word with a character outside ASCII: not looked up in place. */
  static final int NOT_ASCII = -2;
  /** {@link #find} of an ASCII word that no lexicon holds. */
  static final int ABSENT = -1;
  /** Set in a {@link #find} result when the word has an upper-case letter. */
  static final int CAPS = 1 << 30;
  private static final int SLOT = CAPS - 1;

  /** Open addressing by the hash of the lower-case form, at most half full; null when empty. */
  private final String[] lower;
  /**
   * Per slot {@code k}, at {@code 4k}: the hash of its lower-case form, where its letters start
   * in {@link #letters}, how many (0 for an empty slot), and the id of the lower-case form;
   * one cache line for a probe.
   */
  private final int[] probes;
  private final byte[] letters;
  /** Per slot, the forms the lexicons write the word in other than lower case ("Minister"). */
  private final String[][] forms;
  /** Per slot, the ids of {@link #forms}. */
  private final int[][] formIds;
  /** Per slot, the id of the upper-case form ("MINISTER"), or -1 when no lexicon writes it. */
  private final int[] upperIds;
  /** Per slot, the id of the capitalised form ("Minister"), or -1 when no lexicon writes it. */
  private final int[] capitalizedIds;
  /** Words with a character outside ASCII, by their exact string. */
  private final Map<String, Integer> otherIds = new HashMap<>();
  /** Per id, the word. */
  private final String[] words;
  /** Per id, the bits of the word classes that hold the word exactly as written. */
  private final long[] classes;
  /** The bits of the classes read from a token's text, lower- and upper-case form. */
  private final long textClasses;
  private final long lowerClasses;
  private final long upperClasses;
  /** Per ASCII character, the id of its one-character string, or -1. */
  private final int[] charIds = new int[0x80];
  private final int mask;
  private final int maxLength;
  /**
   * One bit per {@link #filterBit} of the hash of each lower-case form: a word whose bit is
   * clear is absent without a probe of the table. Most words of a text that no lexicon holds
   * are answered from these 8 KB, which stay in the nearest cache, instead of from the larger
   * table.
   */
  private final long[] filter = new long[1 << 10];

  /**
   * A vocabulary of {@code words} as the lexicons write them. {@code classes.get(b)} is the
   * word class of bit {@code 1L << b} (at most 64 classes); its words must be in {@code words}
   * too.
   */
  Vocabulary(Collection<String> words, List<WordClass> classes) {
    Set<String> ascii = new LinkedHashSet<>();
    Set<String> lowers = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    int max = 0;
    int chars = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (!isAscii(w)) {
        others.add(w);
        continue;
      }
      ascii.add(w);
      String l = w.toLowerCase(Locale.ROOT);
      if (lowers.add(l)) {
        chars += l.length();
      }
      max = Math.max(max, w.length());
    }
    maxLength = max;
    int size = Integer.highestOneBit(Math.max(8, lowers.size() * 2)) * 2;
    lower = new String[size];
    probes = new int[size * 4];
    letters = new byte[chars];
    forms = new String[size][];
    formIds = new int[size][];
    upperIds = new int[size];
    capitalizedIds = new int[size];
    mask = size - 1;
    List<String> byId = new ArrayList<>();
    int used = 0;
    for (String l : lowers) {
      int h = l.hashCode();
      int k = spread(h) & mask;
      while (lower[k] != null) {
        k = (k + 1) & mask;
      }
      lower[k] = l;
      probes[4 * k] = h;
      probes[4 * k + 1] = used;
      probes[4 * k + 2] = l.length();
      probes[4 * k + 3] = byId.size();
      int b = filterBit(h);
      filter[b >>> 6] |= 1L << b;
      byId.add(l);
      for (int i = 0; i < l.length(); i++) {
        letters[used++] = (byte) l.charAt(i);
      }
    }
    for (String w : ascii) {
      int found = find(w, 0, w.length());
      if (writtenId(found, w, 0, w.length()) >= 0) {
        continue; // its lower-case form, or a form seen already
      }
      int slot = found & SLOT;
      String[] f = forms[slot];
      int[] ids = formIds[slot];
      String[] g = f == null ? new String[1] : Arrays.copyOf(f, f.length + 1);
      int[] gi = ids == null ? new int[1] : Arrays.copyOf(ids, ids.length + 1);
      g[g.length - 1] = w;
      gi[gi.length - 1] = byId.size();
      byId.add(w);
      forms[slot] = g;
      formIds[slot] = gi;
    }
    for (String w : others) {
      otherIds.put(w, byId.size());
      byId.add(w);
    }
    this.words = byId.toArray(new String[0]);
    for (int k = 0; k < size; k++) {
      upperIds[k] = lower[k] == null ? -1 : lookup(lower[k].toUpperCase(Locale.ROOT));
      capitalizedIds[k] = lower[k] == null ? -1 : lookup(capitalize(lower[k]));
    }
    for (char c = 0; c < charIds.length; c++) {
      charIds[c] = lookup(String.valueOf(c));
    }
    this.classes = new long[this.words.length];
    if (classes.size() > 64) {
      throw new IllegalArgumentException("more than 64 word classes");
    }
    long[] masks = new long[Form.values().length];
    for (int b = 0; b < classes.size(); b++) {
      masks[classes.get(b).form().ordinal()] |= 1L << b;
      for (String w : classes.get(b).words()) {
        int id = id(w);
        if (id < 0) {
          throw new IllegalArgumentException("not in the vocabulary: " + w);
        }
        this.classes[id] |= 1L << b;
      }
    }
    textClasses = masks[Form.TEXT.ordinal()];
    lowerClasses = masks[Form.LOWER.ordinal()];
    upperClasses = masks[Form.UPPER.ordinal()];
  }

  /** How many words: ids run from 0 to this, exclusive. */
  int size() {
    return words.length;
  }

  /** The word of {@code id}, as a shared string. */
  String word(int id) {
    return words[id];
  }

  /** The id of the word exactly as written, or -1 when no lexicon writes it so. */
  int id(String word) {
    if (word.length() == 1 && word.charAt(0) < charIds.length) {
      return charIds[word.charAt(0)];
    }
    return lookup(word);
  }

  /** {@link #id(String)}, looked up in the table (or the map of words outside ASCII). */
  private int lookup(String word) {
    int found = find(word, 0, word.length());
    if (found == NOT_ASCII) {
      Integer id = otherIds.get(word);
      return id == null ? -1 : id;
    }
    return found == ABSENT ? -1 : writtenId(found, word, 0, word.length());
  }

  /** The id of the one-character word {@code c} ("," or "&"), or -1. */
  int id(char c) {
    return c < charIds.length ? charIds[c] : id(String.valueOf(c));
  }

  /**
   * The bits of the word classes that hold the word of {@code id} exactly as written, whatever
   * form they are read from; none for -1 (a word no lexicon writes so).
   */
  long classes(int id) {
    return id < 0 ? 0 : classes[id];
  }

  /**
   * The bits of the word classes of a token whose text, lower- and upper-case form have these
   * ids: each class asks the form it is read from.
   */
  long classes(int textId, int lowerId, int upperId) {
    return classes(textId) & textClasses | classes(lowerId) & lowerClasses
        | classes(upperId) & upperClasses;
  }

  /**
   * The slot of {@code s[from, to)} lower-cased when the vocabulary holds it, plus
   * {@link #CAPS} when the word has an upper-case letter; {@link #ABSENT} for an ASCII word it
   * does not hold; {@link #NOT_ASCII} for a word with other characters.
   */
  int find(String s, int from, int to) {
    int h = 0;
    boolean caps = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        caps = true;
      } else if (c >= 0x80) {
        return NOT_ASCII;
      }
      h = 31 * h + c;
    }
    return find(h, caps, s, from, to);
  }

  /**
   * {@link #find(String, int, int)} of an ASCII word whose lower-cased characters hash to
   * {@code h} ({@link String#hashCode()}) and that has capitals when {@code caps}, as the
   * tokenizer computes them while it scans the word.
   */
  int find(int h, boolean caps, String s, int from, int to) {
    int n = to - from;
    if (n > maxLength || n == 0) {
      return ABSENT;
    }
    int b = filterBit(h);
    if ((filter[b >>> 6] & (1L << b)) == 0) {
      return ABSENT;
    }
    int[] p = probes;
    for (int k = spread(h) & mask; ; k = (k + 1) & mask) {
      int length = p[4 * k + 2];
      if (length == 0) {
        return ABSENT;
      }
      if (p[4 * k] == h && length == n && equalsLowered(p[4 * k + 1], s, from, n)) {
        return caps ? k | CAPS : k;
      }
    }
  }

  /** The id of the lower-case form of the word {@link #find} found. */
  int lowerId(int found) {
    return probes[4 * (found & SLOT) + 3];
  }

  /** The id of the upper-case form of the word {@link #find} found, or -1 when no lexicon writes it. */
  int upperId(int found) {
    return upperIds[found & SLOT];
  }

  /**
   * The id of the capitalised form (only its first letter a capital: "Minister") of the word
   * {@link #find} found, or -1 when no lexicon writes it.
   */
  int capitalizedId(int found) {
    return capitalizedIds[found & SLOT];
  }

  /** The ASCII word with its first character a capital when it is a letter. */
  private static String capitalize(String lower) {
    char c = lower.charAt(0);
    return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) + lower.substring(1) : lower;
  }

  /**
   * The id of {@code s[from, to)} exactly as written, for the word {@link #find} found there:
   * its lower-case form, or a form a lexicon writes it in; -1 for another.
   */
  int writtenId(int found, String s, int from, int to) {
    if ((found & CAPS) == 0) {
      return lowerId(found);
    }
    String[] f = forms[found & SLOT];
    for (int k = 0; f != null && k < f.length; k++) {
      if (f[k].length() == to - from && f[k].regionMatches(0, s, from, to - from)) {
        return formIds[found & SLOT][k];
      }
    }
    return -1;
  }

  /** Whether the ASCII run {@code s[from, from + n)}, lower-cased, is the letters at {@code offset}. */
  private boolean equalsLowered(int offset, String s, int from, int n) {
    for (int k = 0; k < n; k++) {
      char c = s.charAt(from + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != letters[offset + k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The bit of {@link #filter} for hash {@code h}: other bits of it than the table's slot. */
  private static int filterBit(int h) {
    return (h * 0x9E3779B9) >>> 16;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
