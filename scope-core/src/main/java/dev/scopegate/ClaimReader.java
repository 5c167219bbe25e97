package dev.scopegate;

import dev.scopegate.internal.ClaimSplitter;
import dev.scopegate.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Reads a token's claim leniently into a {@link GrantedScopes}: every entry that is exactly a
 * declared scope adds its implication closure to the bits; every other entry grants nothing and
 * is reported, in claim order, with the reason. Never throws for any claim content.
 */
final class ClaimReader {
  private final ScopeCatalog catalog;
  private final Numbering numbering;
  private final long[] bits;
  private final List<Scope> entries = new ArrayList<>();
  private final boolean[] seen;
  private final List<IgnoredEntry> ignored = new ArrayList<>();
  private int position;

  private ClaimReader(ScopeCatalog catalog) {
    this.catalog = catalog;
    this.numbering = catalog.numbering();
    this.bits = new long[numbering.words()];
    this.seen = new boolean[numbering.codeCount()];
  }

  /** Reads a space-delimited claim (RFC 6749 section 3.3). */
  static GrantedScopes read(ScopeCatalog catalog, String claim) {
    ClaimReader reader = new ClaimReader(catalog);
    if (claim.length() > ScopeCatalog.MAX_CLAIM_LENGTH) {
      reader.ignoreAll(claim, claimTooLong(claim.length()));
      return reader.result();
    }
    for (int at = ClaimSplitter.entryStart(claim, 0); at < claim.length(); ) {
      int end = ClaimSplitter.entryEnd(claim, at);
      reader.entry(reader.numbering.find(claim, at, end), claim, at, end);
      at = ClaimSplitter.entryStart(claim, end);
    }
    return reader.result();
  }

  /** Reads a list claim: each element one entry, taken whole. */
  static GrantedScopes read(ScopeCatalog catalog, List<?> claim) {
    ClaimReader reader = new ClaimReader(catalog);
    long total = listClaimLength(claim);
    if (total > ScopeCatalog.MAX_CLAIM_LENGTH) {
      reader.ignoreAll("<" + claim.size() + " entries>", claimTooLong(total));
      return reader.result();
    }
    for (Object entry : claim) {
      if (entry instanceof String) {
        String s = (String) entry;
        reader.entry(reader.numbering.find(s), s, 0, s.length());
      } else {
        reader.ignoreNonString(entry);
      }
    }
    return reader.result();
  }

  /** The length a list claim would have as a space-delimited string. */
  static long listClaimLength(List<?> claim) {
    int size = claim.size();
    long total = Math.max(0, size - 1);
    if (claim instanceof RandomAccess) {
      for (int i = 0; i < size; i++) {
        total += lengthOf(claim.get(i));
      }
    } else {
      for (Object entry : claim) {
        total += lengthOf(entry);
      }
    }
    return total;
  }

  private static int lengthOf(@Nullable Object entry) {
    return entry instanceof String ? ((String) entry).length() : 0;
  }

  static Grammar.Diagnosis claimTooLong(long length) {
    return new Grammar.Diagnosis(
        ScopeProblem.CLAIM_TOO_LONG,
        "the claim is " + length + " characters long; a claim has at most " + ScopeCatalog.MAX_CLAIM_LENGTH);
  }

  /**
   * Records {@code claim[from, to)}, whose code is {@code code}: a whole list element is looked
   * up with its cached {@link String#hashCode()}, a region of a string claim in place.
   */
  private void entry(int code, String claim, int from, int to) {
    if (code == Numbering.MISSING) {
      String text = claim.substring(from, to);
      Grammar.Diagnosis why = catalog.diagnoser().diagnose(text, false);
      ignored.add(new IgnoredEntry(text, position, why.problem(), why.reason()));
    } else {
      catalog.closure().setGranted(bits, code);
      if (!seen[code]) {
        seen[code] = true;
        entries.add(numbering.scope(code));
      }
    }
    position++;
  }

  private void ignoreNonString(@Nullable Object entry) {
    String what = entry == null ? "null" : "a " + entry.getClass().getName();
    ignored.add(new IgnoredEntry("", position, ScopeProblem.NOT_A_STRING, "the entry is " + what + ", not a string"));
    position++;
  }

  private void ignoreAll(String claim, Grammar.Diagnosis why) {
    String preview = claim.length() > Text.QUOTE_LIMIT ? claim.substring(0, Text.QUOTE_LIMIT) : claim;
    ignored.add(new IgnoredEntry(preview, 0, why.problem(), why.reason()));
  }

  private GrantedScopes result() {
    return new GrantedScopes(catalog, bits, List.copyOf(entries), List.copyOf(ignored));
  }
}
