package dev.scopegate.spring;

import dev.scopegate.AccessRule;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.Resolution;
import dev.scopegate.guard.RouteTable;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * An {@link AccessRule} as a Spring Security {@link AuthorizationManager}: the caller's token must
 * satisfy one of the rule's alternatives. It is what {@code @RequiresScopes} and the {@code
 * @scopes} SpEL bean check, and it ignores the secured object.
 *
 * {@snippet :
 * AccessRuleAuthorizationManager<Object> create =
 *     AccessRuleAuthorizationManager.of(AccessRule.of(catalog.requirement("workflow:create")), claims);
 * create.authorize(() -> authentication, invocation).isGranted();
 * }
 *
 * <p>The claim is decided exactly as the request guard decides a protected operation's: no token
 * is 401, scope claims that cannot be read (a {@code scope}/{@code scp} conflict) are 401 {@code
 * invalid_token}, and otherwise the engine checks the rule. Immutable and thread-safe.
 *
 * @param <T> the secured object's type, which is not read
 */
public final class AccessRuleAuthorizationManager<T> implements AuthorizationManager<T> {
  private final AccessRule rule;
  private final AuthenticationClaims claims;
  /**
   * The rule as a guard's only route: the guard owns what a claim means for a protected operation
   * (401 without a token, 401 for unusable claims, then the engine's check), and a rule outside any
   * route table means the same.
   */
  private final Resolution resolution;

  private AccessRuleAuthorizationManager(AccessRule rule, AuthenticationClaims claims) {
    this.rule = rule;
    this.claims = claims;
    this.resolution = Guard.of(RouteTable.builder(rule.catalog()).route("GET", "/", rule).build()).resolve("GET", "/");
  }

  /**
   * A manager for one rule.
   *
   * @param rule the rule the caller's token must satisfy
   * @param claims reads the scope claim of the caller's authentication
   * @param <T> the secured object's type
   * @return the manager
   */
  public static <T> AccessRuleAuthorizationManager<T> of(AccessRule rule, AuthenticationClaims claims) {
    return new AccessRuleAuthorizationManager<>(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(claims, "claims"));
  }

  /**
   * The rule.
   *
   * @return the rule
   */
  public AccessRule rule() {
    return rule;
  }

  /**
   * Checks the caller's token against the rule.
   *
   * @param authentication the caller's authentication
   * @param object the secured object; not read
   * @return the result, with the guard's outcome and the engine's decision
   */
  @Override
  public AccessRuleResult authorize(Supplier<? extends @Nullable Authentication> authentication, T object) {
    return new AccessRuleResult(rule, resolution.decide(() -> claims.read(authentication.get())));
  }

  /**
   * {@code AccessRuleAuthorizationManager[AccessRule[workflow:create]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "AccessRuleAuthorizationManager[" + rule + "]";
  }
}
