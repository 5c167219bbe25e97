package dev.scopegate.benchmarks;

import dev.scopegate.GrantedScopes;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.benchmarks.peers.NaiveHashSet;
import dev.scopegate.benchmarks.peers.QuarkusStringPermission;
import dev.scopegate.benchmarks.peers.ShiroWildcard;
import dev.scopegate.benchmarks.peers.SpringAuthorities;
import dev.scopegate.catalog.SignstackScopes;
import io.quarkus.security.StringPermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.WildcardPermission;
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
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * The check alone: both the token's grant and the operation's requirement are built before the
 * measurement, as a service does when it caches a token's grant or checks several operations
 * against one grant. Scopegate's {@link GrantedScopes#covers(Requirement)} against each peer's
 * pre-built form.
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar CompiledCheckBenchmark -prof gc
 * }
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class CompiledCheckBenchmark {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;

  /** The claim and required scopes; every scenario runs. */
  @Param
  public Scenario scenario;

  GrantedScopes granted;
  Requirement requirement;
  Set<String> naiveGranted;
  NaiveHashSet.Required naiveRequired;
  List<Permission> shiroGranted;
  WildcardPermission[] shiroRequired;
  Authentication springGranted;
  AuthorizationManager<Object> springRequired;
  List<java.security.Permission> quarkusGranted;
  StringPermission[] quarkusRequired;

  /** Builds every implementation's grant and requirement, then checks they all answer alike. */
  @Setup
  public void setUp() {
    Claim claim = scenario.claim();
    List<String> required = scenario.required();
    granted = CATALOG.parseClaim(claim.text());
    requirement = CATALOG.requirement(required.toArray(new String[0]));
    naiveGranted = NaiveHashSet.grant(claim.text());
    naiveRequired = NaiveHashSet.require(required);
    shiroGranted = ShiroWildcard.grant(claim.text());
    shiroRequired = ShiroWildcard.require(required);
    springGranted = new SpringAuthorities().grant(SpringAuthorities.jwt(claim.text()));
    springRequired = SpringAuthorities.require(required);
    quarkusGranted = QuarkusStringPermission.grant(claim.text());
    quarkusRequired = QuarkusStringPermission.require(required);

    scenario.requireAnswer("CompiledCheckBenchmark.scopegate", scopegate());
    scenario.requireAnswer("CompiledCheckBenchmark.naiveHashSet", naiveHashSet());
    scenario.requireAnswer("CompiledCheckBenchmark.shiro", shiro());
    scenario.requireAnswer("CompiledCheckBenchmark.spring", spring());
    scenario.requireAnswer("CompiledCheckBenchmark.quarkus", quarkus());
  }

  /**
   * Scopegate: one AND-NOT per bitset word the requirement touches.
   *
   * @return whether the grant covers the requirement
   */
  @Benchmark
  public boolean scopegate() {
    return granted.covers(requirement);
  }

  /**
   * The hand-written baseline: set lookups, with the family-wildcard fallback.
   *
   * @return whether the grant covers the requirement
   */
  @Benchmark
  public boolean naiveHashSet() {
    return NaiveHashSet.covers(naiveGranted, naiveRequired);
  }

  /**
   * Shiro, permissions pre-built: {@code implies} over the granted permissions.
   *
   * @return whether the grant covers the requirement
   */
  @Benchmark
  public boolean shiro() {
    return ShiroWildcard.covers(shiroGranted, shiroRequired);
  }

  /**
   * Spring Security, authentication pre-built: the authority managers.
   *
   * @return whether the grant covers the requirement
   */
  @Benchmark
  public boolean spring() {
    return SpringAuthorities.covers(springGranted, springRequired);
  }

  /**
   * Quarkus {@code StringPermission}, permissions pre-built: {@code implies} over them.
   *
   * @return whether the grant covers the requirement
   */
  @Benchmark
  public boolean quarkus() {
    return QuarkusStringPermission.covers(quarkusGranted, quarkusRequired);
  }
}
