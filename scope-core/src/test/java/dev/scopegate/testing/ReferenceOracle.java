package dev.scopegate.testing;

import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The obviously-correct model the fast path is checked against: plain {@code Set<String>}
 * expansion, written from the rules in the README, sharing no code with the engine beyond reading
 * what the catalog declares (its families or scope tokens, and its declared implications).
 *
 * <ul>
 *   <li>A claim string is split on runs of U+0020; a claim over {@link ScopeCatalog#MAX_CLAIM_LENGTH}
 *       grants nothing.
 *   <li>An entry grants only if it is, character for character, a declared scope. It grants
 *       everything it reaches by following, again and again, two kinds of edges: a declared
 *       wildcard to each verb of its family, and a declared implication to each scope it names.
 *       Of what it reaches (itself included), the concrete scopes are granted.
 *   <li>A required scope needs itself, or every verb of its family for a wildcard; it is covered
 *       when all of that is granted. A requirement is covered when every required scope is.
 *   <li>A rule of alternatives is covered when any alternative is; otherwise it reports the
 *       alternative with the fewest missing scopes, the first declared on a tie.
 *   <li>A holder holds every declared scope, wildcards included, that one of its entries is or
 *       reaches; it may delegate a requested scope only if it holds it.
 * </ul>
 */
public final class ReferenceOracle {
  private final Set<String> concrete = new LinkedHashSet<>();
  private final Set<String> known = new LinkedHashSet<>();
  /** Direct edges: a wildcard to its verbs, a scope to what it declares it implies. */
  private final Map<String, Set<String>> edges = new LinkedHashMap<>();
  /** What a required wildcard needs: its family's verbs. */
  private final Map<String, Set<String>> wildcardVerbs = new LinkedHashMap<>();

  /**
   * An oracle for the catalog's declared scopes and implications.
   *
   * @param catalog the catalog
   */
  public ReferenceOracle(ScopeCatalog catalog) {
    if (catalog.families().isEmpty()) {
      for (Scope s : catalog.scopes()) {
        concrete.add(s.toString());
        known.add(s.toString());
      }
    }
    for (ScopeFamily family : catalog.families()) {
      Set<String> verbs = new LinkedHashSet<>();
      for (Scope s : family.scopes()) {
        verbs.add(s.toString());
        concrete.add(s.toString());
        known.add(s.toString());
      }
      if (family.wildcard().isPresent()) {
        String wildcard = family.name() + ":*";
        known.add(wildcard);
        wildcardVerbs.put(wildcard, Set.copyOf(verbs));
        edges.computeIfAbsent(wildcard, k -> new LinkedHashSet<>()).addAll(verbs);
      }
    }
    for (Map.Entry<Scope, List<Scope>> e : catalog.implications().entrySet()) {
      for (Scope target : e.getValue()) {
        edges.computeIfAbsent(e.getKey().toString(), k -> new LinkedHashSet<>()).add(target.toString());
      }
    }
  }

  /** Whether the text is a declared scope. */
  public boolean isKnown(String text) {
    return known.contains(text);
  }

  /** The concrete scopes a declared scope grants (itself and everything it reaches), or nothing for anything else. */
  public Set<String> expand(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : reach(text)) {
      if (concrete.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Every declared scope, wildcards included, that a declared scope is or reaches; nothing for anything else. */
  private Set<String> reach(String text) {
    Set<String> seen = new LinkedHashSet<>();
    if (!isKnown(text)) {
      return seen;
    }
    Deque<String> todo = new ArrayDeque<>(List.of(text));
    while (!todo.isEmpty()) {
      String s = todo.pop();
      if (seen.add(s)) {
        todo.addAll(edges.getOrDefault(s, Set.of()));
      }
    }
    return seen;
  }

  /**
   * What a holder with these entries holds for delegation: every declared scope, wildcards
   * included, that an entry is or reaches. A wildcard is held only through itself or a scope
   * that reaches it, never through its verbs.
   */
  public Set<String> holds(List<String> entries) {
    Set<String> out = new LinkedHashSet<>();
    for (String e : entries) {
      out.addAll(reach(e));
    }
    return out;
  }

  /** The requested scopes (distinct, requested order) a holder of {@code held} may not delegate. */
  public static List<String> notDelegable(Set<String> held, List<String> requested) {
    List<String> out = new ArrayList<>();
    for (String r : new LinkedHashSet<>(requested)) {
      if (!held.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /** What a required scope needs granted: its family's verbs for a wildcard, else itself. */
  public Set<String> needs(String required) {
    return wildcardVerbs.getOrDefault(required, Set.of(required));
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

  /** The required scopes (distinct, declared order) whose needs are not all granted. */
  public List<String> missing(Set<String> granted, List<String> required) {
    List<String> out = new ArrayList<>();
    for (String r : new LinkedHashSet<>(required)) {
      if (!granted.containsAll(needs(r))) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether every required scope is covered. */
  public boolean covers(Set<String> granted, List<String> required) {
    return missing(granted, required).isEmpty();
  }

  /**
   * The alternative a denial reports: the one with the fewest missing scopes, the first declared
   * on a tie; {@code -1} when some alternative is covered.
   */
  public int closest(Set<String> granted, List<List<String>> alternatives) {
    int best = -1;
    int fewest = Integer.MAX_VALUE;
    for (int i = 0; i < alternatives.size(); i++) {
      int missing = missing(granted, alternatives.get(i)).size();
      if (missing == 0) {
        return -1;
      }
      if (missing < fewest) {
        fewest = missing;
        best = i;
      }
    }
    return best;
  }
}
