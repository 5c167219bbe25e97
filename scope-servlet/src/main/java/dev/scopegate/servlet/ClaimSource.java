package dev.scopegate.servlet;

import dev.scopegate.guard.JwtScopeReader;
import dev.scopegate.guard.ScopeClaim;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the {@link ScopeFilter} finds a request's scope claim. The service's own JWT verification
 * (which runs before the filter) leaves the verified claims on the request; the source reads them.
 *
 * {@snippet :
 * // In the service's JWT filter, after verifying the signature, issuer, audience and expiry:
 * request.setAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE, verifiedJwt.getClaims());   // a Map<String, Object>
 * }
 *
 * <p>A source returns {@link ScopeClaim#absent()} when the request carries no verified token (the
 * filter answers 401 on protected routes). It may throw for a programming error, such as an
 * attribute of the wrong type; the filter lets the exception through, and the container answers
 * 500.
 */
@FunctionalInterface
public interface ClaimSource {
  /** The request attribute {@link #jwtClaims()} reads: a verified JWT's claims, as a {@code Map}. */
  String JWT_CLAIMS_ATTRIBUTE = "dev.scopegate.servlet.jwtClaims";

  /**
   * Reads the claim of one request.
   *
   * @param request the request
   * @return the claim, or {@link ScopeClaim#absent()} when the request has no verified token
   */
  ScopeClaim read(HttpServletRequest request);

  /**
   * The default source: the verified JWT claims map in the {@link #JWT_CLAIMS_ATTRIBUTE} request
   * attribute, read by a {@link JwtScopeReader} ({@code scope}, or {@code scp} when absent).
   *
   * @return the source
   */
  static ClaimSource jwtClaims() {
    return jwtClaims(JWT_CLAIMS_ATTRIBUTE);
  }

  /**
   * The verified JWT claims map in a request attribute, read by a {@link JwtScopeReader}: {@code
   * scope}, or {@code scp} when absent; both present and disagreeing is a 401 {@code
   * invalid_token}, reported once in the log. No attribute means no token.
   *
   * @param attribute the attribute name
   * @return the source; it throws {@link IllegalStateException} for an attribute that is not a
   *     {@code Map}
   */
  static ClaimSource jwtClaims(String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    JwtScopeReader reader = JwtScopeReader.create();
    return new ClaimSource() {
      @Override
      public ScopeClaim read(HttpServletRequest request) {
        Object value = request.getAttribute(attribute);
        if (value == null) {
          return ScopeClaim.absent();
        }
        if (!(value instanceof Map)) {
          throw new IllegalStateException("Request attribute \"" + attribute + "\" holds a " + value.getClass().getName()
              + ", not the Map of a verified JWT's claims");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> claims = (Map<String, ?>) value;
        return reader.read(claims);
      }

      @Override
      public String toString() {
        return "ClaimSource.jwtClaims(" + attribute + ")";
      }
    };
  }

  /**
   * The scope claim itself in a request attribute: a space-delimited {@code String}, or a {@code
   * Collection} of entries. No attribute means no token.
   *
   * @param attribute the attribute name
   * @return the source; it throws {@link IllegalStateException} for an attribute of another type
   */
  static ClaimSource scopeAttribute(String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    return new ClaimSource() {
      @Override
      public ScopeClaim read(HttpServletRequest request) {
        Object value = request.getAttribute(attribute);
        if (value == null) {
          return ScopeClaim.absent();
        }
        if (value instanceof String) {
          return ScopeClaim.of((String) value);
        }
        if (value instanceof List) {
          return ScopeClaim.of((List<?>) value);
        }
        if (value instanceof Collection) {
          return ScopeClaim.of(new ArrayList<>((Collection<?>) value));
        }
        throw new IllegalStateException("Request attribute \"" + attribute + "\" holds a " + value.getClass().getName()
            + ", not a scope claim (a space-delimited String or a Collection of entries)");
      }

      @Override
      public String toString() {
        return "ClaimSource.scopeAttribute(" + attribute + ")";
      }
    };
  }
}
