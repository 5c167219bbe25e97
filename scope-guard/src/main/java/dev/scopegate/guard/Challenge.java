package dev.scopegate.guard;

import dev.scopegate.Scope;
import java.util.Collection;

/**
 * The RFC 6750 section 3 {@code WWW-Authenticate} values, written once for every adapter: the
 * {@link GuardDecision} of a route and the {@link Answers} of any denial take them from here.
 */
final class Challenge {
  /** A protected resource requested without a token. */
  static final String BEARER = "Bearer";

  /** A token whose scope claims cannot be read. */
  static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

  /** A token without a required scope, when the scopes are not to be named. */
  static final String INSUFFICIENT_SCOPE = "Bearer error=\"insufficient_scope\"";

  private Challenge() {}

  /**
   * {@code Bearer error="insufficient_scope", scope="a b"}: every given scope, space-separated, in
   * the order given; without the {@code scope} attribute when there are none.
   */
  static String insufficientScope(Collection<Scope> required) {
    if (required.isEmpty()) {
      return INSUFFICIENT_SCOPE;
    }
    StringBuilder sb = new StringBuilder(INSUFFICIENT_SCOPE).append(", scope=\"");
    String separator = "";
    for (Scope s : required) {
      sb.append(separator).append(s);
      separator = " ";
    }
    return sb.append('"').toString();
  }
}
