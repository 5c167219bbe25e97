package dev.scopegate;

/**
 * An open-addressing hash table from scope texts to {@code long} values, looked up in place:
 * {@link #find(String, int, int)} hashes and compares a region of the claim without taking a
 * substring, so the request-time path allocates nothing. A catalog keeps one from its texts to
 * their codes ({@link Numbering}); a compiled rule keeps a small one from the few texts that
 * matter to it to the rule's local bits they grant ({@link ClaimCheck}).
 *
 * <p>Only exact matches of the stored texts are found. Everything else (a confusable, an
 * uppercase letter, a stray control character) misses, which is what makes the lenient path fail
 * closed by construction: no entry can grant unless it is, character for character, a declared
 * scope.
 *
 * <p>The hash is {@link String#hashCode()}'s polynomial, so a whole string can use its cached
 * hash. Load factor is at most 1/2; probing is linear.
 */
final class ScopeTable {
  private final String[] keys;
  private final long[] values;
  private final long missing;
  private final int mask;
  private final int maxKeyLength;

  /**
   * A table of {@code texts[i] -> values[i]}; lookups of anything else give {@code missing}.
   *
   * @throws IllegalArgumentException if a text repeats
   */
  ScopeTable(String[] texts, long[] textValues, long missing) {
    int capacity = Integer.highestOneBit(Math.max(4, texts.length * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.values = new long[capacity];
    this.missing = missing;
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
      values[slot] = textValues[i];
      longest = Math.max(longest, key.length());
    }
    this.maxKeyLength = longest;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The value of the whole of {@code s}, or the missing value. */
  long find(String s) {
    int length = s.length();
    if (length > maxKeyLength) {
      return missing;
    }
    return probe(s, 0, length, s.hashCode());
  }

  /** The value of {@code s[from, to)}, or the missing value; allocates nothing. */
  long find(String s, int from, int to) {
    int length = to - from;
    if (length > maxKeyLength) {
      return missing;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return probe(s, from, length, h);
  }

  /** The value of {@code s[from, from + length)} whose {@link String#hashCode()}-style hash is {@code hash}. */
  private long probe(String s, int from, int length, int hash) {
    int slot = spread(hash) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (key.length() == length && key.regionMatches(0, s, from, length)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return missing;
  }
}
