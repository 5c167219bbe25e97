package dev.scopegate.benchmarks;

import dev.scopegate.benchmarks.SignstackApi.ApiRoute;
import dev.scopegate.benchmarks.peers.RegexRoutes;
import dev.scopegate.benchmarks.peers.SpringPathPatterns;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.Route;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.ScopeClaim;
import java.util.List;
import java.util.Objects;
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
 * A request filter's decision for one request, method and raw path and claim to an answer, on a
 * Signstack-shaped route table of 10, 150 and 1,000 operations ({@link SignstackApi}): the
 * Scopegate guard ({@link Guard#check(String, String, ScopeClaim)}: path rules, route match,
 * scope check), the same routes in Spring's {@code PathPatternParser}, and a naive list of regular
 * expressions. Each call decides the next of {@value #REQUESTS} requests, all allowed by the
 * full-access recipe's claim: every operation of the first workflows resource and of the last one
 * in the table, the same mix at every size. The peers check the matched route's scopes with the
 * same engine call, so the difference is the matching.
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar RouteMatchingBenchmark -prof gc
 * }
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class RouteMatchingBenchmark {
  /** How many requests one run cycles through; a power of two. */
  static final int REQUESTS = 2 * SignstackApi.PER_RESOURCE;

  /** How many operations the table declares. */
  @Param({"10", "150", "1000"})
  public int routes;

  String[] methods;
  String[] paths;
  String claimText;
  ScopeClaim claim;
  Guard guard;
  SpringPathPatterns spring;
  RegexRoutes regex;
  private int next;

  /** Builds the three tables, picks the requests, and checks all three give every route's answer. */
  @Setup
  public void setUp() {
    List<ApiRoute> api = SignstackApi.routes(routes);
    RouteTable.Builder table = RouteTable.builder(SignstackScopes.CATALOG);
    for (ApiRoute r : api) {
      if (r.isPublic()) {
        table.publicRoute(r.method(), r.template());
      } else {
        table.route(r.method(), r.template(), r.scopes().toArray(new String[0]));
      }
    }
    guard = Guard.of(table.build());
    spring = new SpringPathPatterns(api);
    regex = new RegexRoutes(api);
    claimText = Claim.FULL_ACCESS.text();
    claim = ScopeClaim.of(claimText);

    for (ApiRoute r : api) {
      requireSameAnswer(r, r.method(), r.samplePath());
    }
    List<ApiRoute> mix = SignstackApi.requestMix(routes);
    methods = new String[REQUESTS];
    paths = new String[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      methods[i] = mix.get(i).method();
      paths[i] = mix.get(i).samplePath();
    }
  }

  /** Every implementation must reach {@code expected} and allow the request. */
  private void requireSameAnswer(ApiRoute expected, String method, String path) {
    GuardDecision d = guard.check(method, path, claim);
    Route ours = d.route().orElse(null);
    SpringPathPatterns.Entry theirs = spring.match(method, path);
    RegexRoutes.Entry naive = regex.match(method, path);
    boolean agree = d.allowed() && ours != null && ours.template().equals(expected.template())
        && theirs != null && theirs.route().equals(expected) && spring.allows(method, path, claimText)
        && naive != null && naive.route().equals(expected) && regex.allows(method, path, claimText);
    if (!agree) {
      throw new IllegalStateException("RouteMatchingBenchmark setup (" + routes + " routes): " + method + " " + path
          + " should reach " + expected.template() + " and be allowed; the guard gave " + d + ", Spring "
          + (theirs == null ? "no route" : theirs.route().template()) + ", the regex list "
          + (naive == null ? "no route" : naive.route().template()));
    }
  }

  private int nextRequest() {
    int i = next;
    next = (i + 1) & (REQUESTS - 1);
    return i;
  }

  /**
   * Scopegate: the guard's decision (path rules, route, scope check).
   *
   * @return the decision
   */
  @Benchmark
  public GuardDecision scopegate() {
    int i = nextRequest();
    return guard.check(methods[i], paths[i], claim);
  }

  /**
   * Spring's {@code PathPatternParser}: parse the path, try the method's patterns most specific
   * first, then check the scopes.
   *
   * @return whether the request is allowed
   */
  @Benchmark
  public boolean springPathPattern() {
    int i = nextRequest();
    return spring.allows(methods[i], paths[i], claimText);
  }

  /**
   * The naive list: try each route's regular expression in order, then check the scopes.
   *
   * @return whether the request is allowed
   */
  @Benchmark
  public boolean regexList() {
    int i = nextRequest();
    return regex.allows(methods[i], paths[i], claimText);
  }

  /**
   * The requests one run cycles through, for tests.
   *
   * @return "METHOD path" per request
   */
  List<String> requests() {
    String[] out = new String[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      out[i] = methods[i] + " " + Objects.requireNonNull(paths[i]);
    }
    return List.of(out);
  }
}
