package dev.scopegate.servlet;

import dev.scopegate.guard.Answer;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.RequestHeaders;
import dev.scopegate.guard.RequestTarget;
import dev.scopegate.guard.RouteTable;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A servlet filter that lets a request through only when the {@link Guard} allows it, and
 * otherwise sends the guard's {@link Answers answer}: the status, {@code WWW-Authenticate} and the
 * JSON body ({@code 403 Token lacks required scope: workflow:create}, {@code 403 No operation is
 * declared for this method and path}, {@code 401 Missing bearer token}, {@code 401} with the claim
 * source's reason, {@code 400 Invalid request path: …}). It only translates between the servlet
 * API and the guard; every rule and every byte of the answer comes from scope-guard.
 *
 * {@snippet :
 * ScopeFilter filter = ScopeFilter.builder(routes)
 *     .claimSource(ClaimSource.jwtClaims())                              // the default
 *     .answers(Answers.builder().traceIds(() -> MDC.get("traceId")).build())   // default: Answers.signstack()
 *     .build();
 * }
 *
 * <p>The guard matches the raw {@link HttpServletRequest#getRequestURI()} minus the context path,
 * never the decoded {@code getServletPath()}/{@code getPathInfo()}, and the body's {@code path} is
 * the raw request URI. The claim source runs only for a request that matched a protected operation:
 * never for a malformed path, an undeclared operation, a public operation or a passed CORS
 * preflight. An allowed request carries its {@link GuardDecision} (with the matched route) in the
 * {@link #DECISION_ATTRIBUTE} attribute. Register the filter for {@code DispatcherType.REQUEST},
 * after the JWT verification and before anything that acts on the request. Thread-safe.
 */
public final class ScopeFilter implements Filter {
  /** The request attribute holding the {@link GuardDecision} of an allowed request. */
  public static final String DECISION_ATTRIBUTE = "dev.scopegate.servlet.decision";

  private final Guard guard;
  private final ClaimSource claims;
  private final Answers answers;

  private ScopeFilter(Builder b) {
    this.guard = b.guard;
    this.claims = b.claims;
    this.answers = b.answers;
  }

  /**
   * Starts a filter over a route table, with a guard's defaults (CORS preflights are not passed).
   *
   * @param routes the declared operations
   * @return a builder
   */
  public static Builder builder(RouteTable routes) {
    return new Builder(Guard.of(Objects.requireNonNull(routes, "routes")));
  }

  /**
   * Starts a filter over a guard, such as one built to pass CORS preflights.
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
   * How the filter answers denials.
   *
   * @return the answers
   */
  public Answers answers() {
    return answers;
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
    RequestHeaders headers = name -> Optional.ofNullable(http.getHeader(name));
    GuardDecision decision = guard.resolve(http.getMethod(), RequestTarget.withinContext(uri, http.getContextPath()), headers)
        .decide(() -> claims.read(http));
    if (decision.allowed()) {
      http.setAttribute(DECISION_ATTRIBUTE, decision);
      chain.doFilter(request, response);
      return;
    }
    send(answers.answer(decision, uri), (HttpServletResponse) response);
  }

  private static void send(Answer answer, HttpServletResponse response) throws IOException {
    byte[] body = answer.bodyBytes();
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    answer.wwwAuthenticate().ifPresent(challenge -> response.setHeader("WWW-Authenticate", challenge));
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * A summary: {@code ScopeFilter[Guard[RouteTable[12 routes]], ClaimSource.jwtClaims(…), Answers[…]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ScopeFilter[" + guard + ", " + claims + ", " + answers + "]";
  }

  /** Builds a {@link ScopeFilter}. Not thread-safe; build once at start-up. */
  public static final class Builder {
    private final Guard guard;
    private ClaimSource claims = ClaimSource.jwtClaims();
    private Answers answers = Answers.signstack();

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
     * How to answer denials: the body format, whether a missing scope is named, the clock and
     * the trace ids; by default {@link Answers#signstack()}.
     *
     * @param answers the answers
     * @return this builder
     */
    public Builder answers(Answers answers) {
      this.answers = Objects.requireNonNull(answers, "answers");
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
