package dev.scopegate;

import dev.scopegate.internal.ClaimSplitter;
import java.util.List;

/**
 * The strategy of a rule granted by at most {@value ClaimCheck#SEARCH_LIMIT} declared texts (nearly
 * every operation's): it does not scan the claim at all, but searches it for each text as a whole
 * entry with {@link String#indexOf(String, int)}, a vectorised JIT intrinsic that reads many
 * characters per instruction, and ORs the local bits of each one found. A text whose bits are all
 * found already is skipped, and the search stops as soon as an alternative is covered. The answer
 * is the scan's, since an entry is exactly the text between spaces.
 */
final class SearchCheck extends LocalCheck {
  private final String[] texts;
  private final long[] textBits;

  SearchCheck(List<Requirement> alternatives, Layout layout) {
    super(alternatives, layout);
    this.texts = layout.texts;
    this.textBits = layout.textBits;
  }

  @Override
  Decision check(String claim) {
    if (claim.length() > ScopeCatalog.MAX_CLAIM_LENGTH) {
      return decide(0);
    }
    long found = 0;
    for (int t = 0; t < texts.length; t++) {
      long bits = textBits[t];
      if ((bits & ~found) != 0 && ClaimSplitter.containsEntry(claim, texts[t])) {
        found |= bits;
        if (satisfied(found)) {
          return Decision.ALLOWED;
        }
      }
    }
    return decide(found);
  }
}
