package dev.scopegate.openapi;

import dev.scopegate.openapi.internal.KeepPolicy;
import java.util.Set;

/**
 * The parts of an OpenAPI document the loader keeps: {@code paths} down to each operation's
 * {@code operationId}, {@code security} and {@code x-required-scopes}; the root {@code security};
 * {@code components.securitySchemes}; and {@code components.pathItems} like {@code paths}.
 * Everything else (schemas, parameters, responses, examples) is checked for syntax and dropped,
 * so a large document costs little memory.
 */
final class OpenApiKeep implements KeepPolicy {
  static final OpenApiKeep INSTANCE = new OpenApiKeep();

  /** The parts kept, for messages about a {@code $ref} into another part. */
  static final String PARTS = "#/paths, #/components/pathItems, #/components/securitySchemes and the root security";

  /** The operation fields of a path item: OpenAPI 3.0 and 3.1's eight, and 3.2's {@code query}. */
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace", "query");

  /** OpenAPI 3.2's map of further operations by method name. */
  static final String ADDITIONAL_OPERATIONS = "additionalOperations";

  private OpenApiKeep() {}

  @Override
  public boolean keep(int depth, String[] path) {
    if (depth <= 0) {
      return true;
    }
    switch (path[1]) {
      case "paths":
        return depth <= 2 || pathItemPart(depth - 2, path, 3);
      case "components":
        if (depth == 1) {
          return true;
        }
        if (path[2].equals("securitySchemes")) {
          return true;
        }
        return path[2].equals("pathItems") && (depth <= 3 || pathItemPart(depth - 3, path, 4));
      case "security":
      case BindingsExtension.NAME:
        return true;
      default:
        return false;
    }
  }

  /**
   * Inside a path item: an operation object (a method field, or one under OpenAPI 3.2's {@code
   * additionalOperations}) and, within it, its {@code security} and {@code x-required-scopes}.
   *
   * @param below how far below the path item the container is (1: a field of the path item)
   * @param at the index in {@code path} of the path item's field name
   */
  private static boolean pathItemPart(int below, String[] path, int at) {
    String field = path[at];
    if (field.equals(ADDITIONAL_OPERATIONS)) {
      return below <= 2 || isScopeField(path[at + 2]);
    }
    if (!METHODS.contains(field)) {
      return false;
    }
    return below == 1 || isScopeField(path[at + 1]);
  }

  private static boolean isScopeField(String name) {
    return name.equals("security") || name.equals(SpecWalker.REQUIRED_SCOPES);
  }
}
