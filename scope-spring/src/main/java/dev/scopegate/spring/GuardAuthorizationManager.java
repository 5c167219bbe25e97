package dev.scopegate.spring;

import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.RequestHeaders;
import dev.scopegate.guard.RequestTarget;
import dev.scopegate.guard.Resolution;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
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
 * URI ({@code getRequestURI()}, which the container does not decode) without the context path and
 * without the {@code DispatcherServlet}'s path prefix when it is mapped to one ({@link
 * #withServletPath(String)}: {@code spring.mvc.servlet.path=/api} maps it to {@code /api/*}). Both
 * are removed only where the raw path starts with them literally ({@link
 * RequestTarget#withinContext}), so an encoded variant ({@code /%61pi/…}) or a path outside the
 * servlet keeps them, matches no route and is denied. Route templates therefore describe paths as
 * the controllers declare them. The guard's path rules then apply exactly as in the servlet filter.
 *
 * <h2>Dispatches</h2>
 *
 * Only a request's own dispatch ({@code DispatcherType.REQUEST}) is decided; the error, forward,
 * include and async dispatches that follow an allowed request (Spring Boot's {@code /error} page,
 * for one) are granted, as the servlet filter is registered for {@code REQUEST} alone.
 *
 * <p>The result is a {@link GuardAuthorizationResult} carrying the guard's decision; an allowed
 * request's result is shared by every request to its operation, so the allowed path allocates
 * nothing. The token's claims are read with the scope only when the matched operation binds some
 * ({@link Resolution#needsTokenClaims()}). Thread-safe.
 */
public final class GuardAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {
  private static final AuthorizationDecision OTHER_DISPATCH = new AuthorizationDecision(true);
  private static final String OPTIONS = "OPTIONS";

  private final Guard guard;
  private final AuthenticationClaims claims;
  private final String servletPath;
  private final GrantedResults granted;

  private GuardAuthorizationManager(Guard guard, AuthenticationClaims claims, String servletPath) {
    this.guard = guard;
    this.claims = claims;
    this.servletPath = servletPath;
    this.granted = new GrantedResults(guard.routes().routes().size());
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
    return new GuardAuthorizationManager(Objects.requireNonNull(guard, "guard"), Objects.requireNonNull(claims, "claims"), "");
  }

  /**
   * This manager for a {@code DispatcherServlet} mapped below a path prefix: the prefix is removed
   * from the path (after the context path) before the guard matches it.
   *
   * {@snippet :
   * GuardAuthorizationManager.of(guard).withServletPath(dispatcherServletPath.getPrefix());   // Spring Boot's bean
   * }
   *
   * @param servletPath the prefix, such as {@code "/api"}; {@code ""} (the default) for a servlet
   *     mapped to {@code /}
   * @return the manager
   * @throws IllegalArgumentException if the prefix is not {@code ""} and does not start with
   *     {@code /}, or ends with {@code /}
   */
  public GuardAuthorizationManager withServletPath(String servletPath) {
    Objects.requireNonNull(servletPath, "servletPath");
    if (!servletPath.isEmpty() && (!servletPath.startsWith("/") || servletPath.endsWith("/"))) {
      throw new IllegalArgumentException(
          "A servlet path prefix is \"\" or starts with '/' and does not end with it, such as \"/api\"; not \"" + servletPath + "\"");
    }
    return new GuardAuthorizationManager(guard, claims, servletPath);
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
    String method = request.getMethod();
    // The guard reads headers only for a CORS preflight, an OPTIONS request.
    RequestHeaders headers = OPTIONS.equals(method) ? name -> Optional.ofNullable(request.getHeader(name)) : RequestHeaders.none();
    String prefix = servletPath.isEmpty() ? request.getContextPath() : request.getContextPath() + servletPath;
    Resolution resolution = guard.resolve(method, RequestTarget.withinContext(request.getRequestURI(), prefix), headers);
    GuardDecision decision = resolution.needsClaim()
        ? resolution.decide(claims.read(authentication.get(), resolution))
        : resolution.decision().orElseThrow();
    return decision.allowed() ? granted.result(decision) : new GuardAuthorizationResult(decision);
  }

  /**
   * {@code GuardAuthorizationManager[Guard[RouteTable[12 routes]], AuthenticationClaims[…]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "GuardAuthorizationManager[" + guard + ", " + claims + (servletPath.isEmpty() ? "" : ", servlet path " + servletPath) + "]";
  }
}
