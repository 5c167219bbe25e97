package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.testing.ReferenceOracle;
import dev.scopegate.testing.ScopeArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The delegation laws, checked against {@link ReferenceOracle} over generated catalogs of both
 * grammars, with and without implications: a delegation is allowed exactly when the holder holds
 * every requested scope (a wildcard only through itself or a scope reaching it); a delegated set
 * never grants or holds more than its holder; and a chain of delegations never widens.
 */
class DelegationProperties {
  /** A catalog, a holder's claim (with junk entries), a requested set, and chain steps as picks. */
  record Case(ScopeCatalog catalog, List<String> holder, List<String> requested, List<List<Integer>> steps) {}

  @Provide
  Arbitrary<Case> cases() {
    return ScopeArbitraries.anyCatalogs().flatMap(catalog -> Combinators.combine(
            ScopeArbitraries.claimLists(catalog),
            ScopeArbitraries.requirements(catalog),
            Arbitraries.integers().between(0, 1_000).list().ofMaxSize(6).list().ofMinSize(1).ofMaxSize(5))
        .as((holder, requested, steps) -> new Case(catalog, holder, requested, steps)));
  }

  @Property(tries = 400)
  void delegationIsExactlyHoldingEveryRequestedScope(@ForAll("cases") Case c) {
    ReferenceOracle oracle = new ReferenceOracle(c.catalog());
    GrantedScopes holder = c.catalog().parseClaim(c.holder());

    Delegation d = Delegation.check(holder, c.catalog().parseAll(c.requested()));

    List<String> expected = ReferenceOracle.notDelegable(oracle.holds(c.holder()), c.requested());
    assertThat(texts(d.notHeld())).isEqualTo(expected);
    assertThat(d.allowed()).isEqualTo(expected.isEmpty());
    assertThat(d.message()).isEqualTo(expected.isEmpty()
        ? Optional.empty()
        : Optional.of("Token cannot delegate scope: " + expected.get(0)));
    boolean covered = holder.covers(c.catalog().requirement(c.requested().toArray(new String[0])));
    if (d.allowed()) {
      assertThat(covered).as("what may be delegated is covered").isTrue();
    }
    if (c.requested().stream().noneMatch(s -> s.endsWith(":*"))) {
      assertThat(d.allowed()).as("without wildcards, delegation is coverage").isEqualTo(covered);
    }
    Statistics.label("delegation").collect(d.allowed() ? "allowed" : "refused");
    Statistics.label("delegation").coverage(cov -> {
      cov.check("allowed").count(n -> n > 0);
      cov.check("refused").count(n -> n > 0);
    });
  }

  @Property(tries = 400)
  void aDelegatedSetNeverGrantsOrHoldsBeyondItsHolder(@ForAll("cases") Case c) {
    ReferenceOracle oracle = new ReferenceOracle(c.catalog());
    GrantedScopes holder = c.catalog().parseClaim(c.holder());
    List<String> requested = picks(oracle.holds(c.holder()), c.steps().get(0), c.requested());

    Delegation d = Delegation.check(holder, c.catalog().parseAll(requested));

    if (d.allowed()) {
      assertThat(oracle.granted(requested)).isSubsetOf(oracle.granted(c.holder()));
      assertThat(oracle.holds(requested)).isSubsetOf(oracle.holds(c.holder()));
      assertThat(holder.expanded()).containsAll(c.catalog().grant(c.catalog().parseAll(requested)).expanded());
    }
    Statistics.label("picked").collect(d.allowed() ? (requested.isEmpty() ? "nothing" : "allowed") : "refused");
    Statistics.label("picked").coverage(cov -> cov.check("allowed").count(n -> n > 0));
  }

  @Property(tries = 300)
  void aChainOfDelegationsNeverWidens(@ForAll("cases") Case c) {
    ReferenceOracle oracle = new ReferenceOracle(c.catalog());
    Set<String> firstGranted = oracle.granted(c.holder());
    Set<String> firstHeld = oracle.holds(c.holder());
    GrantedScopes holder = c.catalog().parseClaim(c.holder());
    List<String> current = c.holder();
    int length = 0;
    for (List<Integer> step : c.steps()) {
      List<String> requested = picks(oracle.holds(current), step, c.requested());
      Delegation d = Delegation.check(holder, c.catalog().parseAll(requested));
      if (!d.allowed()) {
        assertThat(oracle.holds(current).containsAll(requested)).isFalse();
        continue;
      }
      assertThat(oracle.granted(requested)).isSubsetOf(firstGranted);
      assertThat(oracle.holds(requested)).isSubsetOf(firstHeld);
      holder = c.catalog().grant(c.catalog().parseAll(requested));
      current = requested;
      length++;
    }
    Statistics.label("chain length").collect(Math.min(length, 3));
    Statistics.label("chain length").coverage(cov -> cov.check(3).count(n -> n > 0));
  }

  /**
   * A requested set drawn mostly from what a holder holds: each pick selects one held scope (in
   * a stable order), and a pick above 900 adds a scope from {@code extra} instead, which the
   * holder may not hold.
   */
  private static List<String> picks(Set<String> held, List<Integer> picks, List<String> extra) {
    List<String> pool = new ArrayList<>(held);
    List<String> out = new ArrayList<>();
    for (int p : picks) {
      if (p > 900 && !extra.isEmpty()) {
        out.add(extra.get(p % extra.size()));
      } else if (!pool.isEmpty()) {
        out.add(pool.get(p % pool.size()));
      }
    }
    return out;
  }

  private static List<String> texts(List<Scope> scopes) {
    List<String> out = new ArrayList<>();
    for (Scope s : scopes) {
      out.add(s.toString());
    }
    return out;
  }
}
