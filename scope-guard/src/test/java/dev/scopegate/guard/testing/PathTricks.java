package dev.scopegate.guard.testing;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.RouteTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shared path-trick corpus ({@code path-tricks.tsv} next to this class, in scope-guard's test
 * jar) and the route table its answers are for. The guard's tests decide every row directly; the
 * servlet's tests send every row to real Jetty servers; later adapters' tests do the same through
 * their stack. Each row is a request as sent (method and raw request target), the guard's status
 * with a token that has every scope ({@link #ALL_SCOPES}), the route it must reach (for 200) or
 * the message it must get, and why.
 */
public final class PathTricks {
  /** A claim that covers every operation of {@link #ROUTES}. */
  public static final String ALL_SCOPES = "workflow:* resource:*";

  /** The template of the namespaced workflow operations. */
  public static final String WORKFLOWS = "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows";

  /**
   * Signstack-style operations whose templates overlap: literal and parameter siblings, a public
   * prefix above a protected literal, a declared {@code HEAD} route, an operation for any token.
   */
  public static final RouteTable ROUTES = RouteTable.builder(SignstackScopes.CATALOG)
      .route("POST", WORKFLOWS, "workflow:create")
      .route("GET", WORKFLOWS, "workflow:read")
      .route("GET", WORKFLOWS + "/{workflowId}", "workflow:read")
      .route("POST", WORKFLOWS + "/{workflowId}/advance", "workflow:update", "workflow:execute")
      .route("GET", "/v1/things/{id}", "resource:read")
      .route("GET", "/v1/things/export", "resource:*")
      .route("HEAD", "/v1/things/{id}", "resource:update")
      .publicRoute("GET", "/v1/docs/{page}")
      .route("GET", "/v1/docs/internal", "resource:update")
      .publicRoute("POST", "/v1/auth/token")
      .route("GET", "/v1/me", SignstackScopes.CATALOG.requirement())
      .build();

  private static final String RESOURCE = "path-tricks.tsv";
  private static final List<Row> ROWS = load(RESOURCE);

  private PathTricks() {}

  /**
   * One request of the corpus.
   *
   * @param id a unique kebab-case name
   * @param method the method as sent
   * @param target the raw request target as sent; {@code {authority}} stands for the server's
   *     {@code host:port}
   * @param status the guard's status with a token that has every scope
   * @param expected for 200, the route reached ({@code "GET /v1/things/{id}"}); else the body's
   *     {@code errorInfo.message}
   * @param why why the answer is right: the vector, and the published bypass it comes from
   */
  public record Row(String id, String method, String target, int status, String expected, String why) {
    /**
     * The target with {@code {authority}} replaced.
     *
     * @param authority the server's {@code host:port}
     * @return the target to send
     */
    public String target(String authority) {
      return target.replace("{authority}", authority);
    }

    /**
     * The route the request reaches, for a 200 row.
     *
     * @return {@code "GET /v1/things/{id}"}, or empty for a denial
     */
    public Optional<String> route() {
      return status == 200 ? Optional.of(expected) : Optional.empty();
    }

    /**
     * The denial's message, for a row that is not 200.
     *
     * @return the {@code errorInfo.message}, or empty when the request is allowed
     */
    public Optional<String> message() {
      return status == 200 ? Optional.empty() : Optional.of(expected);
    }

    @Override
    public String toString() {
      return id + ": " + method + " " + target;
    }
  }

  /**
   * Every row, in file order.
   *
   * @return the rows
   */
  public static List<Row> rows() {
    return ROWS;
  }

  /**
   * One row by id.
   *
   * @param id the row's id
   * @return the row
   * @throws IllegalArgumentException if there is none
   */
  public static Row row(String id) {
    return ROWS.stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no path trick " + id));
  }

  /** Reads a corpus file next to this class: the rows, in file order, each checked. */
  static List<Row> load(String resource) {
    String text;
    try (InputStream in = PathTricks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Row> rows = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6 || !f[3].matches("200|400|401|403") || f[5].isBlank() || !ids.add(f[0])) {
        throw new IllegalStateException(resource + " line " + number + " is not id, method, target, status,"
            + " expected, why (with a unique id and a status of 200, 400, 401 or 403): " + line);
      }
      rows.add(new Row(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4], f[5]));
    }
    return Collections.unmodifiableList(rows);
  }
}
