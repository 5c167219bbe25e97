package dev.scopegate.servlet;

import dev.scopegate.guard.Answers;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Jetty 12 (ee10) on 127.0.0.1 and a free port: the fake JWT verification, then the
 * {@link ScopeFilter}, then one catch-all application servlet that checks every request it gets
 * against the service's oracle ({@link TestApi#violation} by default) and records it. For a CORS
 * preflight the application answers as a CORS handler would, with {@code Access-Control-Allow-Origin}.
 */
final class TestServer {
  /** The service a server runs: its guard, the tokens its fake JWT verification knows, and its oracle. */
  interface Service {
    /** The guard's builder over the service's routes. */
    Guard.Builder guard();

    /** Verified claims by bearer token. */
    Map<String, Map<String, Object>> tokens();

    /** Why a request that reached the application should not have, or empty. */
    Optional<String> violation(TestApi.Arrival arrival, boolean preflightsPass);
  }

  /** How strict Jetty itself is about request URIs. */
  enum Mode {
    /** Jetty 12.1's defaults, as a service gets them. */
    JETTY_DEFAULT,
    /**
     * {@code UriCompliance.UNSAFE} and ambiguous URIs decoded: Jetty lets nearly every trick through, so
     * only the filter stands between them and the servlet.
     */
    PERMISSIVE
  }

  /**
   * How the filter is set up beyond the defaults.
   *
   * @param passPreflights whether the guard passes CORS preflights
   * @param answers changes to the answers (clock and trace ids are the server's unless changed)
   * @param claims the claim source; empty for the default {@link ClaimSource#jwtClaims()}
   * @param service the service; {@link TestApi#SERVICE} by default
   */
  record Options(boolean passPreflights, UnaryOperator<Answers.Builder> answers, Optional<ClaimSource> claims, Service service) {
    static Options defaults() {
      return new Options(false, b -> b, Optional.empty(), TestApi.SERVICE);
    }

    Options passingPreflights() {
      return new Options(true, answers, claims, service);
    }

    Options answers(UnaryOperator<Answers.Builder> change) {
      return new Options(passPreflights, change, claims, service);
    }

    Options claims(ClaimSource source) {
      return new Options(passPreflights, answers, Optional.of(source), service);
    }

    Options service(Service other) {
      return new Options(passPreflights, answers, claims, other);
    }
  }

  static final Instant NOW = Instant.parse("2026-04-21T09:30:00.123Z");
  static final String TIMESTAMP = "2026-04-21T09:30:00.123Z";

  final Mode mode;
  final Options options;
  final List<String> hits = new CopyOnWriteArrayList<>();
  final List<String> violations = new CopyOnWriteArrayList<>();
  final AtomicInteger traces = new AtomicInteger();
  final AtomicReference<String> lastTrace = new AtomicReference<>("");
  private final Server server;
  private final ServerConnector connector;

  TestServer(Mode mode, String contextPath) throws Exception {
    this(mode, contextPath, Options.defaults());
  }

  TestServer(Mode mode, String contextPath, Options options) throws Exception {
    this.mode = mode;
    this.options = options;
    server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    if (mode == Mode.PERMISSIVE) {
      http.setUriCompliance(UriCompliance.UNSAFE);
    }
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath(contextPath);
    if (mode == Mode.PERMISSIVE) {
      context.getServletHandler().setDecodeAmbiguousURIs(true);
    }
    Guard.Builder guard = options.service().guard();
    if (options.passPreflights()) {
      guard.passCorsPreflights();
    }
    Answers.Builder answers = Answers.builder()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .traceIds(() -> {
          String id = "trace-" + traces.incrementAndGet();
          lastTrace.set(id);
          return id;
        });
    ScopeFilter.Builder scopes = ScopeFilter.builder(guard.build()).answers(options.answers().apply(answers).build());
    options.claims().ifPresent(scopes::claimSource);
    context.addFilter(new FilterHolder(new FakeJwtVerification(options.service().tokens())), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addFilter(new FilterHolder(scopes.build()), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new Application()), "/*");
    server.setHandler(context);
    server.start();
  }

  int port() {
    return connector.getLocalPort();
  }

  String authority() {
    return "127.0.0.1:" + port();
  }

  void stop() throws Exception {
    server.stop();
  }

  /** Stands in for the service's JWT verification: a known bearer token puts its claims on the request. */
  private static final class FakeJwtVerification implements Filter {
    private final Map<String, Map<String, Object>> tokens;

    FakeJwtVerification(Map<String, Map<String, Object>> tokens) {
      this.tokens = tokens;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      String authorization = ((HttpServletRequest) request).getHeader("Authorization");
      if (authorization != null && authorization.startsWith("Bearer ")) {
        Object claims = tokens.get(authorization.substring("Bearer ".length()));
        if (claims != null) {
          request.setAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE, claims);
        }
      }
      chain.doFilter(request, response);
    }
  }

  /** The protected application: echoes what it routed on, and reports anything it should not have got. */
  private final class Application extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
      String decoded = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
      String method = request.getMethod();
      Optional<String> origin = Optional.ofNullable(request.getHeader("Origin"));
      hits.add(method + " " + request.getRequestURI());
      TestApi.Arrival arrival = new TestApi.Arrival(method, decoded, request.getAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE),
          origin, Optional.ofNullable(request.getHeader("Access-Control-Request-Method")));
      options.service().violation(arrival, options.passPreflights()).ifPresent(v -> violations.add(mode + ": " + v));
      Object decision = request.getAttribute(ScopeFilter.DECISION_ATTRIBUTE);
      if (!(decision instanceof GuardDecision) || !((GuardDecision) decision).allowed()) {
        violations.add(mode + ": " + method + " " + decoded + " reached without an allowing guard decision");
      }
      if (method.equals("OPTIONS")) {
        response.setHeader("Access-Control-Allow-Origin", origin.orElse(""));
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
      }
      byte[] body = ("reached " + method + " " + decoded).getBytes(StandardCharsets.UTF_8);
      response.setStatus(200);
      response.setContentType("text/plain;charset=utf-8");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}
