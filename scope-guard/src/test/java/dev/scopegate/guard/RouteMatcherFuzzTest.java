package dev.scopegate.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scopegate.Scope;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import dev.scopegate.internal.Text;
import dev.scopegate.testing.FuzzInput;
import dev.scopegate.testing.ReferenceOracle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of {@link Guard#check}: the route matcher, the raw-path rules and the
 * scope check behind them, against an oracle written in this class from the documented rules
 * (the path table in {@link Guard}'s Javadoc, the template and precedence rules in {@link
 * RouteTable}'s) and {@link ReferenceOracle} for the claim. {@code ./mvnw verify} replays the
 * inputs under {@code src/test/resources/dev/scopegate/guard/RouteMatcherFuzzTestInputs/<method>/};
 * to fuzz for real, see scope-servlet/README.md ({@code JAZZER_FUZZ=1}).
 *
 * <p>An input is text (through {@link FuzzInput}, so an ASCII file reads as itself) of up to three
 * lines: the method, the raw path, and the claim. No third line: no token. A claim line starting
 * with {@code @} is the {@code scp} list form (entries separated by {@code ,}); one starting with
 * {@code !} is an unusable claim with the rest as its reason; anything else is the space-delimited
 * {@code scope} claim as written.
 */
class RouteMatcherFuzzTest {
  private static final String WORKFLOWS = "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows";
  private static final String WORKFLOW = WORKFLOWS + "/{workflowId}";

  /**
   * Signstack-like operations: namespaced templates, literal-versus-parameter siblings at several
   * depths (some of which make the matcher back up), public routes, one that needs any token, and
   * several methods on one template.
   */
  static final RouteTable ROUTES = RouteTable.builder(SignstackScopes.CATALOG)
      .route("POST", WORKFLOWS, "workflow:create")
      .route("GET", WORKFLOWS, "workflow:read")
      .route("GET", WORKFLOW, "workflow:read")
      .route("GET", WORKFLOWS + "/export", "workflow:read", "file:read")
      .route("PATCH", WORKFLOW, "workflow:update")
      .route("DELETE", WORKFLOW, "workflow:*")
      .route("POST", WORKFLOW + "/advance", "workflow:update", "workflow:execute")
      .route("GET", "/v1/orgs/{orgId}/namespaces/{namespaceKey}", "namespace:read")
      .route("PUT", "/v1/orgs/{orgId}/namespaces/{namespaceKey}", "namespace:update")
      .route("GET", "/v1/orgs/{orgId}/files/{fileId}", "file:read")
      .route("GET", "/v1/orgs/me/files/{fileId}", "file:read", "user:read")
      .route("GET", "/v1/things/{id}", "resource:read")
      .route("GET", "/v1/things/export", "resource:*")
      .route("DELETE", "/v1/things/{id}", "resource:delete")
      .route("GET", "/{tenant}/things/{id}/history", "resource:read", "scenario:read")
      .publicRoute("GET", "/v1/docs/{page}")
      .route("GET", "/v1/docs/internal", "resource:update")
      .publicRoute("POST", "/v1/auth/token")
      .route("GET", "/v1/me", SignstackScopes.CATALOG.requirement())
      .route("post", "/v1/webhooks/{webhookId}/test", "webhook:update")
      .route("HEAD", "/v1/things/{id}", "resource:update")
      .publicRoute("head", "/v1/orgs/{orgId}/files/{fileId}")
      .route("HEAD", "/v1/status", "namespace:read")
      .publicRoute("GET", "/")
      .build();

  private static final Guard GUARD = Guard.of(ROUTES);
  private static final ReferenceOracle SCOPES = new ReferenceOracle(SignstackScopes.CATALOG);

  /** RFC 9110 {@code token}. */
  private static final Pattern METHOD = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

  /**
   * One acceptable path segment, from the table of rejected paths in {@link Guard}: raw RFC 3986
   * {@code pchar}s except {@code ;}, and percent-encodings only of printable ASCII that is not
   * unreserved and not {@code / \ . ; %} (hex digits in either case).
   */
  private static final Pattern SEGMENT = Pattern.compile(
      "(?:[A-Za-z0-9\\-._~!$&'()*+,=:@]|%(?i:" + allowedEncodings() + "))+");

  private static final int MAX_PATH_LENGTH = 8192;

  @FuzzTest(maxDuration = "10m")
  void guardAgreesWithTheOracle(byte[] input) {
    List<String> lines = Arrays.asList(FuzzInput.text(input).split("\n", 3));
    String method = lines.get(0);
    String path = lines.size() > 1 ? lines.get(1) : "/";
    ScopeClaim claim = lines.size() > 2 ? claim(lines.get(2)) : ScopeClaim.absent();
    String request = "request " + Text.quote(method) + " " + Text.quote(path) + " with " + claim;

    GuardDecision d;
    try {
      d = GUARD.check(method, path, claim);
    } catch (RuntimeException e) {
      throw new AssertionError("Guard.check threw for " + request, e);
    }

    int status = d.status();
    assertTrue(status == 200 || status == 400 || status == 401 || status == 403, () -> status + " for " + request);
    assertEquals(status == 200, d.allowed(), request);

    boolean validMethod = METHOD.matcher(method).matches();
    boolean validPath = isValidPath(path);
    Optional<Route> expectedRoute = validMethod && validPath ? winner(method, path) : Optional.empty();
    if (d.allowed()) {
      // The headline properties, spelled out before the full comparison below.
      assertTrue(validMethod && validPath, () -> "allowed an invalid or ambiguous " + request);
      Route route = d.route().orElseThrow();
      assertTrue(templateMatches(route.template(), path), () -> "allowed " + route + " for " + request);
      assertEquals(method.equals("HEAD") && route.method().equals("GET") ? "GET" : method, route.method(), request);
      assertTrue(route.isPublic() || covers(claim, route), () -> "allowed " + route + " without its scopes: " + request);
    }

    Outcome expected;
    Optional<String> message;
    if (!validMethod) {
      expected = Outcome.BAD_REQUEST;
      message = Optional.of("Invalid request method");
    } else if (!validPath) {
      expected = Outcome.BAD_REQUEST;
      message = d.message().filter(m -> m.startsWith("Invalid request path: "));
      assertTrue(message.isPresent(), () -> "400 without a path message: " + d + " for " + request);
    } else if (expectedRoute.isEmpty()) {
      expected = Outcome.NO_ROUTE;
      message = Optional.of("No operation is declared for this method and path");
    } else if (expectedRoute.get().isPublic()) {
      expected = Outcome.ALLOWED;
      message = Optional.empty();
    } else if (!claim.isPresent()) {
      expected = Outcome.UNAUTHENTICATED;
      message = Optional.of("Missing bearer token");
    } else if (claim.kind() == ScopeClaim.Kind.UNUSABLE) {
      expected = Outcome.INVALID_TOKEN;
      message = Optional.of(claim.text());
    } else {
      List<String> missing = missing(claim, expectedRoute.get());
      expected = missing.isEmpty() ? Outcome.ALLOWED : Outcome.INSUFFICIENT_SCOPE;
      message = missing.isEmpty() ? Optional.empty() : Optional.of("Token lacks required scope: " + missing.get(0));
      if (!missing.isEmpty()) {
        assertEquals(Optional.of(challenge(expectedRoute.get())), d.wwwAuthenticate(), request);
      }
    }
    assertEquals(expected, d.outcome(), request);
    assertEquals(expectedRoute, d.route(), request);
    assertEquals(message, d.message(), request);
    if (!validPath) {
      assertFalse(d.allowed(), request);
    }
  }

  /** The claim line: see the class comment. */
  private static ScopeClaim claim(String line) {
    if (line.startsWith("@")) {
      return ScopeClaim.of(Arrays.asList(line.substring(1).split(",", -1)));
    }
    if (line.startsWith("!")) {
      String reason = line.substring(1);
      return ScopeClaim.unusable(reason.isBlank() ? "Token has conflicting scope and scp claims" : reason);
    }
    return ScopeClaim.of(line);
  }

  /** The path rules of {@link Guard}'s Javadoc: anything that could change under decoding is out. */
  static boolean isValidPath(String path) {
    if (path.isEmpty() || path.charAt(0) != '/' || path.length() > MAX_PATH_LENGTH) {
      return false;
    }
    if (path.equals("/")) {
      return true;
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()
          || segment.startsWith("%20") || segment.endsWith("%20")) {
        return false;
      }
    }
    return true;
  }

  private static String allowedEncodings() {
    List<String> out = new ArrayList<>();
    for (char c = 0x20; c < 0x7f; c++) {
      boolean unreserved = Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
      if (!unreserved && "/\\.;%".indexOf(c) < 0) {
        out.add(String.format("%02X", (int) c));
      }
    }
    return String.join("|", out);
  }

  /**
   * Whether a (valid) path matches a template segment for segment: a literal exactly and
   * case-sensitively, a {@code {param}} any one non-empty segment of allowed characters.
   */
  static boolean templateMatches(String template, String path) {
    List<String> want = segments(template);
    List<String> have = segments(path);
    if (want.size() != have.size()) {
      return false;
    }
    for (int i = 0; i < want.size(); i++) {
      String w = want.get(i);
      String h = have.get(i);
      boolean parameter = w.startsWith("{") && w.endsWith("}");
      if (parameter ? h.isEmpty() || !SEGMENT.matcher(h).matches() : !w.equals(h)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The documented winner among the routes of exactly this method whose template matches: at the
   * first segment where two candidates differ, the literal one. For {@code HEAD}, the {@code GET}
   * and {@code HEAD} routes compete together, and a {@code HEAD} route beats the {@code GET} route
   * of the same template.
   */
  private static Optional<Route> winner(String method, String path) {
    Route best = null;
    for (Route r : ROUTES.routes()) {
      boolean candidate = r.method().equals(method) || (method.equals("HEAD") && r.method().equals("GET"));
      if (candidate && templateMatches(r.template(), path)
          && (best == null || sameTemplateHeadOverGet(r, best) || (!r.template().equals(best.template())
              && beats(r.template(), best.template())))) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean sameTemplateHeadOverGet(Route r, Route best) {
    return r.template().equals(best.template()) && r.method().equals("HEAD");
  }

  private static boolean beats(String a, String b) {
    List<String> x = segments(a);
    List<String> y = segments(b);
    for (int i = 0; i < x.size(); i++) {
      boolean px = x.get(i).startsWith("{");
      boolean py = y.get(i).startsWith("{");
      if (px != py) {
        return py;
      }
    }
    throw new AssertionError("two routes match the same paths: " + a + " and " + b);
  }

  private static List<String> segments(String path) {
    return path.equals("/") ? List.of() : Arrays.asList(path.substring(1).split("/", -1));
  }

  private static List<String> missing(ScopeClaim claim, Route route) {
    Set<String> granted = claim.kind() == ScopeClaim.Kind.LIST ? SCOPES.granted(claim.list()) : SCOPES.granted(claim.text());
    return SCOPES.missing(granted, required(route));
  }

  private static boolean covers(ScopeClaim claim, Route route) {
    return claim.kind() != ScopeClaim.Kind.ABSENT && claim.kind() != ScopeClaim.Kind.UNUSABLE
        && missing(claim, route).isEmpty();
  }

  private static List<String> required(Route route) {
    List<String> out = new ArrayList<>();
    for (Scope s : route.rule().orElseThrow().alternatives().get(0).scopes()) {
      out.add(s.toString());
    }
    return out;
  }

  private static String challenge(Route route) {
    return "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", required(route)) + "\"";
  }
}
