package dev.scopegate.benchmarks;

import dev.scopegate.AccessRule;
import dev.scopegate.Decision;
import dev.scopegate.GrantedScopes;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.benchmarks.peers.NaiveHashSet;
import dev.scopegate.benchmarks.peers.NaiveRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rules real APIs use ({@link RuleScenario}): Scopegate's compiled check ({@link
 * GrantedScopes#covers(AccessRule)}, grant and rule built beforehand) and its token path ({@link
 * AccessRule#check(String)}), next to a hand-written {@code HashSet} with the same fallbacks
 * ({@link NaiveRules}), built beforehand too.
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar RuleBenchmark -prof gc
 * }
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class RuleBenchmark {
  /** The rule and claim; every scenario runs. */
  @Param
  public RuleScenario scenario;

  String claim;
  GrantedScopes granted;
  AccessRule rule;
  Set<String> naiveGranted;
  NaiveRules.Rule naiveRule;

  /** Builds every implementation's grant and rule, then checks they all allow. */
  @Setup
  public void setUp() {
    ScopeCatalog catalog = scenario.catalog();
    ScopeCatalog ruleCatalog = scenario.ruleCatalog();
    if (!ruleCatalog.equals(catalog)) {
      throw new IllegalStateException(scenario + ": the rule's catalog is not equal to the token's");
    }
    claim = scenario.claim();
    granted = catalog.parseClaim(claim);
    List<Requirement> alternatives = new ArrayList<>();
    for (List<String> required : scenario.alternatives()) {
      alternatives.add(ruleCatalog.requirement(required.toArray(new String[0])));
    }
    rule = AccessRule.anyOf(alternatives);
    naiveGranted = NaiveHashSet.grant(claim);
    naiveRule = NaiveRules.require(scenario.alternatives(), r -> RuleScenario.grantedBy(catalog, r));

    scenario.requireAllowed("RuleBenchmark.scopegate", scopegate());
    scenario.requireAllowed("RuleBenchmark.scopegateClaim", scopegateClaim().allowed());
    scenario.requireAllowed("RuleBenchmark.naiveHashSet", naiveHashSet());
  }

  /**
   * Scopegate, compiled: one AND-NOT per alternative and bitset word.
   *
   * @return whether the grant covers the rule
   */
  @Benchmark
  public boolean scopegate() {
    return granted.covers(rule);
  }

  /**
   * Scopegate's token path: the claim string read in place against the compiled rule.
   *
   * @return the decision
   */
  @Benchmark
  public Decision scopegateClaim() {
    return rule.check(claim);
  }

  /**
   * The hand-written baseline: set lookups, with each required scope's fallbacks, per alternative.
   *
   * @return whether the grant covers the rule
   */
  @Benchmark
  public boolean naiveHashSet() {
    return NaiveRules.covers(naiveGranted, naiveRule);
  }
}
