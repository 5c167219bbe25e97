package dev.scopegate.benchmarks.peers;

import java.util.List;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Spring Security's resource-server path: {@link JwtGrantedAuthoritiesConverter} turns the
 * decoded token's {@code scope} (or {@code scp}) claim into {@code SCOPE_x} authorities, and an
 * {@link AuthorityAuthorizationManager} checks the authority collection, as {@code
 * hasAuthority("SCOPE_workflow:create")} does.
 *
 * <p>Spring has no scope wildcards. The hand-written fallback: each required scope accepts either
 * itself or its family wildcard, {@code hasAnyAuthority("SCOPE_workflow:create",
 * "SCOPE_workflow:*")}, and several required scopes are combined with {@link
 * AuthorizationManagers#allOf}. The per-request token is a {@link JwtAuthenticationToken} built
 * from the converted authorities; the default {@code JwtAuthenticationConverter} also copies the
 * token into a principal and adds a factor authority, work left out here.
 */
public final class SpringAuthorities {
  /** What Spring's filter would pass as the secured object; the authority managers ignore it. */
  private static final Object REQUEST = new Object();

  private final JwtGrantedAuthoritiesConverter converter = new JwtGrantedAuthoritiesConverter();

  /** A converter with Spring's defaults ({@code SCOPE_} prefix, {@code scope} then {@code scp}). */
  public SpringAuthorities() {}

  /**
   * A decoded token carrying a space-delimited {@code scope} claim; decoding is the same work for
   * every library and is not measured.
   *
   * @param scope the claim
   * @return the token
   */
  public static Jwt jwt(String scope) {
    return Jwt.withTokenValue("benchmark").header("alg", "none").subject("benchmark").claim("scope", scope).build();
  }

  /**
   * A decoded token carrying an {@code scp} array claim.
   *
   * @param scp the claim's entries
   * @return the token
   */
  public static Jwt jwt(List<String> scp) {
    return Jwt.withTokenValue("benchmark").header("alg", "none").subject("benchmark").claim("scp", scp).build();
  }

  /**
   * Builds the authorization manager once: per scope {@code hasAnyAuthority(scope, family:*)},
   * all of them required.
   *
   * @param scopes required scopes such as {@code workflow:create}
   * @return the manager
   */
  public static AuthorizationManager<Object> require(List<String> scopes) {
    @SuppressWarnings("unchecked") // allOf takes a generic varargs array; every element is an AuthorizationManager<Object>
    AuthorizationManager<Object>[] each = (AuthorizationManager<Object>[]) new AuthorizationManager<?>[scopes.size()];
    for (int i = 0; i < each.length; i++) {
      String scope = scopes.get(i);
      String wildcard = scope.substring(0, scope.indexOf(':')) + ":*";
      each[i] = AuthorityAuthorizationManager.hasAnyAuthority("SCOPE_" + scope, "SCOPE_" + wildcard);
    }
    return each.length == 1 ? each[0] : AuthorizationManagers.allOf(each);
  }

  /**
   * Converts a token's claim to authorities and wraps them in an authentication.
   *
   * @param jwt the decoded token
   * @return the authentication
   */
  public Authentication grant(Jwt jwt) {
    return new JwtAuthenticationToken(jwt, converter.convert(jwt));
  }

  /**
   * Asks the manager about the authentication.
   *
   * @param authentication the authentication
   * @param required the manager
   * @return {@code true} if granted
   */
  public static boolean covers(Authentication authentication, AuthorizationManager<Object> required) {
    AuthorizationResult result = required.authorize(() -> authentication, REQUEST);
    return result != null && result.isGranted();
  }
}
