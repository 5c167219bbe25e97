package dev.scopegate.spring;

import dev.scopegate.guard.JwtScopeReader;
import dev.scopegate.guard.Resolution;
import dev.scopegate.guard.ScopeClaim;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * The scope claim of a Spring Security {@link Authentication}: the verified token's claims (a
 * {@code JwtAuthenticationToken}'s, or any {@link AbstractOAuth2TokenAuthenticationToken}'s token
 * attributes, or an {@link OAuth2AuthenticatedPrincipal}'s attributes) read by the guard's {@link
 * JwtScopeReader}: {@code scope}, else {@code scp}, or one configured claim.
 *
 * {@snippet :
 * AuthenticationClaims claims = AuthenticationClaims.scopeThenScp();          // the default
 * AuthenticationClaims auth0 = AuthenticationClaims.fromClaim("permissions");  // Auth0's RBAC permissions
 * ScopeClaim claim = claims.read(authentication);
 * }
 *
 * <table>
 *   <caption>What an authentication gives</caption>
 *   <tr><th>authentication</th><th>claim</th></tr>
 *   <tr><td>none, anonymous, or not authenticated</td><td>absent: a protected operation answers 401</td></tr>
 *   <tr><td>a bearer token's (JWT or introspected)</td><td>its claims through the reader: {@code scope}
 *       and {@code scp} that disagree are unusable (401 {@code invalid_token}), never a union</td></tr>
 *   <tr><td>any other authentication (a password login)</td><td>present, grants no scope: 403</td></tr>
 * </table>
 *
 * <p>Spring's opaque-token introspector turns {@code scope} into a list, which the default reader
 * treats as a wrong type (it grants nothing); read such tokens with {@code fromClaim("scope")}, which
 * takes a string or an array. Immutable and thread-safe.
 */
public final class AuthenticationClaims {
  private static final ScopeClaim NO_SCOPE = ScopeClaim.of(List.of());

  private final JwtScopeReader reader;

  private AuthenticationClaims(JwtScopeReader reader) {
    this.reader = reader;
  }

  /**
   * Reads {@code scope}, else {@code scp}, with the guard's conflict rule.
   *
   * @return the claims reader
   */
  public static AuthenticationClaims scopeThenScp() {
    return new AuthenticationClaims(JwtScopeReader.create());
  }

  /**
   * Reads one named claim instead of {@code scope} and {@code scp}: a space-delimited string or an
   * array (see {@link JwtScopeReader#fromClaim(String)}).
   *
   * @param name the claim, such as {@code "permissions"}
   * @return the claims reader
   * @throws IllegalArgumentException if the name is blank
   */
  public static AuthenticationClaims fromClaim(String name) {
    return new AuthenticationClaims(JwtScopeReader.fromClaim(name));
  }

  /**
   * Reads the claims through a reader of your own making.
   *
   * @param reader the reader
   * @return the claims reader
   */
  public static AuthenticationClaims with(JwtScopeReader reader) {
    return new AuthenticationClaims(Objects.requireNonNull(reader, "reader"));
  }

  /**
   * The scope claim of an authentication.
   *
   * @param authentication the request's authentication; {@code null} when there is none
   * @return the claim; see the table above
   */
  public ScopeClaim read(@Nullable Authentication authentication) {
    return read(authentication, true);
  }

  /**
   * The scope claim of an authentication as one request's decision needs it: with the token's
   * claims when the matched route binds some ({@link Resolution#needsTokenClaims()}), so its
   * bindings can read them, and the scope alone otherwise, which copies nothing.
   *
   * {@snippet :
   * Resolution r = guard.resolve(method, path);
   * GuardDecision d = r.decide(claims.read(authentication, r));
   * }
   *
   * @param authentication the request's authentication; {@code null} when there is none
   * @param resolution the guard's resolution of the request
   * @return the claim; see the table above
   */
  public ScopeClaim read(@Nullable Authentication authentication, Resolution resolution) {
    return read(authentication, resolution.needsTokenClaims());
  }

  private ScopeClaim read(@Nullable Authentication authentication, boolean tokenClaims) {
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
      return ScopeClaim.absent();
    }
    Map<String, Object> attributes;
    if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
      attributes = token.getTokenAttributes();
    } else if (authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal) {
      attributes = principal.getAttributes();
    } else {
      return NO_SCOPE;
    }
    return tokenClaims ? reader.read(attributes) : reader.readScope(attributes);
  }

  /**
   * {@code AuthenticationClaims[JwtScopeReader[scope, then scp]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "AuthenticationClaims[" + reader + "]";
  }
}
