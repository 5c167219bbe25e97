package dev.scopegate;

import java.util.Arrays;

/**
 * An open-addressing hash table from a catalog's scope texts to their codes, looked up in place:
 * {@link #find(String, int, int)} hashes and compares a region of the claim without taking a
 * substring, so the request-time path allocates nothing.
 *
 * <p>Only exact matches of the catalog's canonical ASCII texts are found. Everything else (a
 * confusable, an uppercase letter, a stray control character) misses, which is what makes the
 * lenient path fail closed by construction: no entry can grant unless it is, character for
 * character, a declared scope.
 *
 * <p>The hash is {@link String#hashCode()}'s polynomial, so a whole string can use its cached
 * hash. Load factor is at most 1/2; probing is linear.
 */
final class ScopeTable {
  static final int MISSING = -1;

  private final String[] keys;
  private final int[] codes;
  private final int mask;
  private final int maxKeyLength;

  ScopeTable(String[] texts, int[] textCodes) {
    int capacity = Integer.highestOneBit(Math.max(4, texts.length * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.codes = new int[capacity];
    Arrays.fill(codes, MISSING);
    this.mask = capacity - 1;
    int longest = 0;
    for (int i = 0; i < texts.length; i++) {
      String key = texts[i];
      int slot = spread(key.hashCode()) & mask;
      while (keys[slot] != null) {
        if (keys[slot].equals(key)) {
          throw new IllegalArgumentException("Duplicate scope " + key);
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      codes[slot] = textCodes[i];
      longest = Math.max(longest, key.length());
    }
    this.maxKeyLength = longest;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The code of the whole of {@code s}, or {@link #MISSING}. */
  int find(String s) {
    int length = s.length();
    if (length > maxKeyLength) {
      return MISSING;
    }
    return probe(s, 0, length, s.hashCode());
  }

  /** The code of {@code s[from, to)}, or {@link #MISSING}; allocates nothing. */
  int find(String s, int from, int to) {
    int length = to - from;
    if (length > maxKeyLength) {
      return MISSING;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return probe(s, from, length, h);
  }

  /**
   * The code of {@code s[from, from + length)} whose {@link String#hashCode()}-style hash the
   * caller computed while scanning for the entry's end, or {@link #MISSING}; allocates nothing.
   */
  int probe(String s, int from, int length, int hash) {
    int slot = spread(hash) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (key.length() == length && key.regionMatches(0, s, from, length)) {
        return codes[slot];
      }
      slot = (slot + 1) & mask;
    }
    return MISSING;
  }
}
