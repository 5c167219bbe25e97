package dev.scopegate.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits a space-delimited scope list as RFC 6749 section 3.3 does, the one way every Scopegate
 * module splits a token's {@code scope} claim or a scope argument: entries are separated by one
 * or more U+0020 spaces, leading and trailing spaces are allowed, and nothing else separates (a
 * tab, a newline or a non-breaking space stays inside its entry).
 *
 * <p>Not API: the package is exported only to Scopegate's own modules.
 *
 * {@snippet :
 * ClaimSplitter.entries("  workflow:read   file:read ");   // [workflow:read, file:read]
 * ClaimSplitter.containsEntry("a:b workflow:read", "workflow:read");   // true
 *
 * for (int at = ClaimSplitter.entryStart(claim, 0); at < claim.length(); ) {   // allocation-free
 *   int end = ClaimSplitter.entryEnd(claim, at);
 *   // the entry is claim[at, end)
 *   at = ClaimSplitter.entryStart(claim, end);
 * }
 * }
 */
public final class ClaimSplitter {
  /** The one separator. */
  public static final char SEPARATOR = ' ';

  private ClaimSplitter() {}

  /**
   * Where the next entry starts: the first index at or after {@code from} that is not a space, or
   * the text's length when none is left.
   *
   * @param text the list
   * @param from where to start looking
   * @return the start of the next entry, or {@code text.length()}
   */
  public static int entryStart(String text, int from) {
    int i = from;
    int length = text.length();
    while (i < length && text.charAt(i) == SEPARATOR) {
      i++;
    }
    return i;
  }

  /**
   * Where the entry starting at {@code start} ends: the index of the next space, or the text's
   * length.
   *
   * @param text the list
   * @param start the start of an entry
   * @return the end of the entry, exclusive
   */
  public static int entryEnd(String text, int start) {
    int end = text.indexOf(SEPARATOR, start);
    return end < 0 ? text.length() : end;
  }

  /**
   * The entries, in order, repeats kept.
   *
   * @param text the list, such as {@code "workflow:read file:read"}
   * @return the entries, possibly empty
   */
  public static List<String> entries(String text) {
    List<String> out = new ArrayList<>();
    for (int at = entryStart(text, 0); at < text.length(); at = entryStart(text, at)) {
      int end = entryEnd(text, at);
      out.add(text.substring(at, end));
      at = end;
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The longest entry {@link #containsEntry(String, String)} searches for whole: the JIT's {@code
   * indexOf} intrinsic holds a needle of up to 16 Latin-1 characters in one vector register, and
   * takes a slower path for a longer one. A longer entry is searched by its {@linkplain
   * #searchTail(String) tail} instead.
   */
  public static final int SEARCHED = 16;

  /**
   * Whether {@code entry} is one of the list's entries, found with {@link String#indexOf(String,
   * int)} (a vectorised JIT intrinsic) and checked to stand between spaces or the ends.
   * Allocates nothing.
   *
   * @param text the list
   * @param entry a text without spaces
   * @return whether it stands in the list as a whole entry
   */
  public static boolean containsEntry(String text, String entry) {
    int length = text.length();
    int from = 0;
    while (true) {
      int at = text.indexOf(entry, from);
      if (at < 0) {
        return false;
      }
      int end = at + entry.length();
      if ((at == 0 || text.charAt(at - 1) == SEPARATOR) && (end == length || text.charAt(end) == SEPARATOR)) {
        return true;
      }
      from = at + 1;
    }
  }

  /**
   * The part of an entry longer than {@value #SEARCHED} characters that {@link
   * #containsEntry(String, String, String)} searches for: its last {@value #SEARCHED} characters.
   * Compute it once per entry.
   *
   * @param entry a text without spaces, longer than {@value #SEARCHED} characters
   * @return its last {@value #SEARCHED} characters
   * @throws IllegalArgumentException if the entry is not longer than {@value #SEARCHED} characters
   */
  public static String searchTail(String entry) {
    if (entry.length() <= SEARCHED) {
      throw new IllegalArgumentException("\"" + entry + "\" is searched whole; only an entry longer than " + SEARCHED + " characters has a tail");
    }
    return entry.substring(entry.length() - SEARCHED);
  }

  /**
   * Whether an entry longer than {@value #SEARCHED} characters is one of the list's entries,
   * given its {@linkplain #searchTail(String) tail}: {@code indexOf} looks for the tail (the
   * intrinsic's fastest form; and scopes that share a prefix, such as {@code okta.users.} or
   * {@code accounting.}, differ at their end), and each place it is found is checked to be the
   * whole entry, its head included, between spaces or the ends. Allocates nothing.
   *
   * @param text the list
   * @param entry a text without spaces
   * @param tail {@code searchTail(entry)}
   * @return whether it stands in the list as a whole entry
   */
  public static boolean containsEntry(String text, String entry, String tail) {
    int length = text.length();
    int head = entry.length() - tail.length();
    int from = head;
    while (true) {
      int found = text.indexOf(tail, from);
      if (found < 0) {
        return false;
      }
      int at = found - head;
      int end = found + tail.length();
      if ((end == length || text.charAt(end) == SEPARATOR)
          && (at == 0 || text.charAt(at - 1) == SEPARATOR)
          && text.regionMatches(at, entry, 0, head)) {
        return true;
      }
      from = found + 1;
    }
  }
}
