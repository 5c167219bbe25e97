package dev.scopegate.servlet;

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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 * against {@link TestApi#violation} and records it.
 */
final class TestServer {
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

  static final Instant NOW = Instant.parse("2026-04-21T09:30:00.123Z");
  static final String TIMESTAMP = "2026-04-21T09:30:00.123Z";

  final Mode mode;
  final List<String> hits = new CopyOnWriteArrayList<>();
  final List<String> violations = new CopyOnWriteArrayList<>();
  final AtomicInteger traces = new AtomicInteger();
  final AtomicReference<String> lastTrace = new AtomicReference<>("");
  private final Server server;
  private final ServerConnector connector;

  TestServer(Mode mode, String contextPath) throws Exception {
    this.mode = mode;
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
    ScopeFilter scopes = ScopeFilter.builder(TestApi.ROUTES)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .traceIds(() -> {
          String id = "trace-" + traces.incrementAndGet();
          lastTrace.set(id);
          return id;
        })
        .build();
    context.addFilter(new FilterHolder(new FakeJwtVerification()), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addFilter(new FilterHolder(scopes), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new Application()), "/*");
    server.setHandler(context);
    server.start();
  }

  int port() {
    return connector.getLocalPort();
  }

  void stop() throws Exception {
    server.stop();
  }

  /** Stands in for the service's JWT verification: a known bearer token puts its claims on the request. */
  private static final class FakeJwtVerification implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      String authorization = ((HttpServletRequest) request).getHeader("Authorization");
      if (authorization != null && authorization.startsWith("Bearer ")) {
        Object claims = TestApi.TOKENS.get(authorization.substring("Bearer ".length()));
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
      hits.add(method + " " + request.getRequestURI());
      TestApi.violation(method, decoded, request.getAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE))
          .ifPresent(v -> violations.add(mode + ": " + v));
      if (!(request.getAttribute(ScopeFilter.DECISION_ATTRIBUTE) instanceof dev.scopegate.guard.GuardDecision)) {
        violations.add(mode + ": " + method + " " + decoded + " reached without a guard decision");
      }
      byte[] body = ("reached " + method + " " + decoded).getBytes(StandardCharsets.UTF_8);
      response.setStatus(200);
      response.setContentType("text/plain;charset=utf-8");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}
