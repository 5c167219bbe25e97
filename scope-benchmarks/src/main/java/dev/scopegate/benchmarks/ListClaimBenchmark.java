package dev.scopegate.benchmarks;

import dev.scopegate.Decision;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.benchmarks.peers.NaiveHashSet;
import dev.scopegate.benchmarks.peers.QuarkusStringPermission;
import dev.scopegate.benchmarks.peers.ShiroWildcard;
import dev.scopegate.benchmarks.peers.SpringAuthorities;
import dev.scopegate.catalog.SignstackScopes;
import io.quarkus.security.StringPermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The token path for the same claims given as an {@code scp} array ({@code List<String>}, as a
 * JSON decoder hands it over): Scopegate's in-place {@link Requirement#check(List)}, Scopegate's
 * {@code parseClaim} then {@code check}, and each peer's parse then check.
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar ListClaimBenchmark -prof gc
 * }
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ListClaimBenchmark {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;

  /** The claim and required scopes; every scenario runs. */
  @Param
  public Scenario scenario;

  List<String> claim;
  Requirement requirement;
  NaiveHashSet.Required naiveRequired;
  WildcardPermission[] shiroRequired;
  SpringAuthorities spring;
  Jwt springJwt;
  AuthorizationManager<Object> springRequired;
  StringPermission[] quarkusRequired;

  /** Compiles every implementation's requirement, then checks they all answer alike. */
  @Setup
  public void setUp() {
    claim = scenario.claim().entries();
    requirement = CATALOG.requirement(scenario.required().toArray(new String[0]));
    naiveRequired = NaiveHashSet.require(scenario.required());
    shiroRequired = ShiroWildcard.require(scenario.required());
    spring = new SpringAuthorities();
    springJwt = SpringAuthorities.jwt(claim);
    springRequired = SpringAuthorities.require(scenario.required());
    quarkusRequired = QuarkusStringPermission.require(scenario.required());

    scenario.requireAnswer("ListClaimBenchmark.scopegate", scopegate().allowed());
    scenario.requireAnswer("ListClaimBenchmark.scopegateParseClaim", scopegateParseClaim().allowed());
    scenario.requireAnswer("ListClaimBenchmark.naiveHashSet", naiveHashSet());
    scenario.requireAnswer("ListClaimBenchmark.shiro", shiro());
    scenario.requireAnswer("ListClaimBenchmark.spring", spring());
    scenario.requireAnswer("ListClaimBenchmark.quarkus", quarkus());
  }

  /**
   * Scopegate: reads the entries in place, without building a granted set.
   *
   * @return the decision (a denial names the missing scopes and carries the message)
   */
  @Benchmark
  public Decision scopegate() {
    return requirement.check(claim);
  }

  /**
   * Scopegate through a granted set: {@code parseClaim} (which also records ignored entries),
   * then {@code check}; what a service does to check several operations against one token.
   *
   * @return the decision
   */
  @Benchmark
  public Decision scopegateParseClaim() {
    return CATALOG.parseClaim(claim).check(requirement);
  }

  /**
   * The hand-written baseline: the entries into a {@code HashSet}, then lookups.
   *
   * @return whether the claim covers the requirement
   */
  @Benchmark
  public boolean naiveHashSet() {
    return NaiveHashSet.covers(NaiveHashSet.grant(claim), naiveRequired);
  }

  /**
   * Shiro: a {@code WildcardPermission} per entry, then {@code implies}.
   *
   * @return whether the claim covers the requirement
   */
  @Benchmark
  public boolean shiro() {
    return ShiroWildcard.covers(ShiroWildcard.grant(claim), shiroRequired);
  }

  /**
   * Spring Security: the authorities converter (reading {@code scp}), then the authority managers.
   *
   * @return whether the claim covers the requirement
   */
  @Benchmark
  public boolean spring() {
    return SpringAuthorities.covers(spring.grant(springJwt), springRequired);
  }

  /**
   * Quarkus: a {@code StringPermission} per entry, then {@code implies}.
   *
   * @return whether the claim covers the requirement
   */
  @Benchmark
  public boolean quarkus() {
    return QuarkusStringPermission.covers(QuarkusStringPermission.grant(claim), quarkusRequired);
  }
}
