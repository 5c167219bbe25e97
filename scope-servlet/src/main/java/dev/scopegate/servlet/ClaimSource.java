package dev.scopegate.servlet;

import dev.scopegate.guard.BearerClaims;
import dev.scopegate.guard.JwtScopeReader;
import dev.scopegate.guard.ScopeClaim;
import dev.scopegate.guard.TokenVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the {@link ScopeFilter} finds a request's scope claim: the request's bearer token, verified
 * by a {@link TokenVerifier} ({@link #bearer}), or the verified claims that the service's own JWT
 * verification, running before the filter, left on the request ({@link #jwtClaims()}).
 *
 * {@snippet :
 * ClaimSource.bearer(NimbusTokenVerifier.jwkSetUri(jwks).issuer(issuer).audience(audience).build());   // scope-jwt
 * // or, in the service's own JWT filter, after verifying the signature, issuer, audience and expiry:
 * request.setAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE, verifiedJwt.getClaims());   // a Map<String, Object>
 * }
 *
 * <p>A source returns {@link ScopeClaim#absent()} when the request carries no token (the filter
 * answers 401 on protected routes). It may throw for a programming error, such as an attribute of
 * the wrong type; the filter lets the exception through, and the container answers 500.
 */
@FunctionalInterface
public interface ClaimSource {
  /** The request attribute {@link #jwtClaims()} reads: a verified JWT's claims, as a {@code Map}. */
  String JWT_CLAIMS_ATTRIBUTE = "dev.scopegate.servlet.jwtClaims";

  /**
   * The 401 message of {@link #jwtClaims()} for a request that has a bearer token but no verified
   * claims: the token reached the filter, and no verification vouched for it.
   */
  String UNVERIFIED_MESSAGE = "No verified claims for the bearer token";

  /**
   * Reads the claim of one request.
   *
   * @param request the request
   * @return the claim, or {@link ScopeClaim#absent()} when the request has no verified token
   */
  ScopeClaim read(HttpServletRequest request);

  /**
   * The request's {@code Authorization: Bearer} token, verified by {@code verifier} (such as
   * scope-jwt's {@code NimbusTokenVerifier}) and its claims read by a {@link JwtScopeReader}; see
   * {@link BearerClaims} for every case. No {@code Authorization} header, or another scheme, is no
   * token (401 {@code Missing bearer token}); a malformed, repeated or rejected one is 401 {@code
   * invalid_token} with the reason. The verifier runs only for a request to a protected operation.
   *
   * @param verifier verifies a token and gives its claims
   * @return the source
   */
  static ClaimSource bearer(TokenVerifier verifier) {
    BearerClaims bearer = BearerClaims.of(Objects.requireNonNull(verifier, "verifier"));
    return new ClaimSource() {
      @Override
      public ScopeClaim read(HttpServletRequest request) {
        return bearer.read(authorization(request));
      }

      @Override
      public String toString() {
        return "ClaimSource.bearer(" + verifier + ")";
      }
    };
  }

  /** Every value of the request's {@code Authorization} header, in order. */
  private static List<String> authorization(HttpServletRequest request) {
    Enumeration<String> values = request.getHeaders("Authorization");
    return values == null ? List.of() : Collections.list(values);
  }

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
   * invalid_token}, reported once in the log. No attribute means no token, unless the request has
   * an {@code Authorization: Bearer} header: then nothing verified its token, and the answer is 401
   * {@code invalid_token} with {@value #UNVERIFIED_MESSAGE} (logged once at {@code WARNING}, later
   * at {@code DEBUG}).
   *
   * @param attribute the attribute name
   * @return the source; it throws {@link IllegalStateException} for an attribute that is not a
   *     {@code Map}
   */
  static ClaimSource jwtClaims(String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    JwtScopeReader reader = JwtScopeReader.create();
    return new ClaimSource() {
      private final AtomicBoolean unverifiedReported = new AtomicBoolean();

      @Override
      public ScopeClaim read(HttpServletRequest request) {
        Object value = request.getAttribute(attribute);
        if (value == null) {
          if (authorization(request).stream().noneMatch(BearerClaims::isBearer)) {
            return ScopeClaim.absent();
          }
          // A bearer token came, and nothing verified it: say so, to the client and (once) to the operator.
          Level level = unverifiedReported.compareAndSet(false, true) ? Level.WARNING : Level.DEBUG;
          System.getLogger(ClaimSource.class.getName()).log(level, () -> "A request has a bearer token but no verified claims"
              + " in the request attribute \"" + attribute + "\"; run the JWT verification before the ScopeFilter, or use"
              + " ClaimSource.bearer(verifier)");
          return ScopeClaim.unusable(UNVERIFIED_MESSAGE);
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
