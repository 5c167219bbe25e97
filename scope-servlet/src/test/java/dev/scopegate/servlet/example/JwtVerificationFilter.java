package dev.scopegate.servlet.example;

import dev.scopegate.guard.TokenVerifier;
import dev.scopegate.servlet.ClaimSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The README's "your own JWT verification" path: verify the bearer token and put its claims where
 * the default claim source, {@code ClaimSource.jwtClaims()}, reads them.
 */
public class JwtVerificationFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private final transient TokenVerifier verifier;

  public JwtVerificationFilter(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      TokenVerifier.Result verified = verifier.verify(authorization.substring(7).trim());
      if (verified.isVerified()) {
        Map<String, Object> claims = verified.claims();
        request.setAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE, claims);  // Map<String, Object>: Nimbus JWTClaimsSet.getClaims(), Spring Jwt.getClaims(), jjwt Claims
      }
    }
    chain.doFilter(request, response);
  }
}
