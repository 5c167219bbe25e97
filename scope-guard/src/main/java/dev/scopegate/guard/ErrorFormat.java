package dev.scopegate.guard;

/**
 * The body an {@link Answers} writes for a denial.
 *
 * <table>
 *   <caption>Bodies</caption>
 *   <tr><th>format</th><th>{@code Content-Type}</th><th>body</th></tr>
 *   <tr><td>{@link #SIGNSTACK}</td><td>{@code application/json}</td>
 *       <td>{@code {"statusCode":403,"timestamp":"2026-04-21T09:30:00.000Z","path":"/v1/…","traceId":"…",
 *       "errorInfo":{"message":"Token lacks required scope: workflow:create"}}}</td></tr>
 *   <tr><td>{@link #PROBLEM}</td><td>{@code application/problem+json}</td>
 *       <td>{@code {"type":"about:blank","title":"Forbidden","status":403,"detail":"Token lacks required
 *       scope: workflow:create","instance":"/v1/…","timestamp":"2026-04-21T09:30:00.000Z","traceId":"…"}}</td></tr>
 * </table>
 */
public enum ErrorFormat {
  /**
   * The Signstack API reference's error body: {@code statusCode}, {@code timestamp}, {@code path},
   * {@code traceId} and {@code errorInfo.message}, in that order, as {@code application/json}.
   */
  SIGNSTACK("application/json"),

  /**
   * An RFC 9457 problem details object, as {@code application/problem+json}: {@code type} is
   * {@code about:blank} (the problem is what the status says), {@code title} the status's reason
   * phrase ({@code Bad Request}, {@code Unauthorized}, {@code Forbidden}), {@code status} the
   * status, {@code detail} the message the Signstack body would carry in {@code errorInfo.message},
   * {@code instance} the raw request path, and the extension members {@code timestamp} and
   * {@code traceId} as in the Signstack body; in that order.
   */
  PROBLEM("application/problem+json");

  private final String contentType;

  ErrorFormat(String contentType) {
    this.contentType = contentType;
  }

  /**
   * The media type of the body.
   *
   * @return {@code application/json} or {@code application/problem+json}
   */
  public String contentType() {
    return contentType;
  }
}
