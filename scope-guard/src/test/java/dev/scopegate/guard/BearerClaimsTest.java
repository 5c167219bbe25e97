package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BearerClaimsTest {
  /** Accepts "good" and "good==" (with their claims), rejects anything else; records what it was given. */
  private final List<String> seen = new ArrayList<>();

  private final TokenVerifier verifier =
      token -> {
        seen.add(token);
        switch (token) {
          case "good":
            return TokenVerifier.Result.verified(Map.of("sub", "u1", "scope", "workflow:read"));
          case "good==":
            return TokenVerifier.Result.verified(Map.of("sub", "u1", "scp", List.of("workflow:read", "file:read")));
          case "conflict":
            return TokenVerifier.Result.verified(Map.of("scope", "workflow:read", "scp", List.of("file:read")));
          case "no-scope":
            return TokenVerifier.Result.verified(Map.of("sub", "u1"));
          default:
            return TokenVerifier.Result.rejected("Token has expired");
        }
      };

  private final BearerClaims bearer = BearerClaims.of(verifier, JwtScopeReader.create(new RecordingLogger()));

  private ScopeClaim read(String... values) {
    return bearer.read(List.of(values));
  }

  @Test
  void noHeaderOrAnotherSchemeIsNoToken() {
    assertThat(read()).isEqualTo(ScopeClaim.absent());
    assertThat(read("Basic dXNlcjpwYXNz")).isEqualTo(ScopeClaim.absent());
    assertThat(read("BearerX good")).isEqualTo(ScopeClaim.absent());
    assertThat(read("Bear good")).isEqualTo(ScopeClaim.absent());
    assertThat(read("Bearer\tgood")).isEqualTo(ScopeClaim.absent());
    assertThat(seen).isEmpty();
  }

  @Test
  void aVerifiedTokensClaimsAreReadAsTheJwtReaderReadsThem() {
    JwtScopeReader jwt = JwtScopeReader.create(new RecordingLogger());
    ScopeClaim good = jwt.read(Map.of("sub", "u1", "scope", "workflow:read"));
    assertThat(read("Bearer good")).isEqualTo(good);
    assertThat(read("bearer good")).isEqualTo(good);
    assertThat(read("BEARER   good")).isEqualTo(good);
    assertThat(read("Bearer good==")).isEqualTo(jwt.read(Map.of("sub", "u1", "scp", List.of("workflow:read", "file:read"))));
    assertThat(read("Bearer conflict")).isEqualTo(ScopeClaim.unusable(JwtScopeReader.CONFLICT_MESSAGE));
    assertThat(read("Bearer no-scope")).isEqualTo(jwt.read(Map.of("sub", "u1")));
    assertThat(seen).containsExactly("good", "good", "good", "good==", "conflict", "no-scope");
  }

  @Test
  void aRejectedTokenIsUnusableWithTheVerifiersReason() {
    assertThat(read("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isEqualTo(ScopeClaim.unusable("Token has expired"));
    assertThat(seen).containsExactly("eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
  }

  @Test
  void aMalformedBearerCredentialIsNeverVerified() {
    for (String value :
        List.of("Bearer", "Bearer ", "Bearer  ", "Bearer a b", "Bearer good,x", "Bearer =", "Bearer a=b", "Bearer good ",
            "Bearer g\u00f6od", "Bearer a\"b", "Bearer a\u0000")) {
      assertThat(read(value)).as(value).isEqualTo(ScopeClaim.unusable(BearerClaims.MALFORMED_MESSAGE));
    }
    assertThat(seen).isEmpty();
    assertThat(read("Bearer A-Za-z0-9._~+/==")).isEqualTo(ScopeClaim.unusable("Token has expired"));
    assertThat(seen).containsExactly("A-Za-z0-9._~+/==");
  }

  @Test
  void twoAuthorizationHeadersAreRefusedWhateverTheyHold() {
    assertThat(read("Bearer good", "Bearer good")).isEqualTo(ScopeClaim.unusable(BearerClaims.REPEATED_MESSAGE));
    assertThat(read("Basic x", "Bearer good")).isEqualTo(ScopeClaim.unusable(BearerClaims.REPEATED_MESSAGE));
    assertThat(seen).isEmpty();
  }

  @Test
  void isBearerNamesTheSchemeInAnyCase() {
    assertThat(BearerClaims.isBearer("Bearer x")).isTrue();
    assertThat(BearerClaims.isBearer("bEaReR")).isTrue();
    assertThat(BearerClaims.isBearer("Bearer")).isTrue();
    assertThat(BearerClaims.isBearer("Bearerx")).isFalse();
    assertThat(BearerClaims.isBearer("Basic x")).isFalse();
    assertThat(BearerClaims.isBearer("")).isFalse();
  }

  @Test
  void aVerifierThatAnswersNullIsAProgrammingError() {
    BearerClaims broken = BearerClaims.of(token -> null);
    assertThatThrownBy(() -> broken.read(List.of("Bearer x"))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void resultsAreValuesThatNeverShowClaimValues() {
    Map<String, Object> claims = new HashMap<>(Map.of("sub", "secret-subject", "scope", "workflow:read"));
    TokenVerifier.Result verified = TokenVerifier.Result.verified(claims);
    claims.put("scope", "workflow:*");
    assertThat(verified.claims()).containsEntry("scope", "workflow:read").hasSize(2);
    assertThat(verified.isVerified()).isTrue();
    assertThat(verified.reason()).isEmpty();
    assertThat(verified.toString()).isEqualTo("Result[verified, 2 claims]").doesNotContain("secret");
    assertThatThrownBy(() -> verified.claims().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);

    TokenVerifier.Result rejected = TokenVerifier.Result.rejected("Token has expired");
    assertThat(rejected.isVerified()).isFalse();
    assertThat(rejected.claims()).isEmpty();
    assertThat(rejected.reason()).contains("Token has expired");
    assertThat(rejected).hasToString("Result[rejected: Token has expired]");
    assertThatThrownBy(() -> TokenVerifier.Result.rejected(" ")).isInstanceOf(IllegalArgumentException.class);
    Map<String, Object> nullKey = new HashMap<>();
    nullKey.put(null, "x");
    assertThatThrownBy(() -> TokenVerifier.Result.verified(nullKey)).isInstanceOf(NullPointerException.class);

    new EqualsTester()
        .addEqualityGroup(verified, TokenVerifier.Result.verified(Map.of("scope", "workflow:read", "sub", "secret-subject")))
        .addEqualityGroup(TokenVerifier.Result.verified(Map.of()))
        .addEqualityGroup(rejected, TokenVerifier.Result.rejected("Token has expired"))
        .addEqualityGroup(TokenVerifier.Result.rejected("Token is not valid"))
        .testEquals();
  }

  @Test
  void noPublicMethodAcceptsNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(TokenVerifier.class, verifier)
            .setDefault(JwtScopeReader.class, JwtScopeReader.create(new RecordingLogger()));
    tester.testAllPublicStaticMethods(BearerClaims.class);
    tester.testAllPublicInstanceMethods(bearer);
    tester.testAllPublicStaticMethods(TokenVerifier.Result.class);
    tester.testAllPublicInstanceMethods(TokenVerifier.Result.rejected("x"));
  }
}
