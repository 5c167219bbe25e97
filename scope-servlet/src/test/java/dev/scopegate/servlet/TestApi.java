package dev.scopegate.servlet;

import dev.scopegate.guard.Guard;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.testing.PathTricks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service the server tests run: the route table of the shared path-trick corpus, the tokens
 * its (fake) JWT verification knows, and an independent oracle of which operation a decoded path
 * is and what it needs.
 */
final class TestApi {
  static final RouteTable ROUTES = PathTricks.ROUTES;

  /** This service, for {@link TestServer}. */
  static final TestServer.Service SERVICE = new TestServer.Service() {
    @Override
    public Guard.Builder guard() {
      return Guard.builder(ROUTES);
    }

    @Override
    public Map<String, Map<String, Object>> tokens() {
      return TOKENS;
    }

    @Override
    public Optional<String> violation(Arrival arrival, boolean preflightsPass) {
      return TestApi.violation(arrival, preflightsPass);
    }
  };

  /** Verified claims by bearer token; the fake verification knows only these. */
  static final Map<String, Map<String, Object>> TOKENS = Map.of(
      "reader", Map.of("sub", "u-reader", "scope", "workflow:read resource:read"),
      "creator", Map.of("sub", "u-creator", "scope", "workflow:create"),
      "advancer", Map.of("sub", "u-advancer", "scope", "workflow:update workflow:read"),
      "all", Map.of("sub", "u-all", "scope", PathTricks.ALL_SCOPES),
      "scp-list", Map.of("sub", "u-scp", "scp", List.of("workflow:read", "workflow:create")),
      "conflict", Map.of("sub", "u-conflict", "scope", "workflow:read", "scp", List.of("workflow:create")),
      "wrong-type", Map.of("sub", "u-wrong", "scope", 42),
      "none", Map.of("sub", "u-none"));

  /** One operation as the oracle sees it: a regex over the decoded path. */
  private record Operation(String method, Pattern path, Optional<List<String>> scopes) {}

  private static final String ORG_NS = "/v1/orgs/[^/]+/namespaces/[^/]+/workflows";

  /**
   * Literal templates before parameter ones, written by hand. HEAD is written out: the GET
   * operations' rules, except the declared HEAD of a thing, which the export literal still beats.
   */
  private static final List<Operation> ORACLE = List.of(
      op("POST", ORG_NS, "workflow:create"),
      op("GET", ORG_NS, "workflow:read"),
      op("GET", ORG_NS + "/[^/]+", "workflow:read"),
      op("POST", ORG_NS + "/[^/]+/advance", "workflow:update", "workflow:execute"),
      op("GET", "/v1/things/export", "resource:*"),
      op("GET", "/v1/things/[^/]+", "resource:read"),
      op("GET", "/v1/docs/internal", "resource:update"),
      open("GET", "/v1/docs/[^/]+"),
      open("POST", "/v1/auth/token"),
      op("GET", "/v1/me"),
      op("HEAD", ORG_NS, "workflow:read"),
      op("HEAD", ORG_NS + "/[^/]+", "workflow:read"),
      op("HEAD", "/v1/things/export", "resource:*"),
      op("HEAD", "/v1/things/[^/]+", "resource:update"),
      op("HEAD", "/v1/docs/internal", "resource:update"),
      open("HEAD", "/v1/docs/[^/]+"),
      op("HEAD", "/v1/me"));

  private static final Map<String, List<String>> VERBS = Map.of(
      "workflow", List.of("read", "create", "update", "execute"),
      "resource", List.of("read", "create", "update", "delete"));

  private TestApi() {}

  private static Operation op(String method, String regex, String... scopes) {
    return new Operation(method, Pattern.compile(regex), Optional.of(List.of(scopes)));
  }

  private static Operation open(String method, String regex) {
    return new Operation(method, Pattern.compile(regex), Optional.empty());
  }

  /** What reached the application: the method, its decoded path, the claims, the two CORS headers. */
  record Arrival(String method, String decodedPath, Object claims, Optional<String> origin, Optional<String> requestedMethod) {}

  /**
   * Why a request that reached the application should not have, or empty if it was entitled to:
   * judged on the decoded path the application routes on, with plain set logic. An {@code
   * OPTIONS} request may arrive only as a CORS preflight about a declared operation, and only
   * when the server passes preflights.
   */
  static Optional<String> violation(Arrival a, boolean preflightsPass) {
    if (a.method().equals("OPTIONS")) {
      if (!preflightsPass || a.origin().isEmpty() || a.requestedMethod().isEmpty()) {
        return Optional.of("OPTIONS " + a.decodedPath() + " reached the application as a non-preflight request");
      }
      return find(a.requestedMethod().get(), a.decodedPath()).isPresent()
          ? Optional.empty()
          : Optional.of("a preflight about an undeclared " + a.requestedMethod().get() + " " + a.decodedPath() + " reached the application");
    }
    Optional<Operation> found = find(a.method(), a.decodedPath());
    if (found.isEmpty()) {
      return Optional.of("no declared operation is " + a.method() + " " + a.decodedPath());
    }
    if (found.get().scopes().isEmpty()) {
      return Optional.empty();
    }
    if (!(a.claims() instanceof Map)) {
      return Optional.of(a.method() + " " + a.decodedPath() + " reached without a token");
    }
    Set<String> granted = granted((Map<?, ?>) a.claims());
    for (String required : found.get().scopes().get()) {
      if (!covers(granted, required)) {
        return Optional.of(a.method() + " " + a.decodedPath() + " reached without " + required);
      }
    }
    return Optional.empty();
  }

  private static Optional<Operation> find(String method, String decodedPath) {
    for (Operation o : ORACLE) {
      if (o.method().equals(method) && o.path().matcher(decodedPath).matches()) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  static Set<String> granted(Map<?, ?> claims) {
    Object scope = claims.get("scope");
    Object scp = claims.get("scp");
    if (scope != null && scp != null) {
      return Set.of();
    }
    if (scope instanceof String) {
      return new HashSet<>(Arrays.asList(((String) scope).split(" ")));
    }
    if (scope == null && scp instanceof List) {
      Set<String> out = new HashSet<>();
      for (Object o : (List<?>) scp) {
        if (o instanceof String) {
          out.add((String) o);
        }
      }
      return out;
    }
    return Set.of();
  }

  static boolean covers(Set<String> granted, String required) {
    String family = required.substring(0, required.indexOf(':'));
    if (granted.contains(required) || granted.contains(family + ":*")) {
      return true;
    }
    return required.endsWith(":*") && VERBS.get(family).stream().allMatch(v -> granted.contains(family + ":" + v));
  }
}
