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
import org.wiretext.internal.text.SixBitKeys;

/**
 * Every word that an actor lexicon holds (a key of a set or map, a token of a phrase in a
 * trie), each numbered: one id per distinct string, so that a lexicon can be asked by id
 * instead of hashing a string. The tokenizer looks each word of the text up once and gives
 * the token the ids of its text, its lower- and its upper-case form ({@link Token#textId()}):
 * the word classes ({@link #classes(int)}: "a name particle", "an honorific"...) and the
 * phrase tries ({@link PhraseTrie}) are then read by id. An ASCII word is looked up in place,
 * without cutting a string. Each lower-case form has one entry of {@link #STRIDE} longs, which
 * holds all that a token needs: the first eight letters packed in one long (a word of eight
 * letters or fewer, most words, is compared with one comparison), the ids of its lower-case,
 * upper-case and capitalised forms, and the word classes of the token for each way of writing
 * it ({@link #LOWER_CASE}, {@link #CAPITALIZED}, {@link #UPPER_CASE}), computed once here. A
 * word found thus costs the tokenizer one entry's cache lines, where separate arrays per id
 * and per form cost one line each. A word with other characters (rare) is looked up by its
 * strings, whose case mapping is left to {@link String#toLowerCase(Locale)}.
 *
 * <p>A word of at most {@link #MAX_PACKED} characters, nearly every word of a text, has a
 * shorter way in: its key ({@link #key}, six bits per lower-cased character) names it
 * exactly, so {@link #findPacked} compares keys in a table of its own and never the
 * characters, hashes or lengths. Immutable after construction, so thread-safe.
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
  private static final int ENTRY = CAPS - 1;

  /**
   * How an ASCII word is written, which names the form its text is ({@link #textId}): no
   * capital ("minister"), only the first character a capital ("Minister", "A"), capitals and
   * no lower-case letter ("NATO", "U.S."), or another mix ("McCain").
   */
  static final int LOWER_CASE = 0;
  static final int CAPITALIZED = 1;
  static final int UPPER_CASE = 2;
  static final int MIXED_CASE = 3;

  /** Words of at most this many characters have a six-bit key ({@link #key}). */
  static final int MAX_PACKED = SixBitKeys.MAX_LENGTH;
  /**
   * The six-bit keys of words as the tokenizer cuts them: letters, digits and the inner
   * {@code - ' .}, a capital keyed as its small letter.
   */
  static final SixBitKeys KEYS = new SixBitKeys("-'.");

  /** The longs of one entry, and what each holds. */
  private static final int STRIDE = 8;
  /** The first eight lower-case letters, one per byte from the lowest ({@link #pack}). */
  private static final int PACKED = 0;
  /** The hash of the lower-case form (low half) and its length (high half). */
  private static final int HASH_LENGTH = 1;
  /** The id of the lower-case form (low half) and of the upper-case form (high half, -1 if none). */
  private static final int LOWER_UPPER = 2;
  /** The id of the capitalised form (low half, -1 if none) and where its letters start in {@link #letters}. */
  private static final int CAPITALIZED_LETTERS = 3;
  /** The word classes of a token written so, at {@code CLASSES + LOWER_CASE} and so on. */
  private static final int CLASSES = 4;

  /** Open addressing by the hash of the lower-case form, at most half full: entry + 1, 0 when empty. */
  private final int[] table;
  /** Per lower-case form, {@link #STRIDE} longs (see {@link #PACKED} and the others). */
  private final long[] entries;
  private final byte[] letters;
  /** Per entry, the forms the lexicons write the word in other than lower case ("Minister"). */
  private final String[][] forms;
  /** Per entry, the ids of {@link #forms}. */
  private final int[][] formIds;
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
   * Open addressing by {@link #packedSlot} of the key of each lower-case form that has one
   * ({@link #key}), at most half full: the key at an even index, its entry at the next; a key
   * of 0 (no word's) marks an empty slot.
   */
  private final long[] packedTable;
  /** The bits of a {@link #packedTable} slot: 64 minus log2 of its slots. */
  private final int packedShift;
  /** {@link #filter} of the keys ({@link #packedFilterBit}). */
  private final long[] packedFilter = new long[1 << 10];

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
    table = new int[size];
    entries = new long[lowers.size() * STRIDE];
    letters = new byte[chars];
    forms = new String[lowers.size()][];
    formIds = new int[lowers.size()][];
    String[] lowerForms = lowers.toArray(new String[0]);
    mask = size - 1;
    int slots = Integer.highestOneBit(Math.max(8, lowers.size() * 2)) * 2;
    packedTable = new long[slots * 2];
    packedShift = Long.SIZE - Integer.numberOfTrailingZeros(slots);
    List<String> byId = new ArrayList<>();
    int used = 0;
    for (int e = 0; e < lowerForms.length; e++) {
      String l = lowerForms[e];
      int h = l.hashCode();
      int k = spread(h) & mask;
      while (table[k] != 0) {
        k = (k + 1) & mask;
      }
      table[k] = e + 1;
      long packed = 0;
      for (int i = 0; i < l.length() && i < 8; i++) {
        packed = pack(packed, i, l.charAt(i));
      }
      entries[e * STRIDE + PACKED] = packed;
      entries[e * STRIDE + HASH_LENGTH] = hashAndLength(h, l.length());
      entries[e * STRIDE + LOWER_UPPER] = byId.size();
      entries[e * STRIDE + CAPITALIZED_LETTERS] = (long) used << 32;
      int b = filterBit(h);
      filter[b >>> 6] |= 1L << b;
      byId.add(l);
      long key = key(l, 0, l.length());
      if (key != NOT_PACKED) {
        int j = packedSlot(key);
        while (packedTable[2 * j] != 0) {
          j = (j + 1) & (slots - 1);
        }
        packedTable[2 * j] = key;
        packedTable[2 * j + 1] = e;
        int pb = packedFilterBit(key);
        packedFilter[pb >>> 6] |= 1L << pb;
      }
      for (int i = 0; i < l.length(); i++) {
        letters[used++] = (byte) l.charAt(i);
      }
    }
    for (String w : ascii) {
      int found = find(w, 0, w.length());
      if (writtenId(found, w, 0, w.length()) >= 0) {
        continue; // its lower-case form, or a form seen already
      }
      int slot = found & ENTRY;
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
    for (int e = 0; e < lowerForms.length; e++) {
      int upperId = lookup(lowerForms[e].toUpperCase(Locale.ROOT));
      int capitalizedId = lookup(capitalize(lowerForms[e]));
      entries[e * STRIDE + LOWER_UPPER] |= (long) upperId << 32;
      entries[e * STRIDE + CAPITALIZED_LETTERS] |= capitalizedId & 0xFFFFFFFFL;
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
    for (int e = 0; e < lowerForms.length; e++) {
      int lowerId = lowerId(e);
      int upperId = upperId(e);
      entries[e * STRIDE + CLASSES + LOWER_CASE] = classes(lowerId, lowerId, upperId);
      entries[e * STRIDE + CLASSES + CAPITALIZED] = classes(capitalizedId(e), lowerId, upperId);
      entries[e * STRIDE + CLASSES + UPPER_CASE] = classes(upperId, lowerId, upperId);
    }
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
   * The entry of {@code s[from, to)} lower-cased when the vocabulary holds it, plus
   * {@link #CAPS} when the word has an upper-case letter; {@link #ABSENT} for an ASCII word it
   * does not hold; {@link #NOT_ASCII} for a word with other characters.
   */
  int find(String s, int from, int to) {
    int h = 0;
    long packed = 0;
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
      if (i - from < 8) {
        packed = pack(packed, i - from, c);
      }
    }
    return find(h, packed, caps, s, from, to);
  }

  /** What {@link #key} returns for a word it cannot key. */
  static final long NOT_PACKED = SixBitKeys.NOT_PACKED;

  /**
   * The six-bit key of {@code s[from, to)} lower-cased ({@link SixBitKeys}), or {@link
   * #NOT_PACKED}: the tokenizer computes the same key while it scans a word.
   */
  static long key(String s, int from, int to) {
    return KEYS.pack(s.toCharArray(), from, to);
  }

  /**
   * {@link #find(String, int, int)} of a word whose key is {@code key} ({@link #key}, not
   * {@link #NOT_PACKED}) and that has capitals when {@code caps}: one comparison of keys per
   * probe, as equal keys are equal words.
   */
  int findPacked(long key, boolean caps) {
    int b = packedFilterBit(key);
    if ((packedFilter[b >>> 6] & (1L << b)) == 0) {
      return ABSENT;
    }
    int last = (packedTable.length >>> 1) - 1;
    for (int j = packedSlot(key); ; j = (j + 1) & last) {
      long k = packedTable[2 * j];
      if (k == key) {
        int e = (int) packedTable[2 * j + 1];
        return caps ? e | CAPS : e;
      }
      if (k == 0) {
        return ABSENT;
      }
    }
  }

  /**
   * The first slot of {@code key} in {@link #packedTable} (Fibonacci hashing: the top bits of
   * the key times 2^64/phi).
   */
  private int packedSlot(long key) {
    return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> packedShift);
  }

  /** The bit of {@link #packedFilter} for {@code key}: middle bits of its product, not its slot's. */
  private static int packedFilterBit(long key) {
    return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 24) & 0xFFFF;
  }

  /**
   * {@code packed} with the ASCII character {@code c} at position {@code k} (below 8) of a
   * word: the first eight lower-case characters of a word, one per byte from the lowest.
   */
  static long pack(long packed, int k, char c) {
    return packed | (long) c << (k << 3);
  }

  /**
   * {@link #find(String, int, int)} of an ASCII word whose lower-cased characters hash to
   * {@code h} ({@link String#hashCode()}), whose first eight of them are {@code packed}
   * ({@link #pack}) and that has capitals when {@code caps}, as the tokenizer computes them
   * while it scans the word. Equal lengths and equal first eight characters make a word of
   * eight characters or fewer equal; a longer one is compared from its ninth.
   */
  int find(int h, long packed, boolean caps, String s, int from, int to) {
    int n = to - from;
    if (n > maxLength || n == 0) {
      return ABSENT;
    }
    int b = filterBit(h);
    if ((filter[b >>> 6] & (1L << b)) == 0) {
      return ABSENT;
    }
    long hashLength = hashAndLength(h, n);
    for (int k = spread(h) & mask; ; k = (k + 1) & mask) {
      int e = table[k] - 1;
      if (e < 0) {
        return ABSENT;
      }
      int at = e * STRIDE;
      if (entries[at + HASH_LENGTH] == hashLength && entries[at + PACKED] == packed
          && (n <= 8 || equalsLowered((int) (entries[at + CAPITALIZED_LETTERS] >>> 32) + 8, s, from + 8, n - 8))) {
        return caps ? e | CAPS : e;
      }
    }
  }

  private static long hashAndLength(int h, int length) {
    return h & 0xFFFFFFFFL | (long) length << 32;
  }

  /** The id of the lower-case form of the word {@link #find} found. */
  int lowerId(int found) {
    return (int) entries[(found & ENTRY) * STRIDE + LOWER_UPPER];
  }

  /** The id of the upper-case form of the word {@link #find} found, or -1 when no lexicon writes it. */
  int upperId(int found) {
    return (int) (entries[(found & ENTRY) * STRIDE + LOWER_UPPER] >> 32);
  }

  /**
   * The id of the capitalised form (only its first letter a capital: "Minister") of the word
   * {@link #find} found, or -1 when no lexicon writes it.
   */
  int capitalizedId(int found) {
    return (int) entries[(found & ENTRY) * STRIDE + CAPITALIZED_LETTERS];
  }

  /**
   * The id of {@code s[from, to)} as written, the word {@link #find} found there written in
   * {@code shape} ({@link #LOWER_CASE} and the others): the id of the form that its shape names,
   * or for a word of mixed case, of the form a lexicon writes it in ({@link #writtenId}).
   */
  int textId(int found, int shape, String s, int from, int to) {
    switch (shape) {
      case LOWER_CASE:
        return lowerId(found);
      case CAPITALIZED:
        return capitalizedId(found);
      case UPPER_CASE:
        return upperId(found);
      default:
        return writtenId(found, s, from, to);
    }
  }

  /**
   * {@link #classes(int, int, int)} of the token that the word {@link #find} found is, written
   * in {@code shape} with text id {@code textId} ({@link #textId}): read from its entry, but for
   * a word of mixed case.
   */
  long tokenClasses(int found, int shape, int textId) {
    if (shape == MIXED_CASE) {
      return classes(textId, lowerId(found), upperId(found));
    }
    return entries[(found & ENTRY) * STRIDE + CLASSES + shape];
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
    String[] f = forms[found & ENTRY];
    for (int k = 0; f != null && k < f.length; k++) {
      if (f[k].length() == to - from && f[k].regionMatches(0, s, from, to - from)) {
        return formIds[found & ENTRY][k];
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
