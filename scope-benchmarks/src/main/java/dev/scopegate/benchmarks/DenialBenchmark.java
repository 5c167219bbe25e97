package dev.scopegate.benchmarks;

import dev.scopegate.Decision;
import dev.scopegate.GrantedScopes;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import java.util.Arrays;
import java.util.List;
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
 * The slow path: a denial, with the missing scopes and the 403 message {@code Token lacks required
 * scope: X}, built from a pre-built grant and from a claim read in place. The backend-workflows
 * claim against a requirement whose 1 or 3 scopes are all missing.
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar DenialBenchmark -prof gc
 * }
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class DenialBenchmark {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;
  private static final List<String> MISSING = List.of("workflow:update", "user:read", "billing:manage");

  /** How many required scopes the claim lacks (all of the requirement's). */
  @Param({"1", "3"})
  public int missing;

  String claim;
  GrantedScopes granted;
  Requirement requirement;

  /** Builds the grant and requirement, then checks the denial names exactly the missing scopes. */
  @Setup
  public void setUp() {
    claim = Claim.BACKEND_WORKFLOWS.text();
    granted = CATALOG.parseClaim(claim);
    requirement = CATALOG.requirement(MISSING.subList(0, missing).toArray(new String[0]));
    requireDenial("DenialBenchmark.compiled", granted.check(requirement));
    requireDenial("DenialBenchmark.claim", requirement.check(claim));
  }

  private void requireDenial(String benchmark, Decision decision) {
    List<String> names = Arrays.asList(decision.missing().stream().map(Object::toString).toArray(String[]::new));
    String expected = "Token lacks required scope: " + MISSING.get(0);
    if (decision.allowed() || !names.equals(MISSING.subList(0, missing))
        || !decision.message().orElse("").equals(expected)) {
      throw new IllegalStateException(
          benchmark + " gave " + decision + "; expected a denial missing " + MISSING.subList(0, missing)
              + " with the message \"" + expected + "\"");
    }
  }

  /**
   * The denial from a pre-built grant: {@link GrantedScopes#check(Requirement)}.
   *
   * @return the denial's message
   */
  @Benchmark
  public String compiled() {
    return granted.check(requirement).message().orElseThrow();
  }

  /**
   * The denial from the claim read in place: {@link Requirement#check(String)}.
   *
   * @return the denial's message
   */
  @Benchmark
  public String claim() {
    return requirement.check(claim).message().orElseThrow();
  }
}
