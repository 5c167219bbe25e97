package dev.scopegate.benchmarks;

import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.catalog.SignstackScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules real APIs use, each a check every implementation must allow: an opaque catalog shaped
 * like Okta's, a scope granted through a declared implication, a rule allowed by its second
 * alternative, and a requirement compiled against a catalog equal to (but built apart from) the
 * one the token is read with, next to the same check on one catalog. {@link RuleBenchmark} runs
 * each one (a JMH enum {@code @Param}) and refuses to start if any implementation answers
 * differently.
 */
public enum RuleScenario {
  /** Okta's 109 opaque dotted scopes; a ten-scope admin token; one required scope. */
  OKTA_OPAQUE(
      "okta.apps.read okta.groups.manage okta.groups.read okta.logs.read okta.policies.read okta.roles.read"
          + " okta.sessions.read okta.userTypes.read okta.users.manage okta.users.read",
      List.of(List.of("okta.users.read"))),
  /** Xero: {@code accounting.transactions.read} required, granted through {@code accounting.transactions}. */
  IMPLIED(
      "openid profile email accounting.transactions accounting.contacts.read accounting.settings",
      List.of(List.of("accounting.transactions.read"))),
  /** Xero: read-write or read-only transactions; a read-only app is allowed by the second alternative. */
  SECOND_ALTERNATIVE(
      "openid profile email accounting.transactions.read accounting.contacts.read accounting.settings.read",
      List.of(List.of("accounting.transactions"), List.of("accounting.transactions.read"))),
  /** Signstack: the requirement compiled against a catalog equal to, but built apart from, the token's. */
  EQUAL_CATALOG(Claim.BACKEND_WORKFLOWS.text(), List.of(List.of("workflow:create"))),
  /** Signstack: the same check on one catalog instance, the reference for {@link #EQUAL_CATALOG}. */
  IDENTICAL_CATALOG(Claim.BACKEND_WORKFLOWS.text(), List.of(List.of("workflow:create")));

  private final String claim;
  private final List<List<String>> alternatives;

  RuleScenario(String claim, List<List<String>> alternatives) {
    this.claim = claim;
    this.alternatives = alternatives;
  }

  /**
   * The token's space-delimited claim.
   *
   * @return the claim
   */
  public String claim() {
    return claim;
  }

  /**
   * The rule: alternatives of required scopes, any of which suffices.
   *
   * @return the alternatives
   */
  public List<List<String>> alternatives() {
    return alternatives;
  }

  /**
   * The catalog the token is read with (built at setup; the real-API ones from their published
   * descriptions).
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    switch (this) {
      case OKTA_OPAQUE:
        return RealWorldCatalogs.okta();
      case IMPLIED:
      case SECOND_ALTERNATIVE:
        return RealWorldCatalogs.xero();
      default:
        return SignstackScopes.CATALOG;
    }
  }

  /**
   * The catalog the rule is compiled against: for {@link #EQUAL_CATALOG}, a catalog built from
   * fresh copies of every Signstack family (equal, so Scopegate interns it); otherwise {@link
   * #catalog()}.
   *
   * @return the catalog
   */
  public ScopeCatalog ruleCatalog() {
    return this == EQUAL_CATALOG ? copyOf(SignstackScopes.CATALOG) : catalog();
  }

  /** A catalog built from new family objects with the same content. */
  static ScopeCatalog copyOf(ScopeCatalog catalog) {
    List<ScopeFamily> families = new ArrayList<>();
    for (ScopeFamily f : catalog.families()) {
      ScopeFamily.Builder b = ScopeFamily.builder(f.name(), f.displayName());
      f.note().ifPresent(b::note);
      for (Scope s : f.scopes()) {
        b.verb(s.verb(), f.description(s).orElseThrow());
      }
      f.wildcard().ifPresent(w -> b.wildcard(f.description(w).orElseThrow()));
      families.add(b.build());
    }
    return ScopeCatalog.of(families);
  }

  /**
   * For the hand-written peer: every text that grants a required scope, itself first, then its
   * family's declared wildcard, then the scopes that declare they imply it.
   *
   * @param catalog the catalog
   * @param required a required scope
   * @return the granting texts
   */
  public static List<String> grantedBy(ScopeCatalog catalog, String required) {
    List<String> out = new ArrayList<>(List.of(required));
    Scope scope = catalog.parse(required);
    if (!catalog.families().isEmpty()) {
      catalog.family(scope.family()).flatMap(ScopeFamily::wildcard).ifPresent(w -> out.add(w.toString()));
    }
    for (Map.Entry<Scope, List<Scope>> e : catalog.implications().entrySet()) {
      if (e.getValue().contains(scope)) {
        out.add(e.getKey().toString());
      }
    }
    return out;
  }

  /**
   * Fails unless an implementation allowed: every scenario here is allowed, and a benchmark that
   * answers differently measures nothing.
   *
   * @param benchmark the benchmark method, such as {@code RuleBenchmark.naiveHashSet}
   * @param allowed the implementation's answer
   * @throws IllegalStateException if it denied
   */
  public void requireAllowed(String benchmark, boolean allowed) {
    if (!allowed) {
      throw new IllegalStateException(benchmark + " denies " + this + " (claim \"" + claim + "\", alternatives " + alternatives
          + "); every implementation must allow it");
    }
  }
}
