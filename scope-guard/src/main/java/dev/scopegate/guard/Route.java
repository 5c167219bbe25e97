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
 * parameters of its template.
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
  private final String method;
  private final String template;
  private final Optional<AccessRule> rule;
  private final List<Binding> bindings;
  /** The bindings ready to check; null for a route without any. */
  final @Nullable RouteBindings bound;

  /** The decisions every request to this route shares, so the allowed path allocates nothing. */
  final GuardDecision allowed;

  final GuardDecision unauthenticated;
  /**
   * RFC 6750 section 3 for a rule of one alternative: every scope the operation requires,
   * space-separated, in declared order; built once. Null for a rule of several alternatives, whose
   * challenge lists the closest alternative's scopes ({@link Decision#required()}).
   */
  private final @Nullable Optional<String> insufficientScopeChallenge;
  /** What {@link Guard#resolve} answers for every request that matches this route. */
  final Resolution resolution;

  Route(String method, Template parsed, String template, @Nullable AccessRule rule, List<Binding> bindings) {
    this.method = method;
    this.template = template;
    this.rule = Optional.ofNullable(rule);
    this.bindings = List.copyOf(bindings);
    this.allowed = GuardDecision.allowed(this, rule == null ? null : Decision.allow());
    this.unauthenticated = GuardDecision.unauthenticated(this);
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
    return rule.isEmpty();
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
        && bindings.equals(that.bindings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, template, rule, bindings);
  }

  /**
   * {@code POST /v1/things requires [resource:create]}, {@code GET /v1/invoices requires
   * [accounting.transactions] or [accounting.transactions.read]}, {@code POST /v1/auth/token
   * public}, or with bindings {@code GET /v1/orgs/{orgId}/files requires [file:read] bound
   * [{orgId} = org_id]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(method).append(' ').append(template);
    if (rule.isEmpty()) {
      return sb.append(" public").toString();
    }
    String separator = " requires ";
    for (Requirement alternative : rule.get().alternatives()) {
      sb.append(separator).append(alternative.scopes());
      separator = " or ";
    }
    if (!bindings.isEmpty()) {
      sb.append(" bound ").append(bindings);
    }
    return sb.toString();
  }
}
