package dev.scopegate.spring;

import dev.scopegate.AccessRule;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@code @scopes} bean for {@code @PreAuthorize} expressions: each method returns an {@link
 * AccessRuleAuthorizationManager}, which Spring Security 7 calls with the caller's authentication,
 * so a denial carries the engine's decision and is answered like any other 403 of Scopegate's,
 * with the missing scope named. Scopes are parsed strictly against the catalog, and the catalog's
 * wildcards and implications apply.
 *
 * {@snippet :
 * @Bean(ScopeExpressions.BEAN_NAME)
 * ScopeExpressions scopes(ScopeCatalog catalog) {
 *   return ScopeExpressions.of(catalog, AuthenticationClaims.scopeThenScp());
 * }
 *
 * @PreAuthorize("@scopes.all('workflow:create')")
 * public Workflow create(WorkflowDraft draft) { ... }
 * }
 *
 * <p>An expression is a whole {@code @PreAuthorize} value: Spring evaluates a manager that an
 * expression returns, but not one inside {@code and} or {@code or}. To require other things as
 * well, put them in a second annotation ({@code @RequiresScopes} beside {@code @PreAuthorize}, or
 * the other way round). {@link ScopeAnnotationValidator} checks the literals of these expressions at
 * start-up. Thread-safe.
 */
public final class ScopeExpressions {
  /** The bean name expressions use: {@code @scopes}. */
  public static final String BEAN_NAME = "scopes";

  /** Rules are kept for at most this many distinct argument lists (literals in code are few). */
  private static final int CACHED = 1024;

  private final ScopeCatalog catalog;
  private final AuthenticationClaims claims;
  private final ConcurrentMap<List<String>, AccessRuleAuthorizationManager<Object>> all = new ConcurrentHashMap<>();
  private final ConcurrentMap<List<String>, AccessRuleAuthorizationManager<Object>> any = new ConcurrentHashMap<>();

  private ScopeExpressions(ScopeCatalog catalog, AuthenticationClaims claims) {
    this.catalog = catalog;
    this.claims = claims;
  }

  /**
   * The expressions bean.
   *
   * @param catalog the catalog scopes are parsed against
   * @param claims reads the scope claim of the caller's authentication
   * @return the bean
   */
  public static ScopeExpressions of(ScopeCatalog catalog, AuthenticationClaims claims) {
    return new ScopeExpressions(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(claims, "claims"));
  }

  /**
   * Every scope is required: {@code @scopes.all('workflow:update', 'file:read')}.
   *
   * @param scopes the required scopes
   * @return the manager
   * @throws dev.scopegate.InvalidScopeException if a scope is not the catalog's
   */
  public AccessRuleAuthorizationManager<Object> all(String... scopes) {
    return cached(all, scopes, false);
  }

  /**
   * Any one of the scopes suffices: {@code @scopes.any('workflow:read', 'workflow:*')}.
   *
   * @param scopes the scopes, each enough on its own; at least one
   * @return the manager
   * @throws dev.scopegate.InvalidScopeException if a scope is not the catalog's
   * @throws IllegalArgumentException if no scope is given
   */
  public AccessRuleAuthorizationManager<Object> any(String... scopes) {
    return cached(any, scopes, true);
  }

  /**
   * The rule of {@code all} or {@code any} with these scopes, for the start-up check.
   *
   * @throws dev.scopegate.InvalidScopeException if a scope is not the catalog's
   */
  AccessRule rule(boolean anyOf, List<String> scopes) {
    if (!anyOf) {
      return AccessRule.of(catalog.requirement(scopes.toArray(String[]::new)));
    }
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("@scopes.any() needs at least one scope");
    }
    List<Requirement> alternatives = new ArrayList<>();
    for (String scope : scopes) {
      alternatives.add(catalog.requirement(scope));
    }
    return AccessRule.anyOf(alternatives);
  }

  private AccessRuleAuthorizationManager<Object> cached(
      ConcurrentMap<List<String>, AccessRuleAuthorizationManager<Object>> cache, String[] scopes, boolean anyOf) {
    List<String> key = List.of(Objects.requireNonNull(scopes, "scopes"));
    AccessRuleAuthorizationManager<Object> known = cache.get(key);
    if (known != null) {
      return known;
    }
    AccessRuleAuthorizationManager<Object> compiled = AccessRuleAuthorizationManager.of(rule(anyOf, key), claims);
    if (cache.size() < CACHED) {
      cache.putIfAbsent(key, compiled);
    }
    return compiled;
  }

  /**
   * {@code ScopeExpressions[ScopeCatalog[…]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ScopeExpressions[" + catalog + "]";
  }
}
