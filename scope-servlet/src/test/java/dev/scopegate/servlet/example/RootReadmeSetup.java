package dev.scopegate.servlet.example;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.TokenVerifier;
import dev.scopegate.jwt.NimbusTokenVerifier;
import dev.scopegate.servlet.ClaimSource;
import dev.scopegate.servlet.ScopeFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.net.URI;
import java.util.EnumSet;

/** The root README's "Request filters" lines, compiled here and deployed on Jetty by {@code ReadmeTest}. */
public class RootReadmeSetup implements ServletContextListener {
  private final URI jwksUri;
  private final String issuer;
  private final String audience;

  /** The issuer's JWKS URL, and the iss and aud every token must have. */
  public RootReadmeSetup(URI jwksUri, String issuer, String audience) {
    this.jwksUri = jwksUri;
    this.issuer = issuer;
    this.audience = audience;
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
        .route("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:create")
        .publicRoute("POST", "/v1/auth/token")
        .build();
    // or: RouteTable routes = OpenApiSpec.load(Path.of("openapi.yaml"), SignstackScopes.CATALOG).routeTable();

    // Verify each request's bearer token: signature (the issuer's JWKS), expiry, issuer, audience (scope-jwt).
    TokenVerifier verifier = NimbusTokenVerifier.jwkSetUri(jwksUri).issuer(issuer).audience(audience).build();
    context.addFilter("scopegate", ScopeFilter.builder(routes).claimSource(ClaimSource.bearer(verifier)).build())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
  }
}
