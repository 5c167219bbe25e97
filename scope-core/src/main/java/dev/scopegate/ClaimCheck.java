package dev.scopegate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a compiled rule (one or more alternative {@link Requirement}s, any of which suffices) reads a
 * token's claim in place. The strategy is chosen once, when the rule is compiled:
 *
 * <ul>
 *   <li>{@link AlwaysAllowed}: some alternative requires nothing;
 *   <li>{@link SearchCheck}: the alternatives together span at most 64 concrete scopes, granted
 *       by at most {@value #SEARCH_LIMIT} declared texts: each text is searched for as a whole claim
 *       entry with {@code String.indexOf}, a vectorised JIT intrinsic (nearly every operation's
 *       rule);
 *   <li>{@link ScanCheck}: at most 64 concrete scopes, more texts: one pass over the claim, each
 *       entry looked up in the rule's own small table of the texts that grant something it needs;
 *   <li>{@link WideCheck}: more than 64 concrete scopes: the claim is read into a granted set.
 * </ul>
 *
 * <p>A list claim is read through the same small table by the first two. None of them keeps
 * anything as large as the catalog: what a rule holds grows with the scopes it names (and the
 * scopes that grant them), not with the catalog.
 */
abstract class ClaimCheck {
  /** How many declared texts may grant a rule's scopes for {@link SearchCheck} to search for them. */
  static final int SEARCH_LIMIT = 8;

  /** The rule's alternatives, in declared order. */
  final List<Requirement> alternatives;

  ClaimCheck(List<Requirement> alternatives) {
    this.alternatives = alternatives;
  }

  /** Chooses and compiles the strategy for a rule's alternatives (all of one catalog). */
  static ClaimCheck compile(ScopeCatalog catalog, List<Requirement> alternatives) {
    for (Requirement r : alternatives) {
      if (r.scopes().isEmpty()) {
        return new AlwaysAllowed(alternatives);
      }
    }
    LocalCheck.Layout layout = LocalCheck.Layout.of(catalog, alternatives);
    if (layout == null) {
      return new WideCheck(catalog, alternatives);
    }
    if (layout.texts.length <= SEARCH_LIMIT) {
      return new SearchCheck(alternatives, layout);
    }
    return new ScanCheck(alternatives, layout);
  }

  /** Checks a space-delimited claim. */
  abstract Decision check(String claim);

  /** Checks a list claim. */
  abstract Decision check(List<?> claim);

  /** The decision for a claim that grants nothing. */
  abstract Decision nothingGranted();

  /** Checks a claim value as it comes out of a JSON claims map; never throws. */
  final Decision checkValue(@Nullable Object claimValue) {
    if (claimValue instanceof String) {
      return check((String) claimValue);
    }
    if (claimValue instanceof List) {
      return check((List<?>) claimValue);
    }
    return nothingGranted();
  }

  /**
   * The decision for a granted bitset: allowed when some alternative is covered, else the denial
   * of the closest alternative (fewest missing scopes; the first declared on a tie).
   */
  static Decision decide(List<Requirement> alternatives, long[] bits) {
    Decision closest = null;
    int fewest = Integer.MAX_VALUE;
    for (Requirement r : alternatives) {
      List<Scope> missing = r.missingFrom(bits);
      if (missing.isEmpty()) {
        return Decision.ALLOWED;
      }
      if (missing.size() < fewest) {
        fewest = missing.size();
        closest = r.onlyDenial != null ? r.onlyDenial : Decision.deny(r.scopes(), missing);
      }
    }
    return closest;
  }
}
