package dev.scopegate.openapi;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The operations of an OpenAPI document, in document order, with lookups by method and path
 * template and by operationId. Immutable.
 *
 * {@snippet :
 * OperationTable table = spec.requireValid();
 * table.find("post", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows");  // by template
 * table.byOperationId("createWorkflow");
 * }
 */
public final class OperationTable {
  private static final OperationTable EMPTY = new OperationTable(List.of());

  private final List<Operation> operations;
  private final Map<String, Operation> byRoute;
  private final Map<String, Operation> byId;

  private OperationTable(List<Operation> operations) {
    this.operations = List.copyOf(operations);
    Map<String, Operation> routes = new HashMap<>();
    Map<String, Operation> ids = new HashMap<>();
    for (Operation op : this.operations) {
      routes.putIfAbsent(route(op.method(), op.path()), op);
      op.operationId().ifPresent(id -> ids.putIfAbsent(id, op));
    }
    this.byRoute = Collections.unmodifiableMap(routes);
    this.byId = Collections.unmodifiableMap(ids);
  }

  static OperationTable of(List<Operation> operations) {
    return operations.isEmpty() ? EMPTY : new OperationTable(operations);
  }

  private static String route(String method, String path) {
    return method + ' ' + path;
  }

  /**
   * Every operation, in document order (paths in order, and each path's methods in order).
   *
   * @return the operations
   */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * How many operations there are.
   *
   * @return the count
   */
  public int size() {
    return operations.size();
  }

  /**
   * The operation for a method and a path template exactly as written in the document; this does
   * not match concrete request paths against templates.
   *
   * @param method the HTTP method, in any case
   * @param pathTemplate the path template, such as {@code "/v1/orgs/{orgId}/files"}
   * @return the operation, or empty
   */
  public Optional<Operation> find(String method, String pathTemplate) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    return Optional.ofNullable(byRoute.get(route(method.toUpperCase(Locale.ROOT), pathTemplate)));
  }

  /**
   * The operation with that operationId.
   *
   * @param operationId the id, exactly as in the document
   * @return the operation, or empty
   */
  public Optional<Operation> byOperationId(String operationId) {
    Objects.requireNonNull(operationId, "operationId");
    return Optional.ofNullable(byId.get(operationId));
  }

  /**
   * Tables are equal when their operations are, in the same order.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal table
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OperationTable && ((OperationTable) other).operations.equals(operations);
  }

  @Override
  public int hashCode() {
    return operations.hashCode();
  }

  /**
   * A summary: {@code OperationTable[12 operations]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "OperationTable[" + operations.size() + (operations.size() == 1 ? " operation]" : " operations]");
  }
}
