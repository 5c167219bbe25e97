package dev.scopegate.servlet;

import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.ScopeClaim;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A servlet filter that lets a request through only when the {@link Guard} allows it, and
 * otherwise answers it itself:
 *
 * <ul>
 *   <li>403 {@code Token lacks required scope: workflow:create}, with {@code WWW-Authenticate:
 *       Bearer error="insufficient_scope", scope="<every required scope, declared order>"};
 *   <li>403 {@code No operation is declared for this method and path} (no challenge);
 *   <li>401 {@code Missing bearer token}, with {@code WWW-Authenticate: Bearer};
 *   <li>401 with the claim source's reason, with {@code WWW-Authenticate: Bearer
 *       error="invalid_token"};
 *   <li>400 {@code Invalid request path: …} or {@code Invalid request method} (no challenge).
 * </ul>
 *
 * Every answer has the JSON body {@code {"statusCode":…,"timestamp":"…Z","path":"…","traceId":"…",
 * "errorInfo":{"message":"…"}}} written with Jackson, where {@code path} is the raw request URI.
 *
 * {@snippet :
 * ScopeFilter filter = ScopeFilter.builder(routes)
 *     .claimSource(ClaimSource.jwtClaims())          // the default
 *     .traceIds(() -> MDC.get("traceId"))            // default: a random UUID per answer
 *     .build();
 * }
 *
 * <p>The guard matches the raw {@link HttpServletRequest#getRequestURI()} minus the context path,
 * never the decoded {@code getServletPath()}/{@code getPathInfo()}. An allowed request carries its
 * {@link GuardDecision} (with the matched route) in the {@link #DECISION_ATTRIBUTE} attribute.
 * Register the filter for {@code DispatcherType.REQUEST}, after the JWT verification and before
 * anything that acts on the request. Thread-safe.
 */
public final class ScopeFilter implements Filter {
  /** The request attribute holding the {@link GuardDecision} of an allowed request. */
  public static final String DECISION_ATTRIBUTE = "dev.scopegate.servlet.decision";

  private final Guard guard;
  private final ClaimSource claims;
  private final ErrorBody errors;

  private ScopeFilter(Builder b) {
    this.guard = b.guard;
    this.claims = b.claims;
    this.errors = new ErrorBody(b.clock, b.traceIds);
  }

  /**
   * Starts a filter over a route table.
   *
   * @param routes the declared operations
   * @return a builder
   */
  public static Builder builder(RouteTable routes) {
    return new Builder(Guard.of(Objects.requireNonNull(routes, "routes")));
  }

  /**
   * Starts a filter over a guard.
   *
   * @param guard the guard
   * @return a builder
   */
  public static Builder builder(Guard guard) {
    return new Builder(Objects.requireNonNull(guard, "guard"));
  }

  /**
   * The guard the filter runs.
   *
   * @return the guard
   */
  public Guard guard() {
    return guard;
  }

  /**
   * Decides the request, and either passes it down the chain or answers it.
   *
   * @param request the request; must be an {@link HttpServletRequest}
   * @param response the response; must be an {@link HttpServletResponse}
   * @param chain the rest of the chain
   * @throws ServletException for a request that is not HTTP, or from the chain
   * @throws IOException from the chain or while writing the answer
   */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)) {
      throw new ServletException("ScopeFilter guards HTTP requests only, not a " + request.getClass().getName());
    }
    HttpServletRequest http = (HttpServletRequest) request;
    String uri = http.getRequestURI();
    ScopeClaim claim = claims.read(http);
    GuardDecision decision = guard.check(http.getMethod(), withoutContextPath(uri, http.getContextPath()), claim);
    if (decision.allowed()) {
      http.setAttribute(DECISION_ATTRIBUTE, decision);
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse out = (HttpServletResponse) response;
    decision.wwwAuthenticate().ifPresent(challenge -> out.setHeader("WWW-Authenticate", challenge));
    errors.write(out, decision.status(), uri, decision.message().orElseThrow());
  }

  /**
   * The path the route templates describe: the raw URI after the context path. When the raw URI
   * does not start with the context path literally (the container matched the context on a
   * decoded or normalised form, such as {@code /%61pi} for {@code /api}), the whole raw URI is
   * checked instead, and the encoding that made the difference gets it rejected.
   */
  static String withoutContextPath(String uri, String contextPath) {
    if (contextPath.isEmpty()) {
      return uri;
    }
    if (uri.startsWith(contextPath) && (uri.length() == contextPath.length() || uri.charAt(contextPath.length()) == '/')) {
      String rest = uri.substring(contextPath.length());
      return rest.isEmpty() ? "/" : rest;
    }
    return uri;
  }

  /**
   * A summary: {@code ScopeFilter[Guard[RouteTable[12 routes]], ClaimSource.jwtClaims(…)]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ScopeFilter[" + guard + ", " + claims + "]";
  }

  /** Builds a {@link ScopeFilter}. Not thread-safe; build once at start-up. */
  public static final class Builder {
    private final Guard guard;
    private ClaimSource claims = ClaimSource.jwtClaims();
    private Clock clock = Clock.systemUTC();
    private Supplier<String> traceIds = () -> UUID.randomUUID().toString();

    private Builder(Guard guard) {
      this.guard = guard;
    }

    /**
     * Where to read each request's scope claim; by default {@link ClaimSource#jwtClaims()}.
     *
     * @param source the claim source
     * @return this builder
     */
    public Builder claimSource(ClaimSource source) {
      this.claims = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * The clock for the error body's {@code timestamp}; by default the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where each error body's {@code traceId} comes from; by default a random UUID. It is called
     * on the request's thread, once per answered request, so it may read a logging context.
     *
     * @param traceIds the supplier; must not return {@code null}
     * @return this builder
     */
    public Builder traceIds(Supplier<String> traceIds) {
      this.traceIds = Objects.requireNonNull(traceIds, "traceIds");
      return this;
    }

    /**
     * Builds the filter.
     *
     * @return the filter
     */
    public ScopeFilter build() {
      return new ScopeFilter(this);
    }
  }
}
