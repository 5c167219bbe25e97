package dev.scopegate.servlet.example;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.TokenVerifier;
import dev.scopegate.servlet.ScopeFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;

/**
 * A service with its own JWT verification filter in front of the scope filter, the README's
 * alternative to {@code ClaimSource.bearer}; run by {@code ReadmeExampleTest}.
 */
@WebListener
public class ScopegateSetup implements ServletContextListener {
  static final RouteTable ROUTES = RouteTable.builder(SignstackScopes.CATALOG)
      .route("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:create")
      .route("GET", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}", "workflow:read")
      .publicRoute("POST", "/v1/auth/token")
      .build();

  private final TokenVerifier verifier;

  public ScopegateSetup() {
    this(token -> TokenVerifier.Result.rejected("No token verifier is configured"));
  }

  ScopegateSetup(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    // 1. Your JWT verification first: it leaves the verified claims on the request.
    context.addFilter("jwt", new JwtVerificationFilter(verifier))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    // 2. Then the scope filter, before any servlet.
    context.addFilter("scopegate", ScopeFilter.builder(ROUTES).build())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
  }
}
