package dev.scopegate.openapi.internal;

/**
 * Which containers of a document {@link SourceReader} keeps. A container that is not kept is
 * still checked for syntax, then {@linkplain Node#isElided() elided}: its kind and location stay,
 * its contents (and every container inside it) do not, so a large document's schemas cost no
 * memory.
 */
@FunctionalInterface
public interface KeepPolicy {
  /** The name an array item has in a path. */
  String ITEM = "[]";

  /**
   * Whether to keep a container.
   *
   * @param depth the container's depth: 0 for the root, 1 for a value of the root, and so on
   * @param path {@code path[1..depth]}: the names leading to the container, each the member name in
   *     its parent object, or {@link #ITEM} in an array; entries past {@code depth} are stale
   * @return {@code true} to keep it
   */
  boolean keep(int depth, String[] path);

  /**
   * Keeps every container up to a depth.
   *
   * @param keptDepth the deepest depth kept
   * @return the policy
   */
  static KeepPolicy depth(int keptDepth) {
    return (depth, path) -> depth <= keptDepth;
  }
}
