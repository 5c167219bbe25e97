package dev.scopegate;

import dev.scopegate.internal.ClaimSplitter;
import java.util.List;

/**
 * The strategy of a rule granted by more than {@value ClaimCheck#SEARCH_LIMIT} declared texts: one
 * pass over the claim, each entry hashed and compared in place (no substring) against the rule's
 * own small table of those texts, ORing the local bits it grants; it stops as soon as an
 * alternative is covered.
 */
final class ScanCheck extends LocalCheck {
  ScanCheck(List<Requirement> alternatives, Layout layout) {
    super(alternatives, layout);
  }

  @Override
  Decision check(String claim) {
    int length = claim.length();
    if (length > ScopeCatalog.MAX_CLAIM_LENGTH) {
      return decide(0);
    }
    ScopeTable table = layout.table;
    long acc = 0;
    for (int at = ClaimSplitter.entryStart(claim, 0); at < length; ) {
      int end = ClaimSplitter.entryEnd(claim, at);
      long bits = table.find(claim, at, end);
      if (bits != 0) {
        acc |= bits;
        if (satisfied(acc)) {
          return Decision.ALLOWED;
        }
      }
      at = ClaimSplitter.entryStart(claim, end);
    }
    return decide(acc);
  }
}
