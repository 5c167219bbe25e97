package dev.scopegate.spring;

import dev.scopegate.AccessRule;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.annotations.RequiresScopes;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.MethodClassKey;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.Authentication;

/**
 * Method security for {@link RequiresScopes}: before an annotated method runs, the caller's token
 * must satisfy the annotation's rule ({@code value()}, or any of {@code or()}), compiled strictly
 * against the catalog. Register {@link #interceptor()} as an infrastructure {@code Advisor} bean.
 *
 * {@snippet :
 * @Bean
 * @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
 * static Advisor requiresScopes() {
 *   return RequiresScopesAuthorizationManager.of(SignstackScopes.CATALOG, AuthenticationClaims.scopeThenScp())
 *       .interceptor();
 * }
 * }
 *
 * <p>Which annotation applies to a method is what {@code @RequiresScopes} documents: the method's
 * own, also when it sits on the interface or superclass method the bean implements; else that of the
 * type that declares a public method. A denial is an {@link AccessRuleResult}, which {@link
 * ScopeAccessDeniedHandler} answers with the reference's 403 body.
 *
 * <p>Each method's rule is compiled once and kept. A scope the catalog rejects throws {@link
 * ScopeDeclarationException} naming the method; {@link ScopeAnnotationValidator} compiles every
 * annotated method of the application's beans at start-up, so that a typo fails the start instead.
 * Thread-safe.
 */
public final class RequiresScopesAuthorizationManager implements AuthorizationManager<MethodInvocation> {
  /** The interceptor's order: after {@code @PreFilter} (100), before {@code @PreAuthorize} (200). */
  public static final int ORDER = (AuthorizationInterceptorsOrder.PRE_FILTER.getOrder()
      + AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder()) / 2;

  private static final Pointcut POINTCUT = new StaticMethodMatcherPointcut() {
    @Override
    public boolean matches(Method method, Class<?> targetClass) {
      return RequiresScopesLookup.find(method, targetClass).isPresent();
    }
  };

  private final ScopeCatalog catalog;
  private final AuthenticationClaims claims;
  private final ConcurrentMap<MethodClassKey, Optional<AccessRuleAuthorizationManager<MethodInvocation>>> managers =
      new ConcurrentHashMap<>();

  private RequiresScopesAuthorizationManager(ScopeCatalog catalog, AuthenticationClaims claims) {
    this.catalog = catalog;
    this.claims = claims;
  }

  /**
   * A manager whose rules are compiled against {@code catalog}.
   *
   * @param catalog the catalog every annotation's scopes must belong to
   * @param claims reads the scope claim of the caller's authentication
   * @return the manager
   */
  public static RequiresScopesAuthorizationManager of(ScopeCatalog catalog, AuthenticationClaims claims) {
    return new RequiresScopesAuthorizationManager(
        Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(claims, "claims"));
  }

  /**
   * The method interceptor for {@code @RequiresScopes}, ordered by {@link #ORDER}.
   *
   * @return the interceptor, an {@code Advisor}
   */
  public AuthorizationManagerBeforeMethodInterceptor interceptor() {
    return interceptor(() -> this);
  }

  /**
   * The method interceptor, asking for its manager only when an annotated method is first called;
   * for a {@code static} advisor bean method, which must not create the application's beans early.
   * The pointcut itself only reads annotations.
   *
   * @param manager supplies the manager
   * @return the interceptor, an {@code Advisor}
   */
  public static AuthorizationManagerBeforeMethodInterceptor interceptor(Supplier<RequiresScopesAuthorizationManager> manager) {
    Objects.requireNonNull(manager, "manager");
    AuthorizationManager<MethodInvocation> deferred = new AuthorizationManager<>() {
      @Override
      public AccessRuleResult authorize(Supplier<? extends @Nullable Authentication> authentication, MethodInvocation invocation) {
        return manager.get().authorize(authentication, invocation);
      }

      @Override
      public String toString() {
        return "RequiresScopesAuthorizationManager (deferred)";
      }
    };
    AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(POINTCUT, deferred);
    interceptor.setOrder(ORDER);
    return interceptor;
  }

  /**
   * The catalog.
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    return catalog;
  }

  /**
   * The rule a call of {@code method} on an instance of {@code targetClass} must satisfy.
   *
   * @param method the method
   * @param targetClass the bean's class
   * @return the compiled rule; empty when no {@code @RequiresScopes} applies
   * @throws ScopeDeclarationException if a scope of the annotation is not the catalog's
   */
  public Optional<AccessRule> rule(Method method, Class<?> targetClass) {
    return manager(Objects.requireNonNull(method, "method"), Objects.requireNonNull(targetClass, "targetClass"))
        .map(AccessRuleAuthorizationManager::rule);
  }

  /**
   * Checks the caller's token against the invoked method's rule.
   *
   * @param authentication the caller's authentication
   * @param invocation the method invocation
   * @return the result
   * @throws IllegalStateException if no {@code @RequiresScopes} applies to the method (the
   *     interceptor's pointcut only matches annotated methods)
   * @throws ScopeDeclarationException if a scope of the annotation is not the catalog's
   */
  @Override
  public AccessRuleResult authorize(Supplier<? extends @Nullable Authentication> authentication, MethodInvocation invocation) {
    Object target = invocation.getThis();
    Method method = invocation.getMethod();
    Class<?> targetClass = target != null ? AopUtils.getTargetClass(target) : method.getDeclaringClass();
    AccessRuleAuthorizationManager<MethodInvocation> manager = manager(method, targetClass)
        .orElseThrow(() -> new IllegalStateException("No @RequiresScopes applies to " + method));
    return manager.authorize(authentication, invocation);
  }

  private Optional<AccessRuleAuthorizationManager<MethodInvocation>> manager(Method method, Class<?> targetClass) {
    MethodClassKey key = new MethodClassKey(method, targetClass);
    Optional<AccessRuleAuthorizationManager<MethodInvocation>> known = managers.get(key);
    if (known != null) {
      return known;
    }
    Optional<AccessRuleAuthorizationManager<MethodInvocation>> compiled = RequiresScopesLookup.find(method, targetClass)
        .map(located -> AccessRuleAuthorizationManager.of(compile(located), claims));
    managers.putIfAbsent(key, compiled);
    return compiled;
  }

  /** The annotation's alternatives, each parsed strictly; every bad scope is reported. */
  private AccessRule compile(RequiresScopesLookup.Located located) {
    RequiresScopes annotation = located.annotation();
    List<String[]> declared = new ArrayList<>();
    declared.add(annotation.value());
    for (RequiresScopes.Alternative alternative : annotation.or()) {
      declared.add(alternative.value());
    }
    List<Requirement> alternatives = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String[] scopes : declared) {
      for (String scope : scopes) {
        try {
          catalog.parse(scope);
        } catch (InvalidScopeException e) {
          problems.add("@RequiresScopes on " + located.where() + ": " + e.getMessage());
        }
      }
      if (problems.isEmpty()) {
        alternatives.add(catalog.requirement(scopes));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScopeDeclarationException(problems);
    }
    return AccessRule.anyOf(alternatives);
  }

  /**
   * {@code RequiresScopesAuthorizationManager[ScopeCatalog[…], AuthenticationClaims[…]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "RequiresScopesAuthorizationManager[" + catalog + ", " + claims + "]";
  }
}
