package dev.scopegate.guard;

import dev.scopegate.Decision;
import dev.scopegate.Requirement;
import java.util.Objects;

/**
 * Decides one HTTP request: resolves the operation from the {@link RouteTable} and checks the
 * token's scope claim against what the operation requires. Framework-neutral; a servlet filter, a
 * Spring Security {@code AuthorizationManager} or any other filter chain calls {@link #check} and
 * translates the {@link GuardDecision}.
 *
 * {@snippet :
 * Guard guard = Guard.of(routes);
 * GuardDecision d = guard.check(request.getMethod(), request.getRequestURI(), ScopeClaim.of(scopeClaim));
 * if (!d.allowed()) {
 *   // answer d.status() with d.message() and d.wwwAuthenticate()
 * }
 * }
 *
 * <h2>Order of the checks</h2>
 *
 * <ol>
 *   <li>The method must be an RFC 9110 token, else 400 {@code Invalid request method}.
 *   <li>The raw path must pass the path rules below, else 400 {@code Invalid request path: …}.
 *   <li>The method and path must match a declared route, else 403 {@code No operation is
 *       declared for this method and path} (fail closed; the method is compared exactly, so
 *       {@code get} matches no {@code GET} route, and {@code HEAD} matches only declared {@code
 *       HEAD} routes).
 *   <li>A public route is allowed, whatever the claim.
 *   <li>An absent claim is 401 {@code Missing bearer token}; an unusable one is 401 {@code
 *       invalid_token} with the claim's reason.
 *   <li>The claim is checked against the route's requirement: allowed, or 403 {@code Token lacks
 *       required scope: …}.
 * </ol>
 *
 * <h2>Path rules</h2>
 *
 * The path is the raw request path as sent, still percent-encoded, without the query string (for
 * a servlet, {@code getRequestURI()} minus the context path; never the decoded {@code
 * getPathInfo()}). It is matched only when its segments cannot change under decoding or
 * normalisation; anything ambiguous is rejected with 400 rather than normalised:
 *
 * <table>
 *   <caption>Rejected paths (400)</caption>
 *   <tr><th>input</th><th>why</th></tr>
 *   <tr><td>{@code /v1/things/} and {@code /v1//things}</td><td>empty segment (trailing or double slash)</td></tr>
 *   <tr><td>{@code /v1/./things}, {@code /v1/x/../things}</td><td>dot segment</td></tr>
 *   <tr><td>{@code /v1/things;v=1}, {@code /v1/things/a;b}</td><td>{@code ;} (matrix parameters), anywhere</td></tr>
 *   <tr><td>{@code /v1\things}, {@code %5C}</td><td>backslash, raw or encoded</td></tr>
 *   <tr><td>{@code %2F} {@code %2f}</td><td>encoded slash</td></tr>
 *   <tr><td>{@code %2E} {@code %2e}</td><td>encoded dot</td></tr>
 *   <tr><td>{@code %25}</td><td>encoded percent (double encoding)</td></tr>
 *   <tr><td>{@code %3B}</td><td>encoded semicolon</td></tr>
 *   <tr><td>{@code %00}–{@code %1F}, {@code %7F}</td><td>encoded control character</td></tr>
 *   <tr><td>{@code %80}–{@code %FF} (UTF-8, overlong UTF-8 such as {@code %C0%AF})</td><td>non-ASCII</td></tr>
 *   <tr><td>{@code %61}, {@code %7E}, …</td><td>encoded unreserved character (send it as is)</td></tr>
 *   <tr><td>raw non-ASCII or control characters, space, {@code " < > [ ] ^ ` { | }}</td><td>not a URI path character</td></tr>
 *   <tr><td>{@code ?} or {@code #}</td><td>the path must come without query string or fragment</td></tr>
 *   <tr><td>{@code %} not followed by two hex digits</td><td>malformed encoding</td></tr>
 *   <tr><td>empty, or not starting with {@code /}; longer than 8192 characters</td><td>not a path</td></tr>
 * </table>
 *
 * Other percent-encodings (of printable ASCII that is not unreserved, such as {@code %20} or
 * {@code %3A}) are accepted; they can only match a {@code {param}} segment, because template
 * literals use unreserved characters only. Literal segments compare case-sensitively: {@code
 * /V1/things} does not match {@code /v1/things}.
 *
 * <p>{@link #check} adds no allocation of its own when it allows a request (the engine's in-place
 * claim check allocates nothing either, for requirements of up to 64 scopes), and takes time
 * linear in the path for a table whose templates do not share long literal-versus-parameter
 * prefixes.
 */
public final class Guard {
  private final RouteTable routes;

  private Guard(RouteTable routes) {
    this.routes = routes;
  }

  /**
   * A guard over a route table.
   *
   * @param routes the declared operations
   * @return the guard
   */
  public static Guard of(RouteTable routes) {
    return new Guard(Objects.requireNonNull(routes, "routes"));
  }

  /**
   * The route table.
   *
   * @return the table
   */
  public RouteTable routes() {
    return routes;
  }

  /**
   * Decides a request.
   *
   * @param method the request method as sent, such as {@code "POST"}
   * @param rawPath the raw request path, percent-encoded as sent, without query string
   * @param claim the token's scope claim, or {@link ScopeClaim#absent()} when there is no token
   * @return the decision
   */
  public GuardDecision check(String method, String rawPath, ScopeClaim claim) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    Objects.requireNonNull(claim, "claim");
    if (!Template.isToken(method)) {
      return GuardDecision.INVALID_METHOD;
    }
    PathProblem problem = RequestPath.check(rawPath);
    if (problem != null) {
      return problem.decision();
    }
    Route route = routes.match(method, rawPath);
    if (route == null) {
      return GuardDecision.NO_ROUTE;
    }
    if (route.isPublic()) {
      return route.allowed;
    }
    Requirement requirement = route.requirement().get();
    Decision decision;
    switch (claim.kind()) {
      case ABSENT:
        return route.unauthenticated;
      case UNUSABLE:
        return GuardDecision.invalidToken(route, claim.text());
      case TEXT:
        decision = requirement.check(claim.text());
        break;
      default:
        decision = requirement.check(claim.list());
        break;
    }
    return decision.allowed() ? route.allowed : GuardDecision.insufficientScope(route, decision);
  }

  /**
   * A summary: {@code Guard[RouteTable[12 routes]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Guard[" + routes + "]";
  }
}
