package dev.scopegate.servlet;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.RouteTable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service the server tests run: its route table, the tokens its (fake) JWT verification
 * knows, and an independent oracle of which operation a decoded path is and what it needs.
 */
final class TestApi {
  static final String WORKFLOWS = "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows";

  static final RouteTable ROUTES = RouteTable.builder(SignstackScopes.CATALOG)
      .route("POST", WORKFLOWS, "workflow:create")
      .route("GET", WORKFLOWS, "workflow:read")
      .route("GET", WORKFLOWS + "/{workflowId}", "workflow:read")
      .route("POST", WORKFLOWS + "/{workflowId}/advance", "workflow:update", "workflow:execute")
      .route("GET", "/v1/things/{id}", "resource:read")
      .route("GET", "/v1/things/export", "resource:*")
      .publicRoute("GET", "/v1/docs/{page}")
      .route("GET", "/v1/docs/internal", "resource:update")
      .publicRoute("POST", "/v1/auth/token")
      .route("GET", "/v1/me", SignstackScopes.CATALOG.requirement())
      .build();

  /** Verified claims by bearer token; the fake verification knows only these. */
  static final Map<String, Map<String, Object>> TOKENS = Map.of(
      "reader", Map.of("sub", "u-reader", "scope", "workflow:read resource:read"),
      "creator", Map.of("sub", "u-creator", "scope", "workflow:create"),
      "advancer", Map.of("sub", "u-advancer", "scope", "workflow:update workflow:read"),
      "all", Map.of("sub", "u-all", "scope", "workflow:* resource:*"),
      "scp-list", Map.of("sub", "u-scp", "scp", List.of("workflow:read", "workflow:create")),
      "conflict", Map.of("sub", "u-conflict", "scope", "workflow:read", "scp", List.of("workflow:create")),
      "wrong-type", Map.of("sub", "u-wrong", "scope", 42),
      "none", Map.of("sub", "u-none"));

  /** One operation as the oracle sees it: a regex over the decoded path. */
  private record Operation(String method, Pattern path, Optional<List<String>> scopes) {}

  private static final String ORG_NS = "/v1/orgs/[^/]+/namespaces/[^/]+/workflows";

  /** Literal templates before parameter ones, written by hand. */
  private static final List<Operation> ORACLE = List.of(
      op("POST", ORG_NS, "workflow:create"),
      op("GET", ORG_NS, "workflow:read"),
      op("GET", ORG_NS + "/[^/]+", "workflow:read"),
      op("POST", ORG_NS + "/[^/]+/advance", "workflow:update", "workflow:execute"),
      op("GET", "/v1/things/export", "resource:*"),
      op("GET", "/v1/things/[^/]+", "resource:read"),
      op("GET", "/v1/docs/internal", "resource:update"),
      new Operation("GET", Pattern.compile("/v1/docs/[^/]+"), Optional.empty()),
      new Operation("POST", Pattern.compile("/v1/auth/token"), Optional.empty()),
      op("GET", "/v1/me"));

  private static final Map<String, List<String>> VERBS = Map.of(
      "workflow", List.of("read", "create", "update", "execute"),
      "resource", List.of("read", "create", "update", "delete"));

  private TestApi() {}

  private static Operation op(String method, String regex, String... scopes) {
    return new Operation(method, Pattern.compile(regex), Optional.of(List.of(scopes)));
  }

  /**
   * Why a request that reached the application should not have, or empty if it was entitled to:
   * judged on the decoded path the application routes on, with plain set logic.
   */
  static Optional<String> violation(String method, String decodedPath, Object claims) {
    Operation found = null;
    for (Operation o : ORACLE) {
      if (o.method().equals(method) && o.path().matcher(decodedPath).matches()) {
        found = o;
        break;
      }
    }
    if (found == null) {
      return Optional.of("no declared operation is " + method + " " + decodedPath);
    }
    if (found.scopes().isEmpty()) {
      return Optional.empty();
    }
    if (!(claims instanceof Map)) {
      return Optional.of(method + " " + decodedPath + " reached without a token");
    }
    Set<String> granted = granted((Map<?, ?>) claims);
    for (String required : found.scopes().get()) {
      if (!covers(granted, required)) {
        return Optional.of(method + " " + decodedPath + " reached without " + required);
      }
    }
    return Optional.empty();
  }

  private static Set<String> granted(Map<?, ?> claims) {
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

  private static boolean covers(Set<String> granted, String required) {
    String family = required.substring(0, required.indexOf(':'));
    if (granted.contains(required) || granted.contains(family + ":*")) {
      return true;
    }
    return required.endsWith(":*") && VERBS.get(family).stream().allMatch(v -> granted.contains(family + ":" + v));
  }
}
