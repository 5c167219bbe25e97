package dev.scopegate.guard;

import java.util.Optional;

/**
 * The request headers, for the few decisions that need one: the {@link Guard} reads {@code
 * Origin} and {@code Access-Control-Request-Method} of an {@code OPTIONS} request to recognise a
 * CORS preflight, and only when it {@linkplain Guard.Builder#passCorsPreflights() passes them}.
 * An adapter passes a view of its request; nothing is read on other requests.
 *
 * {@snippet :
 * RequestHeaders headers = name -> Optional.ofNullable(request.getHeader(name));   // a servlet request
 * Resolution r = guard.resolve(request.getMethod(), path, headers);
 * }
 */
@FunctionalInterface
public interface RequestHeaders {
  /**
   * The value of a header, the first one when it is repeated.
   *
   * @param name the header name, such as {@code "Origin"}; compare it case-insensitively
   * @return the value, or empty when the request has no such header
   */
  Optional<String> first(String name);

  /**
   * A request without headers, for an adapter that has none to give: no request is a CORS
   * preflight.
   *
   * @return headers that are always empty
   */
  static RequestHeaders none() {
    return name -> Optional.empty();
  }
}
