package dev.scopegate.guard;

import java.util.Objects;

/**
 * Where the raw path the {@link Guard} matches comes from: a request target as sent, and the part
 * of it below a context path. Both work on the raw, still percent-encoded text and never decode or
 * normalise it, so that the guard's path rules see what the client sent.
 *
 * {@snippet :
 * // A servlet container: the raw request URI, minus the context path the templates are relative to.
 * String path = RequestTarget.withinContext(request.getRequestURI(), request.getContextPath());
 *
 * // A server that hands over the request line's target (origin-form or absolute-form):
 * RequestTarget.path("/v1/things/t1?expand=all");          // "/v1/things/t1"
 * RequestTarget.path("http://api.example.com/v1/things");  // "/v1/things"
 * }
 */
public final class RequestTarget {
  private RequestTarget() {}

  /**
   * The raw path of a request target (RFC 9112 section 3.2): the origin-form's path, or the
   * absolute-form's path after its scheme and authority ({@code /} when it has none), without the
   * query string. Anything else (the asterisk-form {@code *}, the authority-form of {@code
   * CONNECT}) is returned as it is, and the guard rejects it as not a path. A {@code #} is kept:
   * a fragment has no place in a request target, and the guard rejects it.
   *
   * @param requestTarget the request target as sent, such as {@code "/v1/things/t1?x=1"}
   * @return the raw path, such as {@code "/v1/things/t1"}
   */
  public static String path(String requestTarget) {
    Objects.requireNonNull(requestTarget, "requestTarget");
    String path = requestTarget;
    int authority = authorityStart(requestTarget);
    if (authority > 0) {
      int end = authority;
      while (end < requestTarget.length() && "/?#".indexOf(requestTarget.charAt(end)) < 0) {
        end++;
      }
      path = requestTarget.substring(end);
      if (path.isEmpty() || path.charAt(0) != '/') {
        path = "/" + path;
      }
    }
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /**
   * The index after {@code scheme://} when the target is in absolute-form, else 0. A scheme is
   * {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )} (RFC 3986 section 3.1).
   */
  private static int authorityStart(String target) {
    int n = target.length();
    if (n == 0 || !isAlpha(target.charAt(0))) {
      return 0;
    }
    int i = 1;
    while (i < n) {
      char c = target.charAt(i);
      if (!(isAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        break;
      }
      i++;
    }
    return target.startsWith("://", i) ? i + 3 : 0;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The path below a context path, which route templates describe: the raw path with the context
   * path removed when it starts with it literally, up to a segment boundary ({@code /api} is
   * removed from {@code /api/v1/x} and {@code /api}, not from {@code /apiv1/x}); {@code /} when
   * nothing is left. When the raw path does not start with the context path literally (a
   * container matched its context on a decoded or normalised form, such as {@code /%61pi/v1/x}
   * for {@code /api}), the whole raw path is returned, so that the encoding that made the
   * difference gets the request rejected.
   *
   * @param rawPath the raw request path, such as {@code HttpServletRequest.getRequestURI()}
   * @param contextPath the context path as the container reports it; {@code ""} for the root
   * @return the path to match, such as {@code "/v1/x"}
   */
  public static String withinContext(String rawPath, String contextPath) {
    Objects.requireNonNull(rawPath, "rawPath");
    Objects.requireNonNull(contextPath, "contextPath");
    int n = contextPath.length();
    if (n == 0 || !rawPath.startsWith(contextPath) || (rawPath.length() > n && rawPath.charAt(n) != '/')) {
      return rawPath;
    }
    return rawPath.length() == n ? "/" : rawPath.substring(n);
  }
}
