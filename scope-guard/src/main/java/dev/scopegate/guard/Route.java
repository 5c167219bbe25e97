package dev.scopegate.guard;

import dev.scopegate.AccessRule;
import dev.scopegate.Decision;
import dev.scopegate.Requirement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One operation of a {@link RouteTable}: an HTTP method, a path template, and either the access
 * rule a token must satisfy (one or more alternatives, each a set of required scopes) or the mark
 * that it is public (needs no token); a protected route also has the table's bindings for the
 * parameters of its template. Two further kinds serve operations that other authentication
 * protects (an API key, HTTP basic): a {@linkplain #isDenied() denied} route, which no bearer
 * token can authorize, and a route that {@linkplain #passesWithoutToken() passes a request without
 * a bearer token} to the application's own authentication.
 *
 * {@snippet :
 * Route r = routes.routes().get(0);
 * r.method();        // "POST"
 * r.template();      // "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"
 * r.rule();          // Optional[AccessRule[workflow:create]]
 * r.isPublic();      // false
 * r.bindings();      // [{orgId} = org_id, {namespaceKey} = namespace] when the table binds them
 * }
 *
 * <p>Routes are made by {@link RouteTable.Builder}; the method is upper case and the template has
 * passed the template rules.
 */
public final class Route {
  /** How a route treats requests, beyond its rule. */
  enum Access {
    /** No token needed, no claim read. */
    PUBLIC,
    /** A token must satisfy the rule; without one, 401. */
    PROTECTED,
    /**
     * Without a bearer token the request passes to the application's own authentication; with
     * one, the token must satisfy the rule (denied when there is none).
     */
    ELSEWHERE,
    /** Denied whatever the request carries. */
    DENIED
  }

  private final String method;
  private final String template;
  private final Optional<AccessRule> rule;
  private final Access access;
  private final List<Binding> bindings;
  /** The bindings ready to check; null for a route without any. */
  final @Nullable RouteBindings bound;

  /** The decisions every request to this route shares, so the allowed path allocates nothing. */
  final GuardDecision allowed;

  final GuardDecision unauthenticated;

  /** For a request without a token on a route that passes it to the application's authentication. */
  final GuardDecision allowedWithoutToken;

  /** For a request no bearer token can authorize. */
  final GuardDecision notAuthorizable;
  /**
   * RFC 6750 section 3 for a rule of one alternative: every scope the operation requires,
   * space-separated, in declared order; built once. Null for a rule of several alternatives, whose
   * challenge lists the closest alternative's scopes ({@link Decision#required()}).
   */
  private final @Nullable Optional<String> insufficientScopeChallenge;
  /** What {@link Guard#resolve} answers for every request that matches this route. */
  final Resolution resolution;

  Route(String method, Template parsed, String template, @Nullable AccessRule rule, Access access,
      List<Binding> bindings) {
    this.method = method;
    this.template = template;
    this.rule = Optional.ofNullable(rule);
    this.access = access;
    this.bindings = access == Access.PUBLIC || access == Access.DENIED ? List.of() : List.copyOf(bindings);
    this.allowed = GuardDecision.allowed(this, rule == null ? null : Decision.allow());
    this.unauthenticated = GuardDecision.unauthenticated(this);
    this.allowedWithoutToken = GuardDecision.allowed(this, null);
    this.notAuthorizable = GuardDecision.notAuthorizable(this);
    this.insufficientScopeChallenge = rule == null || rule.alternatives().size() != 1
        ? null
        : Optional.of(Challenge.insufficientScope(rule.alternatives().get(0).scopes()));
    this.bound = this.bindings.isEmpty() ? null : new RouteBindings(this, parsed, this.bindings);
    this.resolution = Resolution.of(this);
  }

  /**
   * What {@link Guard#resolve} answers for a request that matched this route: the shared
   * resolution, or for a route with bindings one that keeps the request's path for them.
   */
  Resolution resolve(String path, @Nullable ModeLookup modes) {
    return bound == null ? resolution : Resolution.bound(this, path, modes);
  }

  /** The {@code WWW-Authenticate} value of a scope denial: the denied alternative's scopes. */
  Optional<String> insufficientScopeChallenge(Decision denial) {
    Optional<String> once = insufficientScopeChallenge;
    return once != null ? once : Optional.of(Challenge.insufficientScope(denial.required()));
  }

  /**
   * The HTTP method, in upper case.
   *
   * @return the method, such as {@code "POST"}
   */
  public String method() {
    return method;
  }

  /**
   * The path template as declared.
   *
   * @return the template, such as {@code "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"}
   */
  public String template() {
    return template;
  }

  /**
   * What a token must satisfy: any one of the rule's alternatives, each a set of scopes that must
   * all be covered. An alternative with no scope means any authenticated token will do.
   *
   * @return the rule, or empty for a public route
   */
  public Optional<AccessRule> rule() {
    return rule;
  }

  /**
   * The bindings the {@link Guard} checks for this route, after the token is found usable and
   * before its scopes: the table's bindings of the parameters this template has, parameter
   * bindings in template order, then the mode binding.
   *
   * @return the bindings; empty for a public route and for one with no bound parameter
   */
  public List<Binding> bindings() {
    return bindings;
  }

  /**
   * Whether the operation is public: it needs no token, and no claim is read.
   *
   * @return {@code true} for a public route
   */
  public boolean isPublic() {
    return access == Access.PUBLIC;
  }

  /**
   * Whether no bearer token can authorize the operation: every request to it is denied (403), as
   * declared by {@link RouteTable.Builder#deniedRoute}.
   *
   * @return {@code true} for a denied route
   */
  public boolean isDenied() {
    return access == Access.DENIED;
  }

  /**
   * Whether a request without a bearer token passes to the application, which authenticates it
   * by other means (an API key, HTTP basic), as declared by {@link
   * RouteTable.Builder#authenticatedElsewhere} or {@link
   * RouteTable.Builder#routeOrAuthenticatedElsewhere}. A request with a token must still satisfy
   * the {@link #rule()}, and is denied when there is none.
   *
   * @return {@code true} when a request without a token passes
   */
  public boolean passesWithoutToken() {
    return access == Access.ELSEWHERE;
  }

  Access access() {
    return access;
  }

  /**
   * Routes are equal when method, template, rule (or publicness) and bindings are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal route
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Route)) {
      return false;
    }
    Route that = (Route) other;
    return method.equals(that.method) && template.equals(that.template) && rule.equals(that.rule)
        && access == that.access && bindings.equals(that.bindings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, template, rule, access, bindings);
  }

  /**
   * {@code POST /v1/things requires [resource:create]}, {@code GET /v1/invoices requires
   * [accounting.transactions] or [accounting.transactions.read]}, {@code POST /v1/auth/token
   * public}, {@code GET /v1/inventory denied}, {@code GET /v1/pets/{id} requires [read:pets] or no
   * token (authenticated elsewhere)}, {@code GET /v1/inventory no token (authenticated
   * elsewhere)}, or with bindings {@code GET /v1/orgs/{orgId}/files requires [file:read] bound
   * [{orgId} = org_id]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(method).append(' ').append(template);
    if (access == Access.PUBLIC) {
      return sb.append(" public").toString();
    }
    if (access == Access.DENIED) {
      return sb.append(" denied").toString();
    }
    String separator = " requires ";
    for (Requirement alternative : rule.map(AccessRule::alternatives).orElse(List.of())) {
      sb.append(separator).append(alternative.scopes());
      separator = " or ";
    }
    if (access == Access.ELSEWHERE) {
      sb.append(rule.isEmpty() ? " no token" : " or no token").append(" (authenticated elsewhere)");
    }
    if (!bindings.isEmpty()) {
      sb.append(" bound ").append(bindings);
    }
    return sb.toString();
  }
}
