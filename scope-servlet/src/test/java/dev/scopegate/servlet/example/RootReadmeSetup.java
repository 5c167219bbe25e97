package dev.scopegate.servlet.example;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.servlet.ScopeFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.EnumSet;

/** The root README's "Request filters" lines, compiled here and deployed on Jetty by {@code ReadmeTest}. */
public class RootReadmeSetup implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
        .route("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:create")
        .publicRoute("POST", "/v1/auth/token")
        .build();
    // or: RouteTable routes = OpenApiSpec.load(Path.of("openapi.yaml"), SignstackScopes.CATALOG).routeTable();

    context.addFilter("scopegate", ScopeFilter.builder(routes).build())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
  }
}
