package dev.scopegate.guard;

import dev.scopegate.Decision;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link Guard} decided for one request: let it through, or answer it with a status, a
 * message for the error body and, where RFC 6750 calls for one, a {@code WWW-Authenticate}
 * challenge.
 *
 * <table>
 *   <caption>Outcomes</caption>
 *   <tr><th>outcome</th><th>status</th><th>message</th><th>{@code WWW-Authenticate}</th></tr>
 *   <tr><td>{@link Outcome#ALLOWED}</td><td>(proceed)</td><td>none</td><td>none</td></tr>
 *   <tr><td>{@link Outcome#INSUFFICIENT_SCOPE}</td><td>403</td>
 *       <td>{@code Token lacks required scope: workflow:create}</td>
 *       <td>{@code Bearer error="insufficient_scope", scope="workflow:create"} (every required
 *       scope of the operation, declared order; for a rule of several alternatives, those of the
 *       alternative closest to the token, the one the message names)</td></tr>
 *   <tr><td>{@link Outcome#BINDING_MISMATCH}</td><td>403</td>
 *       <td>{@code Token does not match path parameter: orgId} or {@code Token mode does not match
 *       path parameter: namespaceKey}</td><td>none</td></tr>
 *   <tr><td>{@link Outcome#BINDING_CLAIM_MISSING}</td><td>403</td>
 *       <td>{@code Token lacks binding claim: org_id}</td><td>none</td></tr>
 *   <tr><td>{@link Outcome#NO_ROUTE}</td><td>403</td>
 *       <td>{@code No operation is declared for this method and path}</td><td>none</td></tr>
 *   <tr><td>{@link Outcome#NOT_AUTHORIZABLE}</td><td>403</td>
 *       <td>{@code No bearer token can authorize this operation}</td><td>none</td></tr>
 *   <tr><td>{@link Outcome#UNAUTHENTICATED}</td><td>401</td><td>{@code Missing bearer token}</td>
 *       <td>{@code Bearer}</td></tr>
 *   <tr><td>{@link Outcome#INVALID_TOKEN}</td><td>401</td><td>the claim source's reason</td>
 *       <td>{@code Bearer error="invalid_token"}</td></tr>
 *   <tr><td>{@link Outcome#BAD_REQUEST}</td><td>400</td>
 *       <td>{@code Invalid request path: …} or {@code Invalid request method}</td><td>none</td></tr>
 *   <tr><td>{@link Outcome#CORS_PREFLIGHT}</td><td>(proceed)</td><td>none</td><td>none</td></tr>
 * </table>
 *
 * <p>{@link Answers} turns a denial into the HTTP answer, body included.
 */
public final class GuardDecision {
  /** The message of a request whose method and path match no declared operation. */
  static final String NO_ROUTE_MESSAGE = "No operation is declared for this method and path";

  /** The message of a request to an operation no bearer token can authorize. */
  static final String NOT_AUTHORIZABLE_MESSAGE = "No bearer token can authorize this operation";

  /** The message of a request to a protected operation without a token. */
  static final String UNAUTHENTICATED_MESSAGE = "Missing bearer token";

  private static final Optional<String> BEARER = Optional.of(Challenge.BEARER);
  private static final Optional<String> INVALID_TOKEN_CHALLENGE = Optional.of(Challenge.INVALID_TOKEN);

  static final GuardDecision NO_ROUTE =
      new GuardDecision(Outcome.NO_ROUTE, null, null, NO_ROUTE_MESSAGE, Optional.empty());
  static final GuardDecision INVALID_METHOD = badRequest("Invalid request method");
  static final GuardDecision CORS_PREFLIGHT =
      new GuardDecision(Outcome.CORS_PREFLIGHT, null, null, null, Optional.empty());

  static final Resolution NO_ROUTE_RESOLUTION = Resolution.decided(NO_ROUTE);
  static final Resolution INVALID_METHOD_RESOLUTION = Resolution.decided(INVALID_METHOD);
  static final Resolution CORS_PREFLIGHT_RESOLUTION = Resolution.decided(CORS_PREFLIGHT);

  /** How a request was decided, with the HTTP status that answers it. */
  public enum Outcome {
    /**
     * The request may proceed: a public route, a token that covers the route's scopes, or a
     * request without a token on a route whose application authenticates it by other means
     * ({@link Route#passesWithoutToken()}).
     */
    ALLOWED(200),
    /** The token does not cover every scope the route requires. */
    INSUFFICIENT_SCOPE(403),
    /**
     * A path parameter the route binds is not the token's (another tenant or namespace), or the
     * namespace's mode is not the token's mode; see {@link RouteTable}.
     */
    BINDING_MISMATCH(403),
    /** The route binds a claim the token does not carry as a string or a list; see {@link RouteTable}. */
    BINDING_CLAIM_MISSING(403),
    /** No declared operation matches the method and path; denied (fail closed). */
    NO_ROUTE(403),
    /**
     * The operation is declared, but no bearer token can authorize it: it is protected only by
     * authentication the guard does not check (an OpenAPI API key, HTTP basic, mutual TLS), and
     * the application does not authenticate that itself; denied (fail closed).
     */
    NOT_AUTHORIZABLE(403),
    /** The route is protected and the request carries no token (no claim). */
    UNAUTHENTICATED(401),
    /** The token's scope claims cannot be read (such as {@code scope} and {@code scp} disagreeing). */
    INVALID_TOKEN(401),
    /** The method or the path is malformed or ambiguous, and is rejected rather than guessed at. */
    BAD_REQUEST(400),
    /**
     * A CORS preflight about a declared operation, passed to the application's CORS handling
     * without a token (only when the guard is built to pass preflights); the request may proceed.
     */
    CORS_PREFLIGHT(200);

    private final int status;

    Outcome(int status) {
      this.status = status;
    }

    /**
     * The HTTP status that answers this outcome; 200 for {@link #ALLOWED} and {@link
     * #CORS_PREFLIGHT}, meaning "proceed".
     *
     * @return the status
     */
    public int status() {
      return status;
    }
  }

  private final Outcome outcome;
  private final Optional<Route> route;
  private final Optional<Decision> decision;
  private final Optional<String> message;
  private final Optional<String> wwwAuthenticate;

  private GuardDecision(
      Outcome outcome, @Nullable Route route, @Nullable Decision decision, @Nullable String message,
      Optional<String> wwwAuthenticate) {
    this.outcome = outcome;
    this.route = Optional.ofNullable(route);
    this.decision = Optional.ofNullable(decision);
    this.message = Optional.ofNullable(message);
    this.wwwAuthenticate = wwwAuthenticate;
  }

  static GuardDecision allowed(Route route, @Nullable Decision decision) {
    return new GuardDecision(Outcome.ALLOWED, route, decision, null, Optional.empty());
  }

  static GuardDecision unauthenticated(Route route) {
    return new GuardDecision(Outcome.UNAUTHENTICATED, route, null, UNAUTHENTICATED_MESSAGE, BEARER);
  }

  static GuardDecision notAuthorizable(Route route) {
    return new GuardDecision(Outcome.NOT_AUTHORIZABLE, route, null, NOT_AUTHORIZABLE_MESSAGE, Optional.empty());
  }

  static GuardDecision insufficientScope(Route route, Decision decision) {
    return new GuardDecision(
        Outcome.INSUFFICIENT_SCOPE, route, decision, decision.message().orElseThrow(), route.insufficientScopeChallenge(decision));
  }

  static GuardDecision bindingMismatch(Route route, String message) {
    return new GuardDecision(Outcome.BINDING_MISMATCH, route, null, message, Optional.empty());
  }

  static GuardDecision bindingClaimMissing(Route route, String message) {
    return new GuardDecision(Outcome.BINDING_CLAIM_MISSING, route, null, message, Optional.empty());
  }

  static GuardDecision invalidToken(Route route, String reason) {
    return new GuardDecision(Outcome.INVALID_TOKEN, route, null, reason, INVALID_TOKEN_CHALLENGE);
  }

  static GuardDecision badRequest(String message) {
    return new GuardDecision(Outcome.BAD_REQUEST, null, null, message, Optional.empty());
  }

  /**
   * How the request was decided.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Whether the request may proceed.
   *
   * @return {@code true} for {@link Outcome#ALLOWED} and {@link Outcome#CORS_PREFLIGHT}
   */
  public boolean allowed() {
    return outcome.status() == 200;
  }

  /**
   * The HTTP status that answers a denial; 200 when allowed.
   *
   * @return the status: 200, 400, 401 or 403
   */
  public int status() {
    return outcome.status();
  }

  /**
   * The operation the request matched.
   *
   * @return the route; empty for {@link Outcome#NO_ROUTE}, {@link Outcome#BAD_REQUEST} and
   *     {@link Outcome#CORS_PREFLIGHT}. For a {@code HEAD} request decided by the {@code GET}
   *     route, the {@code GET} route.
   */
  public Optional<Route> route() {
    return route;
  }

  /**
   * The engine's decision, when the token's scopes were checked.
   *
   * @return the allowed decision or the denial with its missing scopes; empty for a public route
   *     and for outcomes decided before any scope check
   */
  public Optional<Decision> decision() {
    return decision;
  }

  /**
   * The message for the error body's {@code errorInfo.message}, such as {@code Token lacks
   * required scope: workflow:create}.
   *
   * @return the message; empty when allowed
   */
  public Optional<String> message() {
    return message;
  }

  /**
   * The {@code WWW-Authenticate} header value to send with the answer, as RFC 6750 section 3
   * describes: {@code Bearer} for a missing token, {@code Bearer error="invalid_token"}, or
   * {@code Bearer error="insufficient_scope", scope="<every required scope, declared order>"}
   * (of the closest alternative, when the operation's rule has several).
   *
   * @return the header value; empty when allowed, and for 400, no-route and binding answers
   */
  public Optional<String> wwwAuthenticate() {
    return wwwAuthenticate;
  }

  /**
   * Decisions are equal when outcome, route, engine decision, message and challenge are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal decision
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof GuardDecision)) {
      return false;
    }
    GuardDecision that = (GuardDecision) other;
    return outcome == that.outcome
        && route.equals(that.route)
        && decision.equals(that.decision)
        && message.equals(that.message)
        && wwwAuthenticate.equals(that.wwwAuthenticate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, route, decision, message, wwwAuthenticate);
  }

  /**
   * {@code GuardDecision[INSUFFICIENT_SCOPE 403 POST /v1/things requires [resource:create]: Token
   * lacks required scope: resource:create]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("GuardDecision[").append(outcome);
    if (!allowed()) {
      sb.append(' ').append(outcome.status());
    }
    route.ifPresent(r -> sb.append(' ').append(r));
    message.ifPresent(m -> sb.append(": ").append(m));
    return sb.append(']').toString();
  }
}
