package dev.scopegate.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The hand-written check for the rules real APIs use: the claim's entries in a {@code
 * HashSet<String>} ({@link NaiveHashSet#grant(String)}), a rule as alternatives of required scopes,
 * and for each required scope the texts that grant it, looked up one after the other: the scope
 * itself, then its fallbacks (its family wildcard, or the scopes that imply it).
 *
 * <p>Everything but the claim is built once, with the rule, so a request costs set lookups only.
 */
public final class NaiveRules {
  private NaiveRules() {}

  /**
   * Compiles a rule.
   *
   * @param alternatives the alternatives, each a list of required scopes, any of which suffices
   * @param grantedBy for a required scope, every text that grants it, itself first
   * @return the compiled rule
   */
  public static Rule require(List<List<String>> alternatives, Function<String, List<String>> grantedBy) {
    String[][][] compiled = new String[alternatives.size()][][];
    for (int a = 0; a < compiled.length; a++) {
      List<String> required = alternatives.get(a);
      compiled[a] = new String[required.size()][];
      for (int r = 0; r < required.size(); r++) {
        compiled[a][r] = new ArrayList<>(grantedBy.apply(required.get(r))).toArray(new String[0]);
      }
    }
    return new Rule(compiled);
  }

  /**
   * Whether some alternative has every required scope granted, itself or through a fallback.
   *
   * @param granted the claim's entries
   * @param rule the compiled rule
   * @return {@code true} if allowed
   */
  public static boolean covers(Set<String> granted, Rule rule) {
    for (String[][] alternative : rule.alternatives) {
      if (coversAll(granted, alternative)) {
        return true;
      }
    }
    return false;
  }

  private static boolean coversAll(Set<String> granted, String[][] required) {
    for (String[] texts : required) {
      if (!coversOne(granted, texts)) {
        return false;
      }
    }
    return true;
  }

  private static boolean coversOne(Set<String> granted, String[] texts) {
    for (String t : texts) {
      if (granted.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** A compiled rule: per alternative, per required scope, the texts that grant it. */
  public static final class Rule {
    private final String[][][] alternatives;

    private Rule(String[][][] alternatives) {
      this.alternatives = alternatives;
    }
  }
}
