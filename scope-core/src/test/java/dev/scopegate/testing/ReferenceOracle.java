package dev.scopegate.testing;

import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The obviously-correct model the fast path is checked against: plain {@code Set<String>}
 * expansion, written from the rules in the README, sharing no code with the engine beyond reading
 * the catalog's declared families.
 *
 * <ul>
 *   <li>A claim string is split on runs of U+0020; a claim over {@link ScopeCatalog#MAX_CLAIM_LENGTH}
 *       grants nothing.
 *   <li>An entry grants only if it is, character for character, a declared scope: a concrete one
 *       grants itself, a declared wildcard grants every verb of its family.
 *   <li>A requirement is covered when every required scope's expansion is in the granted set.
 * </ul>
 */
public final class ReferenceOracle {
  private final Map<String, Set<String>> expansion = new LinkedHashMap<>();

  /**
   * An oracle for the catalog's declared scopes.
   *
   * @param catalog the catalog
   */
  public ReferenceOracle(ScopeCatalog catalog) {
    for (ScopeFamily family : catalog.families()) {
      Set<String> verbs = new LinkedHashSet<>();
      for (Scope s : family.scopes()) {
        verbs.add(s.toString());
        expansion.put(s.toString(), Set.of(s.toString()));
      }
      if (family.wildcard().isPresent()) {
        expansion.put(family.name() + ":*", Set.copyOf(verbs));
      }
    }
  }

  /** Whether the text is a declared scope. */
  public boolean isKnown(String text) {
    return expansion.containsKey(text);
  }

  /** The concrete scopes a declared scope grants, or nothing for anything else. */
  public Set<String> expand(String text) {
    return expansion.getOrDefault(text, Set.of());
  }

  /** The entries of a space-delimited claim. */
  public static List<String> entries(String claim) {
    List<String> out = new ArrayList<>();
    for (String part : claim.split(" ")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  /** What a space-delimited claim grants. */
  public Set<String> granted(String claim) {
    if (claim.length() > ScopeCatalog.MAX_CLAIM_LENGTH) {
      return Set.of();
    }
    return granted(entries(claim));
  }

  /** What a list claim grants (entries taken whole; non-strings grant nothing). */
  public Set<String> granted(List<?> claim) {
    long length = Math.max(0, claim.size() - 1);
    for (Object o : claim) {
      if (o instanceof String) {
        length += ((String) o).length();
      }
    }
    Set<String> out = new LinkedHashSet<>();
    if (length > ScopeCatalog.MAX_CLAIM_LENGTH) {
      return out;
    }
    for (Object o : claim) {
      if (o instanceof String) {
        out.addAll(expand((String) o));
      }
    }
    return out;
  }

  /** The required scopes (distinct, declared order) whose expansion is not all granted. */
  public List<String> missing(Set<String> granted, List<String> required) {
    List<String> out = new ArrayList<>();
    for (String r : new LinkedHashSet<>(required)) {
      if (!granted.containsAll(expand(r))) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether every required scope is covered. */
  public boolean covers(Set<String> granted, List<String> required) {
    return missing(granted, required).isEmpty();
  }
}
