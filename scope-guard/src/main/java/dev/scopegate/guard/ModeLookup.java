package dev.scopegate.guard;

import java.util.Map;
import java.util.Optional;

/**
 * The mode (live or test) of the namespace a request addresses, for a route table's {@linkplain
 * RouteTable.Builder#bindMode mode binding}. The service implements it over its own records; the
 * {@link Guard} calls it only for a protected route with the bound parameter, after the token's
 * parameter bindings have matched, and compares its answer with the token's mode claim exactly.
 *
 * {@snippet :
 * ModeLookup modes = parameters -> namespaces.find(parameters.get("orgId"), parameters.get("namespaceKey"))
 *     .map(namespace -> namespace.isLive() ? "live" : "test");
 * Guard guard = Guard.builder(routes).modeLookup(modes).build();
 * }
 *
 * <p>An empty answer (no such namespace) denies the request exactly as a mode that differs from
 * the token's does, so the answer never tells whether a namespace exists. The lookup must be
 * thread-safe; whatever it throws is thrown from {@link Resolution#decide} (a servlet container
 * answers 500), and it must not return {@code null}.
 */
@FunctionalInterface
public interface ModeLookup {
  /**
   * The mode of the namespace the path names.
   *
   * @param parameters every path parameter of the matched route by name, in template order, with
   *     its raw value exactly as sent (still percent-encoded; with the guard's path rules a value
   *     of unreserved characters is the same decoded)
   * @return the mode, such as {@code "live"} or {@code "test"}; empty when there is no such
   *     namespace
   */
  Optional<String> mode(Map<String, String> parameters);
}
