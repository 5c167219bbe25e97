package dev.scopegate.benchmarks.peers;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The check a team writes by hand: the claim's entries in a {@code HashSet<String>}, and each
 * required scope looked up as is or, failing that, through its family wildcard ({@code
 * workflow:*}).
 *
 * <p>The wildcard text of every required scope is built once, with the requirement, so a request
 * costs at most two lookups per required scope. The set does not validate entries and accepts a
 * wildcard for any family.
 */
public final class NaiveHashSet {
  private NaiveHashSet() {}

  /**
   * Compiles required scopes: each scope with its family wildcard.
   *
   * @param scopes required scopes such as {@code workflow:create}
   * @return the compiled requirement
   */
  public static Required require(List<String> scopes) {
    String[] texts = scopes.toArray(new String[0]);
    String[] wildcards = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      wildcards[i] = texts[i].substring(0, texts[i].indexOf(':')) + ":*";
    }
    return new Required(texts, wildcards);
  }

  /**
   * Reads a space-delimited claim into a set.
   *
   * @param claim the claim, such as {@code "workflow:read file:read"}
   * @return the granted entries
   */
  public static Set<String> grant(String claim) {
    return new HashSet<>(Arrays.asList(claim.split(" ")));
  }

  /**
   * Reads an array claim into a set.
   *
   * @param claim the claim's entries
   * @return the granted entries
   */
  public static Set<String> grant(List<String> claim) {
    return new HashSet<>(claim);
  }

  /**
   * Whether every required scope is granted, as is or through its family wildcard.
   *
   * @param granted the granted entries
   * @param required the compiled requirement
   * @return {@code true} if covered
   */
  public static boolean covers(Set<String> granted, Required required) {
    String[] scopes = required.scopes;
    String[] wildcards = required.wildcards;
    for (int i = 0; i < scopes.length; i++) {
      if (!granted.contains(scopes[i]) && !granted.contains(wildcards[i])) {
        return false;
      }
    }
    return true;
  }

  /** Required scopes with their family wildcards, built once. */
  public static final class Required {
    private final String[] scopes;
    private final String[] wildcards;

    private Required(String[] scopes, String[] wildcards) {
      this.scopes = scopes;
      this.wildcards = wildcards;
    }
  }
}
