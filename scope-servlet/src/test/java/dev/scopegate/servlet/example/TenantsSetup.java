package dev.scopegate.servlet.example;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.servlet.ScopeFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.EnumSet;
import java.util.Optional;

/** The root README's "Tenants and delegation" bindings, compiled here and deployed on Jetty by {@code TenantsReadmeTest}. */
public class TenantsSetup implements ServletContextListener {
  /** The service's own namespace records. */
  public interface Namespaces {
    /**
     * The mode of a namespace.
     *
     * @param orgId the organization
     * @param namespaceKey the namespace
     * @return "live" or "test", or empty when there is no such namespace
     */
    Optional<String> modeOf(String orgId, String namespaceKey);
  }

  private final Namespaces namespaces;

  public TenantsSetup(Namespaces namespaces) {
    this.namespaces = namespaces;
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
        .route("GET", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:read")
        .route("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/api-keys", "api-key:create")
        .route("GET", "/v1/orgs/{orgId}/files/{fileId}", "file:read")
        .publicRoute("POST", "/v1/auth/token")
        .bind("orgId", "org_id")                 // {orgId} must be the token's org_id claim
        .bind("namespaceKey", "namespace")       // {namespaceKey} must be its namespace claim, or one of its list
        .bindMode("namespaceKey", "mode")        // the namespace's mode must be its mode claim
        .build();
    Guard guard = Guard.builder(routes)
        .modeLookup(parameters -> namespaces.modeOf(parameters.get("orgId"), parameters.get("namespaceKey")))
        .build();

    context.addFilter("scopegate", ScopeFilter.builder(guard).build())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
  }
}
