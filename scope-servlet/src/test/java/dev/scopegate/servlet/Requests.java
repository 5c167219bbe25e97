package dev.scopegate.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;

/** A minimal {@link HttpServletRequest} with attributes only, for unit tests of claim sources. */
final class Requests {
  private Requests() {}

  static HttpServletRequest withAttributes(Map<String, Object> attributes) {
    return (HttpServletRequest) Proxy.newProxyInstance(
        Requests.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getAttribute")) {
            return attributes.get((String) args[0]);
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
