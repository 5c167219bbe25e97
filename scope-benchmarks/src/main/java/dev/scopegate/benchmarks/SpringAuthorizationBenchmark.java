package dev.scopegate.benchmarks;

import dev.scopegate.benchmarks.SignstackApi.ApiRoute;
import dev.scopegate.benchmarks.peers.SpringRequestAuthorization;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.spring.GuardAuthorizationManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The Spring Security adapter's decision for one request, {@code authorize} on a prepared request,
 * on the Signstack-shaped route table of 10, 150 and 1,000 operations ({@link SignstackApi}):
 * Scopegate's {@link GuardAuthorizationManager} against Spring Security's own {@code
 * RequestMatcherDelegatingAuthorizationManager} with a {@code PathPatternRequestMatcher} and {@code
 * hasAllScopes} per route ({@link SpringRequestAuthorization}), in the same run. Both get the same
 * verified {@link JwtAuthenticationToken}, with its {@code SCOPE_} authorities converted once, as
 * Spring does at authentication; Scopegate reads the {@code scope} claim on every call. Spring's
 * requests carry their parsed path ({@code ServletRequestPathUtils.parseAndCache}), so its matchers
 * do not parse the path once each; Scopegate applies its path rules to the raw path on every call.
 *
 * <p>The token's {@code scope} claim names every scope the table requires, exactly as the routes
 * name them, since {@code hasAllScopes} compares exact strings. Each call decides the next of
 * {@value #REQUESTS} requests ({@link SignstackApi#requestMix(int)}), all allowed. The setup
 * refuses to run unless both managers allow every route of the table, deny the same routes to a
 * token without {@code file:read}, and deny an undeclared path.
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar SpringAuthorizationBenchmark -prof gc
 * }
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class SpringAuthorizationBenchmark {
  /** How many requests one run cycles through; a power of two. */
  static final int REQUESTS = 2 * SignstackApi.PER_RESOURCE;

  /** How many operations the table declares. */
  @Param({"10", "150", "1000"})
  public int routes;

  GuardAuthorizationManager scopegate;
  SpringRequestAuthorization spring;
  Supplier<Authentication> authentication;
  RequestAuthorizationContext[] contexts;
  MockHttpServletRequest[] requests;
  private int next;

  /** Builds both managers, prepares the requests, and checks that both give the same answers. */
  @Setup
  public void setUp() {
    List<ApiRoute> api = SignstackApi.routes(routes);
    RouteTable.Builder table = RouteTable.builder(SignstackScopes.CATALOG);
    Set<String> every = new LinkedHashSet<>();
    for (ApiRoute r : api) {
      if (r.isPublic()) {
        table.publicRoute(r.method(), r.template());
      } else {
        table.route(r.method(), r.template(), r.scopes().toArray(new String[0]));
        every.addAll(r.scopes());
      }
    }
    scopegate = GuardAuthorizationManager.of(Guard.of(table.build()));
    spring = new SpringRequestAuthorization(api);
    Authentication token = token(String.join(" ", every));
    authentication = () -> token;

    Set<String> narrow = new LinkedHashSet<>(every);
    narrow.remove("file:read");
    Authentication narrowToken = token(String.join(" ", narrow));
    for (ApiRoute r : api) {
      requireAnswer(r.method(), r.samplePath(), token, true);
      requireAnswer(r.method(), r.samplePath(), narrowToken, !r.scopes().contains("file:read"));
    }
    requireAnswer("GET", "/v1/orgs/o-1/undeclared", token, false);

    List<ApiRoute> mix = SignstackApi.requestMix(routes);
    contexts = new RequestAuthorizationContext[REQUESTS];
    requests = new MockHttpServletRequest[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      requests[i] = request(mix.get(i).method(), mix.get(i).samplePath());
      contexts[i] = new RequestAuthorizationContext(requests[i]);
    }
  }

  /** A verified token with this {@code scope} claim and Spring's authorities for it. */
  private static Authentication token(String scope) {
    Instant now = Instant.now();
    Jwt jwt = Jwt.withTokenValue("benchmark")
        .header("alg", "RS256")
        .issuer("https://auth.example.test/")
        .subject("key_benchmark")
        .issuedAt(now)
        .expiresAt(now.plusSeconds(3600))
        .claim("scope", scope)
        .build();
    return new JwtAuthenticationToken(jwt, new JwtGrantedAuthoritiesConverter().convert(jwt));
  }

  /** A request as the servlet container hands it over, with the parsed path Spring's matchers read. */
  private static MockHttpServletRequest request(String method, String path) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    ServletRequestPathUtils.parseAndCache(request);
    return request;
  }

  private void requireAnswer(String method, String path, Authentication token, boolean allowed) {
    MockHttpServletRequest request = request(method, path);
    AuthorizationResult ours = scopegate.authorize(() -> token, new RequestAuthorizationContext(request));
    AuthorizationResult theirs = spring.authorize(() -> token, request);
    if (ours.isGranted() != allowed || theirs.isGranted() != allowed) {
      throw new IllegalStateException("SpringAuthorizationBenchmark setup (" + routes + " routes): " + method + " " + path
          + " with scope \"" + ((JwtAuthenticationToken) token).getToken().getClaimAsString("scope") + "\" should be "
          + (allowed ? "allowed" : "denied") + "; Scopegate gave " + ours + ", Spring " + theirs);
    }
  }

  private int nextRequest() {
    int i = next;
    next = (i + 1) & (REQUESTS - 1);
    return i;
  }

  /**
   * Scopegate: {@code GuardAuthorizationManager.authorize} (path rules, route, the claim read from
   * the token, scope check).
   *
   * @return the result
   */
  @Benchmark
  public AuthorizationResult scopegate() {
    return scopegate.authorize(authentication, contexts[nextRequest()]);
  }

  /**
   * Spring Security: {@code RequestMatcherDelegatingAuthorizationManager.authorize} (the mappings
   * in order, {@code hasAllScopes} of the first that matches).
   *
   * @return the result
   */
  @Benchmark
  public AuthorizationResult springSecurity() {
    return spring.authorize(authentication, requests[nextRequest()]);
  }

  /**
   * The requests one run cycles through, for tests.
   *
   * @return "METHOD path" per request
   */
  List<String> requests() {
    List<String> out = new ArrayList<>();
    for (MockHttpServletRequest r : requests) {
      out.add(r.getMethod() + " " + r.getRequestURI());
    }
    return out;
  }
}
