package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.BearerClaims;
import dev.scopegate.guard.ScopeClaim;
import dev.scopegate.guard.TokenVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ClaimSource#bearer} over the request's Authorization header, and what jwtClaims says about an unverified one. */
class BearerClaimSourceTest {
  private final List<String> verified = new ArrayList<>();
  private final TokenVerifier verifier = token -> {
    verified.add(token);
    return token.equals("good")
        ? TokenVerifier.Result.verified(Map.of("sub", "u1", "scope", "workflow:read"))
        : TokenVerifier.Result.rejected("Token has expired");
  };

  private static ScopeClaim read(ClaimSource source, String... authorization) {
    return source.read(Requests.with(Map.of(), authorization.length == 0 ? Map.of() : Map.of("Authorization", List.of(authorization))));
  }

  @Test
  void bearerVerifiesTheAuthorizationHeadersToken() {
    ClaimSource source = ClaimSource.bearer(verifier);
    assertThat(read(source, "Bearer good"))
        .isEqualTo(ScopeClaim.of("workflow:read").withClaims(Map.of("sub", "u1", "scope", "workflow:read")));
    assertThat(read(source, "Bearer stale")).isEqualTo(ScopeClaim.unusable("Token has expired"));
    assertThat(read(source)).isEqualTo(ScopeClaim.absent());
    assertThat(read(source, "Basic dXNlcjpwYXNz")).isEqualTo(ScopeClaim.absent());
    assertThat(read(source, "Bearer")).isEqualTo(ScopeClaim.unusable(BearerClaims.MALFORMED_MESSAGE));
    assertThat(read(source, "Bearer good", "Bearer good")).isEqualTo(ScopeClaim.unusable(BearerClaims.REPEATED_MESSAGE));
    assertThat(verified).containsExactly("good", "stale");
    assertThat(source.toString()).startsWith("ClaimSource.bearer(");
  }

  @Test
  void aContainerThatAllowsNoHeaderAccessGivesNoToken() {
    // HttpServletRequest.getHeaders may return null when the container does not allow access.
    assertThat(ClaimSource.bearer(verifier).read(Requests.with(Map.of(), null))).isEqualTo(ScopeClaim.absent());
    assertThat(verified).isEmpty();
  }

  @Test
  void bearerIgnoresTheClaimsAttribute() {
    ClaimSource source = ClaimSource.bearer(verifier);
    assertThat(source.read(Requests.with(Map.of(ClaimSource.JWT_CLAIMS_ATTRIBUTE, Map.of("scope", "workflow:*")), Map.of())))
        .isEqualTo(ScopeClaim.absent());
  }

  @Test
  void jwtClaimsSaysWhenABearerTokenHasNoVerifiedClaims() {
    ClaimSource source = ClaimSource.jwtClaims();
    assertThat(read(source, "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isEqualTo(ScopeClaim.unusable(ClaimSource.UNVERIFIED_MESSAGE));
    assertThat(read(source, "bearer x")).isEqualTo(ScopeClaim.unusable(ClaimSource.UNVERIFIED_MESSAGE));
    assertThat(read(source, "Bearer")).isEqualTo(ScopeClaim.unusable(ClaimSource.UNVERIFIED_MESSAGE));
    assertThat(read(source, "Basic dXNlcjpwYXNz")).isEqualTo(ScopeClaim.absent());
    assertThat(read(source)).isEqualTo(ScopeClaim.absent());
    assertThat(source.read(Requests.with(Map.of(ClaimSource.JWT_CLAIMS_ATTRIBUTE, Map.of("scope", "a:b")), Map.of("Authorization", List.of("Bearer x")))))
        .isEqualTo(ScopeClaim.of("a:b").withClaims(Map.of("scope", "a:b")));
  }
}
