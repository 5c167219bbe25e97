package dev.scopegate.guard;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Decides one HTTP request: resolves the operation from the {@link RouteTable} and checks the
 * token's scope claim against what the operation requires. Framework-neutral; a servlet filter, a
 * Spring Security {@code AuthorizationManager} or any other filter chain resolves the request,
 * decides it with the claim, and sends the {@link Answers answer} to a denial.
 *
 * {@snippet :
 * Guard guard = Guard.of(routes);
 * String path = RequestTarget.withinContext(request.getRequestURI(), request.getContextPath());
 * GuardDecision d = guard.check(request.getMethod(), path, () -> claimSource.read(request));
 * if (!d.allowed()) {
 *   Answer a = answers.answer(d, request.getRequestURI());   // status, headers, JSON body
 * }
 * }
 *
 * <h2>Order of the checks</h2>
 *
 * The first four steps read only the method and the path ({@link #resolve}); the claim is read
 * only after them, and only for a protected operation.
 *
 * <ol>
 *   <li>The method must be an RFC 9110 token, else 400 {@code Invalid request method}.
 *   <li>The raw path must pass the path rules below, else 400 {@code Invalid request path: …}.
 *   <li>A CORS preflight is passed to the application, with no token, when the guard is built to
 *       {@linkplain Builder#passCorsPreflights() pass them} and the preflight asks about a
 *       declared operation.
 *   <li>The method and path must match a declared route, else 403 {@code No operation is
 *       declared for this method and path} (fail closed; the method is compared exactly, so
 *       {@code get} matches no {@code GET} route). {@code HEAD} is decided by the {@code GET}
 *       route unless a {@code HEAD} route is declared: see {@link RouteTable}.
 *   <li>A public route is allowed, whatever the claim; a {@linkplain Route#isDenied() denied}
 *       route is 403 {@code No bearer token can authorize this operation}, whatever the claim.
 *   <li>An absent claim is 401 {@code Missing bearer token}, except on a route that {@linkplain
 *       Route#passesWithoutToken() passes a request without a token} to the application's own
 *       authentication, where it is allowed; an unusable claim is 401 {@code invalid_token} with
 *       the claim's reason. A claim on a route without a rule is 403 {@code No bearer token can
 *       authorize this operation}.
 *   <li>The route's {@linkplain RouteTable tenant bindings} must hold: each bound path parameter
 *       is the token's, and the namespace's mode (from the {@link ModeLookup}) is the token's;
 *       else 403 {@code Token does not match path parameter: orgId}, {@code Token mode does not
 *       match path parameter: namespaceKey} or {@code Token lacks binding claim: org_id}.
 *   <li>The claim is checked against the route's access rule (any of its alternatives suffices):
 *       allowed, or 403 {@code Token lacks required scope: …} naming the closest alternative's
 *       first missing scope.
 * </ol>
 *
 * <h2>CORS preflights</h2>
 *
 * A browser sends a preflight ({@code OPTIONS} with {@code Origin} and {@code
 * Access-Control-Request-Method}) before a cross-origin call, and never with a token. By default
 * the guard treats it like any {@code OPTIONS} request: it matches only a declared {@code OPTIONS}
 * route, so it is denied (fail closed) unless the application declares one or answers preflights
 * before the guard runs. Built with {@link Builder#passCorsPreflights()}, the guard lets a
 * preflight through to the application's CORS handling when its path passes the path rules and
 * its requested method and path match a declared route (the outcome is {@link
 * GuardDecision.Outcome#CORS_PREFLIGHT}, with no route). An {@code OPTIONS} request without both
 * headers, or whose requested method is not a token, is not a preflight and is decided as usual;
 * a preflight about an undeclared operation is 403. The request reaches the application as the
 * preflight it is, so only the application's CORS handling, not a protected handler, may answer it.
 *
 * <h2>Path rules</h2>
 *
 * The path is the raw request path as sent, still percent-encoded, without the query string (for
 * a servlet, {@code getRequestURI()} minus the context path, see {@link RequestTarget}; never the
 * decoded {@code getPathInfo()}). It is matched only when its segments cannot change under
 * decoding or normalisation; anything ambiguous is rejected with 400 rather than normalised:
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
 *   <tr><td>{@code %20} first or last in a segment</td><td>encoded space at a segment's edge (a router
 *       that trims segments would read another path)</td></tr>
 *   <tr><td>{@code %80}–{@code %FF} (UTF-8, overlong UTF-8 such as {@code %C0%AF})</td><td>non-ASCII</td></tr>
 *   <tr><td>{@code %61}, {@code %7E}, …</td><td>encoded unreserved character (send it as is)</td></tr>
 *   <tr><td>raw non-ASCII or control characters, space, {@code " < > [ ] ^ ` { | }}</td><td>not a URI path character</td></tr>
 *   <tr><td>{@code ?} or {@code #}</td><td>the path must come without query string or fragment</td></tr>
 *   <tr><td>{@code %} not followed by two hex digits</td><td>malformed encoding</td></tr>
 *   <tr><td>empty, or not starting with {@code /}; longer than 8192 characters</td><td>not a path</td></tr>
 * </table>
 *
 * Other percent-encodings (of printable ASCII that is not unreserved, such as {@code %20} inside
 * a segment or {@code %3A}) are accepted; they can only match a parameter, because template
 * literals use unreserved characters and {@code :} only, except {@code %3A}, which matches a
 * literal {@code :} as the application will decode it ({@code /v1/things%3AbatchGet} is the {@code
 * /v1/things:batchGet} operation). Literal text compares case-sensitively: {@code /V1/things} does
 * not match {@code /v1/things}.
 *
 * <p>{@link #resolve} and {@link #check} add no allocation of their own when they allow a request
 * (the engine's in-place claim check allocates nothing either, for requirements of up to 64
 * scopes), and take time linear in the path for a table whose templates do not share long
 * literal-versus-parameter prefixes. Immutable and thread-safe.
 */
public final class Guard {
  private static final String OPTIONS = "OPTIONS";

  private final RouteTable routes;
  private final boolean passCorsPreflights;
  private final @Nullable ModeLookup modes;

  private Guard(RouteTable routes, boolean passCorsPreflights, @Nullable ModeLookup modes) {
    this.routes = routes;
    this.passCorsPreflights = passCorsPreflights;
    this.modes = modes;
  }

  /**
   * A guard over a route table, with the defaults: CORS preflights are ordinary {@code OPTIONS}
   * requests.
   *
   * @param routes the declared operations
   * @return the guard
   * @throws IllegalArgumentException if the table binds a mode, which needs a {@link
   *     Builder#modeLookup(ModeLookup) lookup}
   */
  public static Guard of(RouteTable routes) {
    return builder(routes).build();
  }

  /**
   * Starts a guard over a route table.
   *
   * {@snippet :
   * Guard guard = Guard.builder(routes).passCorsPreflights().build();
   * }
   *
   * @param routes the declared operations
   * @return a builder
   */
  public static Builder builder(RouteTable routes) {
    return new Builder(Objects.requireNonNull(routes, "routes"));
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
   * Whether CORS preflights about declared operations pass to the application without a token.
   *
   * @return {@code false} unless built with {@link Builder#passCorsPreflights()}
   */
  public boolean passesCorsPreflights() {
    return passCorsPreflights;
  }

  /**
   * The first phase: decides what the method and raw path alone decide, and otherwise finds the
   * protected operation whose claim check remains. No request is a CORS preflight here, since
   * no header is given.
   *
   * @param method the request method as sent, such as {@code "POST"}
   * @param rawPath the raw request path, percent-encoded as sent, without query string
   * @return the resolution
   */
  public Resolution resolve(String method, String rawPath) {
    return resolve(method, rawPath, RequestHeaders.none());
  }

  /**
   * The first phase, with the request's headers for recognising a CORS preflight (read only for
   * an {@code OPTIONS} request, and only when the guard passes preflights).
   *
   * @param method the request method as sent, such as {@code "POST"}
   * @param rawPath the raw request path, percent-encoded as sent, without query string
   * @param headers the request's headers
   * @return the resolution
   */
  public Resolution resolve(String method, String rawPath, RequestHeaders headers) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    Objects.requireNonNull(headers, "headers");
    if (!Template.isToken(method)) {
      return GuardDecision.INVALID_METHOD_RESOLUTION;
    }
    PathProblem problem = RequestPath.check(rawPath);
    if (problem != null) {
      return problem.resolution();
    }
    if (passCorsPreflights && method.equals(OPTIONS) && isPreflightForARoute(rawPath, headers)) {
      return GuardDecision.CORS_PREFLIGHT_RESOLUTION;
    }
    Route route = routes.match(method, rawPath);
    return route == null ? GuardDecision.NO_ROUTE_RESOLUTION : route.resolve(rawPath, modes);
  }

  /**
   * Whether an {@code OPTIONS} request is a CORS preflight (a non-empty {@code Origin} and an
   * {@code Access-Control-Request-Method} that is a method token) asking about a declared route.
   */
  private boolean isPreflightForARoute(String rawPath, RequestHeaders headers) {
    Optional<String> origin = Objects.requireNonNull(headers.first("Origin"), "the headers returned null");
    Optional<String> requested =
        Objects.requireNonNull(headers.first("Access-Control-Request-Method"), "the headers returned null");
    if (origin.isEmpty() || origin.get().isEmpty() || requested.isEmpty() || !Template.isToken(requested.get())) {
      return false;
    }
    return routes.match(requested.get(), rawPath) != null;
  }

  /**
   * Decides a request whose claim is at hand.
   *
   * @param method the request method as sent, such as {@code "POST"}
   * @param rawPath the raw request path, percent-encoded as sent, without query string
   * @param claim the token's scope claim, or {@link ScopeClaim#absent()} when there is no token
   * @return the decision
   */
  public GuardDecision check(String method, String rawPath, ScopeClaim claim) {
    Objects.requireNonNull(claim, "claim");
    return resolve(method, rawPath).decide(claim);
  }

  /**
   * Decides a request, reading its claim only when a protected operation needs it: never for a
   * 400, a 403 for no declared operation, or a public operation.
   *
   * @param method the request method as sent, such as {@code "POST"}
   * @param rawPath the raw request path, percent-encoded as sent, without query string
   * @param claim reads the token's scope claim; called at most once
   * @return the decision
   */
  public GuardDecision check(String method, String rawPath, Supplier<ScopeClaim> claim) {
    Objects.requireNonNull(claim, "claim");
    return resolve(method, rawPath).decide(claim);
  }

  /**
   * A summary: {@code Guard[RouteTable[12 routes]]}, with {@code , CORS preflights passed} when
   * they are and {@code , modes from …} with a mode lookup.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    ModeLookup m = modes;
    return "Guard[" + routes + (passCorsPreflights ? ", CORS preflights passed" : "") + (m == null ? "" : ", modes from " + m) + "]";
  }

  /** Builds a {@link Guard}. Not thread-safe; build once at start-up. */
  public static final class Builder {
    private final RouteTable routes;
    private boolean passCorsPreflights;
    private @Nullable ModeLookup modes;

    private Builder(RouteTable routes) {
      this.routes = routes;
    }

    /**
     * Lets CORS preflights about declared operations through to the application's CORS handling,
     * without a token. Off by default: a preflight is then an ordinary {@code OPTIONS} request,
     * denied unless an {@code OPTIONS} route is declared. See {@link Guard} for what counts as
     * a preflight.
     *
     * @return this builder
     */
    public Builder passCorsPreflights() {
      this.passCorsPreflights = true;
      return this;
    }

    /**
     * Where the mode (live or test) of a request's namespace comes from, for the table's
     * {@linkplain RouteTable.Builder#bindMode mode binding}. Required when the table binds a
     * mode, refused when it does not (a lookup nothing would call is a configuration mistake).
     *
     * {@snippet :
     * Guard guard = Guard.builder(routes)
     *     .modeLookup(parameters -> namespaces.modeOf(parameters.get("orgId"), parameters.get("namespaceKey")))
     *     .build();
     * }
     *
     * @param lookup the service's lookup
     * @return this builder
     */
    public Builder modeLookup(ModeLookup lookup) {
      this.modes = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Builds the guard.
     *
     * @return the guard
     * @throws IllegalArgumentException if the table binds a mode and no {@link #modeLookup} was
     *     given, or a lookup was given for a table that binds no mode
     */
    public Guard build() {
      if (routes.bindsMode() && modes == null) {
        throw new IllegalArgumentException("The route table binds a mode (" + modeBinding()
            + "); give the guard the namespaces' modes: Guard.builder(routes).modeLookup(parameters -> ...)");
      }
      if (!routes.bindsMode() && modes != null) {
        throw new IllegalArgumentException("A mode lookup was given, but the route table binds no mode, so it would"
            + " never be called; declare the binding with RouteTable.Builder.bindMode(parameter, claim)");
      }
      return new Guard(routes, passCorsPreflights, modes);
    }

    private String modeBinding() {
      for (Binding b : routes.bindings()) {
        if (b.kind() == Binding.Kind.MODE) {
          return b.toString();
        }
      }
      return "";
    }
  }
}
