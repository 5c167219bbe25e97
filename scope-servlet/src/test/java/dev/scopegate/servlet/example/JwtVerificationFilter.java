package dev.scopegate.servlet.example;

import dev.scopegate.servlet.ClaimSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The README's JWT step: verify the bearer token and put its claims where the scope filter reads them. */
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
      verifier.verify(authorization.substring(7).trim())
          .ifPresent(claims -> request.setAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE, claims));
    }
    chain.doFilter(request, response);
  }
}
