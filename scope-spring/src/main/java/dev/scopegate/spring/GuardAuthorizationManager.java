package dev.scopegate.spring;

import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.RequestHeaders;
import dev.scopegate.guard.RequestTarget;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides every request with the Scopegate {@link Guard}, as the {@code anyRequest()} rule of
 * Spring Security's request authorization: the raw request path, the method as sent, and the
 * token's scope claim read from the {@link Authentication} only when the matched operation needs
 * it. A request that matches no declared operation is denied (fail closed).
 *
 * {@snippet :
 * http.authorizeHttpRequests(requests -> requests.anyRequest().access(GuardAuthorizationManager.of(guard)))
 *     .exceptionHandling(e -> e.accessDeniedHandler(deniedHandler).authenticationEntryPoint(entryPoint));
 * }
 *
 * <h2>The path</h2>
 *
 * The guard matches the path Spring MVC dispatches on, still percent-encoded as sent: the request
 * URI ({@code getRequestURI()}, which the container does not decode) without the context path and,
 * when the request is mapped to a servlet by a path prefix ({@code spring.mvc.servlet.path=/api},
 * a mapping of {@code /api/*}), without that prefix, as the mapping declares it. Both are removed
 * only where the raw path starts with them literally ({@link RequestTarget#withinContext}), so an
 * encoded variant keeps its prefix and is denied. Route templates therefore describe paths as the
 * controllers declare them. The guard's path rules then apply exactly as in the servlet filter.
 *
 * <h2>Dispatches</h2>
 *
 * Only a request's own dispatch ({@code DispatcherType.REQUEST}) is decided; the error, forward,
 * include and async dispatches that follow an allowed request (Spring Boot's {@code /error} page,
 * for one) are granted, as the servlet filter is registered for {@code REQUEST} alone.
 *
 * <p>The result is a {@link GuardAuthorizationResult} carrying the guard's decision. Immutable and
 * thread-safe.
 */
public final class GuardAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {
  private static final AuthorizationDecision OTHER_DISPATCH = new AuthorizationDecision(true);

  private final Guard guard;
  private final AuthenticationClaims claims;

  private GuardAuthorizationManager(Guard guard, AuthenticationClaims claims) {
    this.guard = guard;
    this.claims = claims;
  }

  /**
   * A manager that reads {@code scope}, else {@code scp}.
   *
   * @param guard the guard over the declared operations
   * @return the manager
   */
  public static GuardAuthorizationManager of(Guard guard) {
    return of(guard, AuthenticationClaims.scopeThenScp());
  }

  /**
   * A manager with its own claims reader.
   *
   * @param guard the guard over the declared operations
   * @param claims reads the scope claim of the request's authentication
   * @return the manager
   */
  public static GuardAuthorizationManager of(Guard guard, AuthenticationClaims claims) {
    return new GuardAuthorizationManager(Objects.requireNonNull(guard, "guard"), Objects.requireNonNull(claims, "claims"));
  }

  /**
   * The guard.
   *
   * @return the guard
   */
  public Guard guard() {
    return guard;
  }

  /**
   * Decides the request.
   *
   * @param authentication the request's authentication, read only for a protected operation
   * @param context the request
   * @return a {@link GuardAuthorizationResult}; for a dispatch other than {@code REQUEST}, a
   *     granted {@link AuthorizationDecision}
   */
  @Override
  public AuthorizationResult authorize(
      Supplier<? extends @Nullable Authentication> authentication, RequestAuthorizationContext context) {
    HttpServletRequest request = context.getRequest();
    if (request.getDispatcherType() != DispatcherType.REQUEST) {
      return OTHER_DISPATCH;
    }
    RequestHeaders headers = name -> Optional.ofNullable(request.getHeader(name));
    GuardDecision decision = guard.resolve(request.getMethod(), dispatchPath(request), headers)
        .decide(() -> claims.read(authentication.get()));
    return new GuardAuthorizationResult(decision);
  }

  /**
   * The raw path below the context path and, for a servlet mapped by a path prefix, below that
   * prefix: what the application's controllers are mapped to.
   */
  static String dispatchPath(HttpServletRequest request) {
    String prefix = request.getContextPath();
    HttpServletMapping mapping = request.getHttpServletMapping();
    if (mapping != null && mapping.getMappingMatch() == MappingMatch.PATH) {
      String pattern = mapping.getPattern();
      prefix += pattern.substring(0, pattern.length() - "/*".length());
    }
    return RequestTarget.withinContext(request.getRequestURI(), prefix);
  }

  /**
   * {@code GuardAuthorizationManager[Guard[RouteTable[12 routes]], AuthenticationClaims[…]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "GuardAuthorizationManager[" + guard + ", " + claims + "]";
  }
}
