package dev.scopegate.benchmarks;

import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalogs of any size for the scaling benchmark: families {@code family-0}, {@code family-1},
 * ... of eight verbs each (the last family takes the remainder), every family with a wildcard,
 * and a claim that grants every concrete scope.
 */
final class GeneratedCatalog {
  private static final String[] VERBS = {"read", "create", "update", "delete", "execute", "upload", "publish", "manage"};

  private GeneratedCatalog() {}

  /** A catalog of exactly {@code scopes} concrete scopes. */
  static ScopeCatalog of(int scopes) {
    if (scopes < 1) {
      throw new IllegalArgumentException("A generated catalog needs at least 1 scope, not " + scopes);
    }
    List<ScopeFamily> families = new ArrayList<>();
    for (int f = 0; f * VERBS.length < scopes; f++) {
      String name = "family-" + f;
      ScopeFamily.Builder family = ScopeFamily.builder(name, "Family " + f);
      for (int v = 0; v < VERBS.length && f * VERBS.length + v < scopes; v++) {
        family.verb(VERBS[v], "Generated verb " + VERBS[v] + " of " + name);
      }
      families.add(family.wildcard("All " + name + " verbs").build());
    }
    return ScopeCatalog.of(families);
  }

  /** The space-delimited claim of every concrete scope, in catalog order. */
  static String claimOfAll(ScopeCatalog catalog) {
    List<String> texts = new ArrayList<>();
    for (Scope s : catalog.scopes()) {
      texts.add(s.toString());
    }
    return String.join(" ", texts);
  }
}
