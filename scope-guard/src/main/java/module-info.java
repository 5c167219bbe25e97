/**
 * Scopegate's framework-neutral request guard: a route table of operations (method and path
 * template, with the scopes each requires, or public), path matching that rejects ambiguous paths
 * instead of normalising them, and the decision for one request. Depends on the engine only.
 *
 * <p>Only {@code dev.scopegate.guard} is exported.
 */
module dev.scopegate.guard {
  requires transitive dev.scopegate.core;
  requires static org.jspecify;

  exports dev.scopegate.guard;
}
