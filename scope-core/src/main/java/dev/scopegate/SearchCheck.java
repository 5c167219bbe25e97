package dev.scopegate;

import dev.scopegate.internal.ClaimSplitter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The strategy of a rule granted by at most {@value ClaimCheck#SEARCH_LIMIT} declared texts (nearly
 * every operation's): it does not scan the claim at all, but searches it for each text as a whole
 * entry with {@link String#indexOf(String, int)}, a vectorised JIT intrinsic that reads many
 * characters per instruction, and ORs the local bits of each one found. A text longer than 16
 * characters is searched by its last 16 (where scopes that share a prefix differ, and short enough
 * for the intrinsic's fastest form), each hit then checked whole. A text whose bits are all
 * found already is skipped, and the search stops as soon as an alternative is covered. The answer
 * is the scan's, since an entry is exactly the text between spaces.
 */
final class SearchCheck extends LocalCheck {
  private final String[] texts;
  /**
   * Per text longer than {@value ClaimSplitter#SEARCHED} characters, its {@linkplain
   * ClaimSplitter#searchTail searched tail}; null for a text searched whole.
   */
  private final @Nullable String[] tails;
  private final long[] textBits;

  SearchCheck(List<Requirement> alternatives, Layout layout) {
    super(alternatives, layout);
    this.texts = layout.texts;
    this.tails = new String[texts.length];
    for (int t = 0; t < texts.length; t++) {
      tails[t] = texts[t].length() > ClaimSplitter.SEARCHED ? ClaimSplitter.searchTail(texts[t]) : null;
    }
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
      if ((bits & ~found) != 0 && contains(claim, t)) {
        found |= bits;
        if (satisfied(found)) {
          return Decision.ALLOWED;
        }
      }
    }
    return decide(found);
  }

  private boolean contains(String claim, int t) {
    String tail = tails[t];
    return tail == null ? ClaimSplitter.containsEntry(claim, texts[t]) : ClaimSplitter.containsEntry(claim, texts[t], tail);
  }
}
