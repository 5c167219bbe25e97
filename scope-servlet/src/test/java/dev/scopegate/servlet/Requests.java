package dev.scopegate.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A minimal {@link HttpServletRequest} with attributes and headers only, for unit tests of claim sources. */
final class Requests {
  private Requests() {}

  static HttpServletRequest withAttributes(Map<String, Object> attributes) {
    return with(attributes, Map.of());
  }

  /** Headers by exact name, each with its values in order; {@code null} headers: the container allows no access. */
  static HttpServletRequest with(Map<String, Object> attributes, @Nullable Map<String, List<String>> headers) {
    return (HttpServletRequest) Proxy.newProxyInstance(
        Requests.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getAttribute")) {
            return attributes.get((String) args[0]);
          }
          if (method.getName().equals("getHeaders")) {
            return headers == null ? null : Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
