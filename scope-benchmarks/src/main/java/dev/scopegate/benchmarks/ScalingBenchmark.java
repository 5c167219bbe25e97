package dev.scopegate.benchmarks;

import dev.scopegate.Decision;
import dev.scopegate.GrantedScopes;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
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
 * How Scopegate's costs grow with the granted set: generated catalogs of 1 to 1,024 scopes, a
 * claim granting all of them, and a requirement of the catalog's last scope (so reading the claim
 * in place cannot stop early). The compiled check should stay flat; reading the claim should grow
 * linearly with its length, no worse.
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar ScalingBenchmark -prof gc
 * }
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ScalingBenchmark {
  /** How many scopes the catalog has and the claim grants. */
  @Param({"1", "9", "35", "64", "256", "1024"})
  public int scopes;

  ScopeCatalog catalog;
  String claim;
  GrantedScopes granted;
  Requirement requirement;

  /** Generates the catalog and claim, then checks the claim grants every scope and no entry is ignored. */
  @Setup
  public void setUp() {
    catalog = GeneratedCatalog.of(scopes);
    claim = GeneratedCatalog.claimOfAll(catalog);
    granted = catalog.parseClaim(claim);
    int size = catalog.scopes().size();
    requirement = catalog.requirement(catalog.scopes().get(size - 1).toString());
    if (size != scopes || !granted.ignored().isEmpty() || granted.expanded().size() != scopes
        || !check() || !checkClaim().allowed() || !parseClaim().covers(requirement)) {
      throw new IllegalStateException(
          "ScalingBenchmark setup: the generated claim of " + scopes + " scopes does not grant all of them: " + granted);
    }
  }

  /**
   * The compiled check: {@link GrantedScopes#covers(Requirement)}.
   *
   * @return whether the grant covers the requirement
   */
  @Benchmark
  public boolean check() {
    return granted.covers(requirement);
  }

  /**
   * Reading the whole claim leniently into a granted set: {@link ScopeCatalog#parseClaim(String)}.
   *
   * @return the granted set
   */
  @Benchmark
  public GrantedScopes parseClaim() {
    return catalog.parseClaim(claim);
  }

  /**
   * Reading the claim in place against the requirement: {@link Requirement#check(String)}.
   *
   * @return the decision
   */
  @Benchmark
  public Decision checkClaim() {
    return requirement.check(claim);
  }
}
