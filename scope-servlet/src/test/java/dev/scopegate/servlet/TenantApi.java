package dev.scopegate.servlet;

import dev.scopegate.guard.Guard;
import dev.scopegate.guard.testing.BoundPathTricks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tenant-bound service the server tests run: {@link BoundPathTricks#ROUTES} with its mode
 * lookup, tokens of two organizations (one bound to a list of namespaces), and an independent
 * oracle that judges what reached the application on the decoded path it routes on: the
 * organization, the namespace and its mode must be the token's, and the scopes must be covered.
 */
final class TenantApi {
  /** Verified claims by bearer token. */
  static final Map<String, Map<String, Object>> TOKENS = Map.of(
      "acme", BoundPathTricks.TOKEN,
      "globex", BoundPathTricks.OTHER_TENANT,
      "acme-list", Map.of("sub", "u-list", "scope", "workflow:read", "org_id", "acme",
          "namespace", List.of("signing", "staging"), "mode", "test"),
      "acme-live", Map.of("sub", "u-live", "scope", "workflow:read", "org_id", "acme",
          "namespace", List.of("signing", "billing", "ghost"), "mode", "live"),
      "acme-read-only", Map.of("sub", "u-ro", "scope", "file:read", "org_id", "acme", "namespace", "signing", "mode", "test"),
      "no-org", Map.of("sub", "u-no-org", "scope", "workflow:* file:read", "namespace", "signing", "mode", "test"),
      "numeric-org", Map.of("sub", "u-num", "scope", "workflow:* file:read", "org_id", 42, "namespace", "signing", "mode", "test"),
      "no-mode", Map.of("sub", "u-no-mode", "scope", "workflow:*", "org_id", "acme", "namespace", "signing"));

  static final TestServer.Service SERVICE = new TestServer.Service() {
    @Override
    public Guard.Builder guard() {
      return Guard.builder(BoundPathTricks.ROUTES).modeLookup(BoundPathTricks.MODES);
    }

    @Override
    public Map<String, Map<String, Object>> tokens() {
      return TOKENS;
    }

    @Override
    public Optional<String> violation(TestApi.Arrival arrival, boolean preflightsPass) {
      return TenantApi.violation(arrival);
    }
  };

  /** One operation as the oracle sees it: a regex over the decoded path; no scopes for a public one. */
  private record Operation(String method, Pattern path, Optional<List<String>> scopes) {}

  private static final String NS = "/v1/orgs/(?<org>[^/]+)/namespaces/(?<ns>[^/]+)";

  /** Literal templates before parameter ones; HEAD written out (the GET literal beats the declared HEAD). */
  private static final List<Operation> ORACLE = List.of(
      op("GET", NS + "/workflows/export", "workflow:*"),
      op("GET", NS + "/workflows", "workflow:read"),
      op("POST", NS + "/workflows", "workflow:create"),
      op("GET", NS + "/workflows/[^/]+", "workflow:read"),
      op("POST", NS + "/workflows/[^/]+/advance", "workflow:update", "workflow:execute"),
      open("GET", NS + "/branding"),
      op("GET", "/v1/orgs/(?<org>[^/]+)/files/[^/]+", "file:read"),
      op("GET", "/v1/me"),
      op("HEAD", NS + "/workflows/export", "workflow:*"),
      op("HEAD", NS + "/workflows", "workflow:read"),
      op("HEAD", NS + "/workflows/[^/]+", "workflow:update"),
      open("HEAD", NS + "/branding"),
      op("HEAD", "/v1/orgs/(?<org>[^/]+)/files/[^/]+", "file:read"),
      op("HEAD", "/v1/me"));

  private TenantApi() {}

  private static Operation op(String method, String regex, String... scopes) {
    return new Operation(method, Pattern.compile(regex), Optional.of(List.of(scopes)));
  }

  private static Operation open(String method, String regex) {
    return new Operation(method, Pattern.compile(regex), Optional.empty());
  }

  static Optional<String> violation(TestApi.Arrival a) {
    for (Operation o : ORACLE) {
      Matcher m = o.path().matcher(a.decodedPath());
      if (!o.method().equals(a.method()) || !m.matches()) {
        continue;
      }
      if (o.scopes().isEmpty()) {
        return Optional.empty();
      }
      if (!(a.claims() instanceof Map)) {
        return Optional.of(a.method() + " " + a.decodedPath() + " reached without a token");
      }
      Map<?, ?> claims = (Map<?, ?>) a.claims();
      String reached = a.method() + " " + a.decodedPath() + " reached with " + claims.get("sub") + "'s token";
      String org = group(m, "org");
      String ns = group(m, "ns");
      if (org != null && !holds(claims.get("org_id"), org)) {
        return Optional.of(reached + ", bound to another organization");
      }
      if (ns != null && !holds(claims.get("namespace"), ns)) {
        return Optional.of(reached + ", bound to another namespace");
      }
      if (ns != null && !Objects.equals(claims.get("mode"), BoundPathTricks.NAMESPACES.get(org + "/" + ns))) {
        return Optional.of(reached + " of another mode");
      }
      Set<String> granted = TestApi.granted(claims);
      for (String required : o.scopes().get()) {
        if (!TestApi.covers(granted, required)) {
          return Optional.of(reached + ", without " + required);
        }
      }
      return Optional.empty();
    }
    return Optional.of("no declared operation is " + a.method() + " " + a.decodedPath());
  }

  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
  }

  /** Whether a claim value (a string, or a list of strings) holds the decoded path value. */
  private static boolean holds(Object claim, String value) {
    return claim instanceof List ? ((List<?>) claim).contains(value) : value.equals(claim);
  }
}
