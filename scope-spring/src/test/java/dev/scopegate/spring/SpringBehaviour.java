package dev.scopegate.spring;

import dev.scopegate.guard.testing.PathTricks.Row;
import java.util.Set;

/**
 * What Tomcat 11.0.22 and Spring Security's {@code StrictHttpFirewall} do with a row of the
 * path-trick corpus before the guard runs, with their defaults: Tomcat rejects some requests with
 * its own HTML 400 (the request never reaches a filter), the firewall rejects others with a 400 that
 * Spring Boot's error page renders, and the guard answers the rest; and what is left to the guard
 * when both are made permissive. {@code PathTricksServerTest} and {@code OptionsServerTest} check
 * every row against this.
 */
final class SpringBehaviour {
  /** Who answers a request. */
  enum Layer {
    TOMCAT,
    FIREWALL,
    GUARD
  }

  /** Rows Tomcat rejects itself: encoded slash and backslash, NUL, bad encodings, raw bytes it cannot parse. */
  static final Set<String> TOMCAT = Set.of(
      "encoded-slash", "encoded-slash-out-of-a-public-prefix", "encoded-backslash", "encoded-backslash-traversal",
      "raw-backslash", "encoded-nul", "turkish-dotless-i", "raw-non-ascii", "overlong-utf8-slash", "overlong-utf8-dots",
      "malformed-percent", "truncated-percent", "raw-space", "raw-fragment");

  /** Rows the firewall rejects: paths that are not normalised, ';', encoded '.', '%', ';' and line breaks, a lower-case method. */
  static final Set<String> FIREWALL = Set.of(
      "double-slash", "leading-double-slash", "double-slash-before-a-literal", "empty-param", "empty-param-in-the-middle",
      "dot-segment", "dot-dot-out-of-a-public-prefix", "trailing-dot-dot", "encoded-dot-dot-segment",
      "encoded-dot-inside-a-segment", "encoded-newline-after-a-literal", "encoded-carriage-return-after-a-literal",
      "encoded-newline-in-a-param", "matrix-parameter-on-a-param", "matrix-parameter-on-a-literal",
      "matrix-parameter-after-a-protected-literal", "semicolon-inside-a-param", "dot-dot-semicolon",
      "dot-dot-semicolon-to-a-protected-literal", "encoded-semicolon", "encoded-semicolon-before-a-literal",
      "case-in-the-method", "encoded-percent", "double-encoded-slash", "absolute-form-with-a-trick");

  /**
   * Rows Tomcat rejects even when made permissive (encoded slashes and backslashes passed through,
   * backslashes allowed, suspicious URIs accepted) and the firewall is Spring's lenient {@code
   * DefaultHttpFirewall}: what its HTTP parser and its UTF-8 decoding refuse.
   */
  static final Set<String> TOMCAT_PERMISSIVE = Set.of(
      "raw-backslash", "encoded-nul", "turkish-dotless-i", "raw-non-ascii", "overlong-utf8-slash", "overlong-utf8-dots",
      "malformed-percent", "truncated-percent", "raw-space", "raw-fragment");

  private SpringBehaviour() {}

  static Layer onPermissive(Row row) {
    return TOMCAT_PERMISSIVE.contains(row.id()) ? Layer.TOMCAT : Layer.GUARD;
  }

  static Layer onDefaults(Row row) {
    if (TOMCAT.contains(row.id())) {
      return Layer.TOMCAT;
    }
    return FIREWALL.contains(row.id()) ? Layer.FIREWALL : Layer.GUARD;
  }
}
