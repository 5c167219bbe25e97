package dev.scopegate.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A generated route table shaped like the Signstack API: two org-level operations, then
 * namespaced resources {@code /v1/orgs/{orgId}/namespaces/{namespaceKey}/<resource>}, each with
 * list, create, get, update and delete, a literal {@code export} beside {@code {id}}, and two
 * literal sub-resources. The first four resources are Signstack's own (workflows, resources,
 * scenarios, webhooks); more are numbered copies with the same scopes. Every route has a sample
 * request path, and the full-access recipe covers every route.
 */
public final class SignstackApi {
  /** One operation: method, template, required scopes (none: public), and a path it matches. */
  public record ApiRoute(String method, String template, List<String> scopes, String samplePath) {
    /**
     * Whether the operation needs no token.
     *
     * @return {@code true} for a public operation
     */
    public boolean isPublic() {
      return scopes.isEmpty();
    }
  }

  private static final String NAMESPACE = "/v1/orgs/{orgId}/namespaces/{namespaceKey}/";
  private static final String NAMESPACE_SAMPLE = "/v1/orgs/o-1/namespaces/ns-live/";
  private static final String[][] RESOURCES = {
      {"workflows", "workflow", "workflow:*", "workflow:execute"},
      {"resources", "resource", "resource:delete", "resource:update"},
      {"scenarios", "scenario", "scenario:delete", "scenario:update"},
      {"webhooks", "webhook", "webhook:delete", "webhook:update"}};

  /** The operations each resource declares. */
  public static final int PER_RESOURCE = 8;

  /** The operations before the first resource. */
  public static final int ORG_LEVEL = 2;

  private SignstackApi() {}

  /**
   * The routes of one resource in a table of {@code size} routes: its {@link #PER_RESOURCE}
   * operations in declaration order (list, create, get, update, delete, export, versions, publish).
   *
   * @param size the table's size
   * @param resource the resource's index; the table must hold all of its operations
   * @return the resource's routes
   */
  public static List<ApiRoute> resource(int size, int resource) {
    int from = ORG_LEVEL + resource * PER_RESOURCE;
    if (from + PER_RESOURCE > size) {
      throw new IllegalArgumentException("a table of " + size + " routes does not hold all of resource " + resource);
    }
    return routes(size).subList(from, from + PER_RESOURCE);
  }

  /**
   * The requests a route benchmark cycles through, the same mix at every size: each of the {@link
   * #PER_RESOURCE} operations of the first workflows resource, then of the last whole workflows
   * resource, which sits at the end of the table.
   *
   * @param size the table's size, at least {@code ORG_LEVEL + PER_RESOURCE}
   * @return the {@code 2 * PER_RESOURCE} routes, whose sample paths are the requests
   */
  public static List<ApiRoute> requestMix(int size) {
    int complete = (size - ORG_LEVEL) / PER_RESOURCE;
    int lastWorkflows = (complete - 1) / RESOURCES.length * RESOURCES.length;
    List<ApiRoute> out = new ArrayList<>(resource(size, 0));
    out.addAll(resource(size, lastWorkflows));
    return Collections.unmodifiableList(out);
  }

  /**
   * The first {@code size} routes of the generated API.
   *
   * @param size how many routes, at least 1
   * @return the routes, in declaration order
   */
  public static List<ApiRoute> routes(int size) {
    List<ApiRoute> out = new ArrayList<>();
    out.add(new ApiRoute("POST", "/v1/auth/token", List.of(), "/v1/auth/token"));
    out.add(new ApiRoute("GET", "/v1/orgs/{orgId}/files/{fileId}", List.of("file:read"), "/v1/orgs/o-1/files/f-7"));
    for (int n = 0; out.size() < size; n++) {
      String[] kind = RESOURCES[n % RESOURCES.length];
      String name = n < RESOURCES.length ? kind[0] : kind[0] + "-" + n;
      String family = kind[1];
      String collection = NAMESPACE + name;
      String item = collection + "/{id}";
      String sample = NAMESPACE_SAMPLE + name;
      String sampleItem = sample + "/x-42";
      out.add(new ApiRoute("GET", collection, List.of(family + ":read"), sample));
      out.add(new ApiRoute("POST", collection, List.of(family + ":create"), sample));
      out.add(new ApiRoute("GET", item, List.of(family + ":read"), sampleItem));
      out.add(new ApiRoute("PATCH", item, List.of(family + ":update"), sampleItem));
      out.add(new ApiRoute("DELETE", item, List.of(kind[2]), sampleItem));
      out.add(new ApiRoute("GET", collection + "/export", List.of(family + ":read", "file:read"), sample + "/export"));
      out.add(new ApiRoute("GET", item + "/versions", List.of(family + ":read"), sampleItem + "/versions"));
      out.add(new ApiRoute("POST", item + "/publish", List.of(kind[3]), sampleItem + "/publish"));
    }
    return Collections.unmodifiableList(new ArrayList<>(out.subList(0, size)));
  }
}
