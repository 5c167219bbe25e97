package dev.scopegate.guard;

import dev.scopegate.Decision;
import dev.scopegate.Requirement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One operation of a {@link RouteTable}: an HTTP method, a path template, and either the scopes
 * the operation requires or the mark that it is public (needs no token).
 *
 * {@snippet :
 * Route r = routes.routes().get(0);
 * r.method();        // "POST"
 * r.template();      // "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"
 * r.requirement();   // Optional[Requirement[workflow:create]]
 * r.isPublic();      // false
 * }
 *
 * <p>Routes are made by {@link RouteTable.Builder}; the method is upper case and the template has
 * passed the template rules.
 */
public final class Route {
  private final String method;
  private final String template;
  private final Optional<Requirement> requirement;

  /** The decisions every request to this route shares, so the allowed path allocates nothing. */
  final GuardDecision allowed;

  final GuardDecision unauthenticated;
  /** RFC 6750 section 3: every scope the operation requires, space-separated, in declared order. */
  final Optional<String> insufficientScopeChallenge;
  /** What {@link Guard#resolve} answers for every request that matches this route. */
  final Resolution resolution;

  Route(String method, String template, @Nullable Requirement requirement) {
    this.method = method;
    this.template = template;
    this.requirement = Optional.ofNullable(requirement);
    this.allowed = GuardDecision.allowed(this, requirement == null ? null : Decision.allow());
    this.unauthenticated = GuardDecision.unauthenticated(this);
    this.insufficientScopeChallenge =
        Optional.of(Challenge.insufficientScope(requirement == null ? List.of() : requirement.scopes()));
    this.resolution = Resolution.of(this);
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
   * The scopes the operation requires; a token must cover all of them. An empty requirement
   * means any authenticated token will do.
   *
   * @return the requirement, or empty for a public route
   */
  public Optional<Requirement> requirement() {
    return requirement;
  }

  /**
   * Whether the operation is public: it needs no token, and no claim is read.
   *
   * @return {@code true} for a public route
   */
  public boolean isPublic() {
    return requirement.isEmpty();
  }

  /**
   * Routes are equal when method, template and requirement (or publicness) are.
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
    return method.equals(that.method) && template.equals(that.template) && requirement.equals(that.requirement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, template, requirement);
  }

  /**
   * {@code POST /v1/things requires [resource:create]} or {@code POST /v1/auth/token public}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return method + " " + template + requirement.map(r -> " requires " + r.scopes()).orElse(" public");
  }
}
