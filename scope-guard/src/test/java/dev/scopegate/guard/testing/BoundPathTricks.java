package dev.scopegate.guard.testing;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.ModeLookup;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.testing.PathTricks.Row;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shared path-trick corpus applied to bound path parameters ({@code bound-path-tricks.tsv}
 * next to this class, in scope-guard's test jar): every trick of {@link PathTricks}, under the
 * same id, moved onto {@code {orgId}} or {@code {namespaceKey}} of a table that binds both and the
 * namespace's mode, plus a few rows of tenant isolation itself. The guard's tests decide every
 * row; the servlet's tests send every row to real Jetty servers; later adapters' tests do the same.
 */
public final class BoundPathTricks {
  /** The namespaced prefix. */
  public static final String NAMESPACED = "/v1/orgs/{orgId}/namespaces/{namespaceKey}";

  /**
   * Signstack-style operations with {@code {orgId}} and {@code {namespaceKey}} bound to {@code
   * org_id} and {@code namespace}, and the namespace's mode to {@code mode}: a literal sibling of a
   * parameter, a declared {@code HEAD} route, a public route with bound parameters, an
   * organization-scoped route, and a route with nothing to bind.
   */
  public static final RouteTable ROUTES = RouteTable.builder(SignstackScopes.CATALOG)
      .route("GET", NAMESPACED + "/workflows", "workflow:read")
      .route("POST", NAMESPACED + "/workflows", "workflow:create")
      .route("GET", NAMESPACED + "/workflows/{workflowId}", "workflow:read")
      .route("GET", NAMESPACED + "/workflows/export", "workflow:*")
      .route("HEAD", NAMESPACED + "/workflows/{workflowId}", "workflow:update")
      .route("POST", NAMESPACED + "/workflows/{workflowId}/advance", "workflow:update", "workflow:execute")
      .publicRoute("GET", NAMESPACED + "/branding")
      .route("GET", "/v1/orgs/{orgId}/files/{fileId}", "file:read")
      .route("GET", "/v1/me", SignstackScopes.CATALOG.requirement())
      .bind("orgId", "org_id")
      .bind("namespaceKey", "namespace")
      .bindMode("namespaceKey", "mode")
      .build();

  /** The modes of the namespaces by {@code org/namespace}. */
  public static final Map<String, String> NAMESPACES = Map.of(
      "acme/signing", "test",
      "acme/billing", "live",
      "acme/staging", "test",
      "globex/signing", "live",
      "globex/billing", "live");

  /**
   * The service's mode lookup over {@link #NAMESPACES}; it folds case, as a case-insensitive store
   * would, which the binding's exact comparison must make harmless.
   */
  public static final ModeLookup MODES = new ModeLookup() {
    @Override
    public Optional<String> mode(Map<String, String> parameters) {
      String key = parameters.get("orgId") + "/" + parameters.get("namespaceKey");
      return Optional.ofNullable(NAMESPACES.get(key.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
      return "BoundPathTricks.MODES";
    }
  };

  /** The verified claims the corpus's answers are for: organization acme, namespace signing, test mode. */
  public static final Map<String, Object> TOKEN = Map.of(
      "sub", "u-acme", "scope", "workflow:* file:read", "org_id", "acme", "namespace", "signing", "mode", "test");

  /** The same scopes for another organization's namespace of the same key. */
  public static final Map<String, Object> OTHER_TENANT = Map.of(
      "sub", "u-globex", "scope", "workflow:* file:read", "org_id", "globex", "namespace", "signing", "mode", "live");

  private static final List<Row> ROWS = PathTricks.load("bound-path-tricks.tsv");

  private BoundPathTricks() {}

  /**
   * Every row, in file order.
   *
   * @return the rows
   */
  public static List<Row> rows() {
    return ROWS;
  }
}
