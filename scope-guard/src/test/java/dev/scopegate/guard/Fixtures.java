package dev.scopegate.guard;

import dev.scopegate.catalog.SignstackScopes;

/** The route table the guard tests share: Signstack-style operations with overlapping templates. */
final class Fixtures {
  static final String WORKFLOWS = "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows";
  static final String WORKFLOW = WORKFLOWS + "/{workflowId}";
  static final String ADVANCE = WORKFLOW + "/advance";

  static final RouteTable ROUTES = RouteTable.builder(SignstackScopes.CATALOG)
      .route("POST", WORKFLOWS, "workflow:create")
      .route("GET", WORKFLOWS, "workflow:read")
      .route("GET", WORKFLOW, "workflow:read")
      .route("POST", ADVANCE, "workflow:update", "workflow:execute")
      .route("GET", "/v1/things/{id}", "resource:read")
      .route("GET", "/v1/things/export", "resource:*")
      .publicRoute("GET", "/v1/docs/{page}")
      .route("GET", "/v1/docs/internal", "resource:update")
      .publicRoute("POST", "/v1/auth/token")
      .route("GET", "/v1/me", SignstackScopes.CATALOG.requirement())
      .publicRoute("GET", "/")
      .build();

  static final Guard GUARD = Guard.of(ROUTES);

  /** A claim that covers every operation of {@link #ROUTES}. */
  static final ScopeClaim EVERYTHING = ScopeClaim.of("workflow:* resource:*");

  private Fixtures() {}

  static Route route(String method, String template) {
    for (Route r : ROUTES.routes()) {
      if (r.method().equals(method) && r.template().equals(template)) {
        return r;
      }
    }
    throw new AssertionError("no fixture route " + method + " " + template);
  }
}
