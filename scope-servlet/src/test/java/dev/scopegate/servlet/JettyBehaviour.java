package dev.scopegate.servlet;

import dev.scopegate.guard.testing.PathTricks.Row;
import java.util.Map;

/**
 * What Jetty 12.1.14 does with a row of the path-trick corpus before the filter runs, with its
 * default URI compliance and when made permissive: pass it on unchanged (the filter gives the
 * corpus's answer), reject it with its own HTML 400, or pass on another request.
 */
final class JettyBehaviour {
  /** What Jetty does with one request. */
  sealed interface Outcome permits Passes, Rejects, Becomes {}

  /** Jetty passes the request to the filter as sent. */
  record Passes() implements Outcome {}

  /** Jetty answers 400 itself; its HTML page contains {@code reason}. */
  record Rejects(String reason) implements Outcome {}

  /**
   * Jetty changes the request before the filter sees it ({@code how}); the filter's answer is then
   * {@code status} with {@code expected} (a route for 200, else the message), as in a corpus row.
   */
  record Becomes(String how, int status, String expected) implements Outcome {}

  private static final String EMPTY_SEGMENT = "Ambiguous URI empty segment";
  private static final String SEPARATOR = "Ambiguous URI path separator";
  private static final String PARAMETER = "Ambiguous URI path parameter";
  private static final String ENCODING = "Ambiguous URI path encoding";
  private static final String SUSPICIOUS = "Suspicious Path Character";
  private static final String ILLEGAL = "Illegal Path Character";
  private static final String BAD_UTF8 = "Bad UTF-8 encoding";
  private static final String BAD_REQUEST = "Bad Request";
  private static final String SPACE = "Illegal character SPACE";

  /** Rows Jetty rejects with its default URI compliance, and the reason its page gives. */
  static final Map<String, String> DEFAULT_REJECTS = Map.ofEntries(
      Map.entry("double-slash", EMPTY_SEGMENT),
      Map.entry("leading-double-slash", EMPTY_SEGMENT),
      Map.entry("double-slash-before-a-literal", EMPTY_SEGMENT),
      Map.entry("empty-param", EMPTY_SEGMENT),
      Map.entry("empty-param-in-the-middle", EMPTY_SEGMENT),
      Map.entry("encoded-slash", SEPARATOR),
      Map.entry("encoded-slash-out-of-a-public-prefix", SEPARATOR),
      Map.entry("encoded-dot-dot-segment", "Ambiguous URI path segment"),
      Map.entry("encoded-backslash", SUSPICIOUS),
      Map.entry("encoded-backslash-traversal", SUSPICIOUS),
      Map.entry("raw-backslash", SUSPICIOUS),
      Map.entry("encoded-nul", BAD_REQUEST),
      Map.entry("encoded-newline-after-a-literal", SUSPICIOUS),
      Map.entry("encoded-carriage-return-after-a-literal", SUSPICIOUS),
      Map.entry("encoded-newline-in-a-param", SUSPICIOUS),
      Map.entry("encoded-del", SUSPICIOUS),
      Map.entry("dot-dot-semicolon", PARAMETER),
      Map.entry("dot-dot-semicolon-to-a-protected-literal", PARAMETER),
      Map.entry("turkish-dotless-i", ILLEGAL),
      Map.entry("raw-non-ascii", ILLEGAL),
      Map.entry("overlong-utf8-slash", BAD_UTF8),
      Map.entry("overlong-utf8-dots", BAD_UTF8),
      Map.entry("encoded-percent", ENCODING),
      Map.entry("double-encoded-slash", ENCODING),
      Map.entry("malformed-percent", BAD_REQUEST),
      Map.entry("truncated-percent", BAD_REQUEST),
      Map.entry("raw-space", SPACE),
      Map.entry("raw-fragment", "Fragment"),
      Map.entry("absolute-form-with-a-trick", PARAMETER));

  /** Rows Jetty rejects even when made permissive. */
  static final Map<String, String> PERMISSIVE_REJECTS = Map.of(
      "encoded-nul", BAD_REQUEST,
      "malformed-percent", BAD_REQUEST,
      "truncated-percent", BAD_REQUEST,
      "raw-space", SPACE);

  /** Rows the permissive Jetty changes before the filter runs. */
  static final Map<String, Becomes> PERMISSIVE_CHANGES = Map.of(
      "raw-fragment", new Becomes("drops the fragment", 200, "GET /v1/things/{id}"));

  private static final Outcome PASSES = new Passes();

  private JettyBehaviour() {}

  static Outcome onDefaults(Row row) {
    String reason = DEFAULT_REJECTS.get(row.id());
    return reason != null ? new Rejects(reason) : PASSES;
  }

  static Outcome onPermissive(Row row) {
    String reason = PERMISSIVE_REJECTS.get(row.id());
    if (reason != null) {
      return new Rejects(reason);
    }
    Becomes change = PERMISSIVE_CHANGES.get(row.id());
    return change != null ? change : PASSES;
  }
}
