package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtScopeReaderTest {
  private final RecordingLogger log = new RecordingLogger();
  private final JwtScopeReader reader = JwtScopeReader.create(log);

  @Test
  void scopeStringIsRead() {
    Map<String, Object> claims = Map.of("sub", "u1", "scope", "workflow:read file:read");
    assertThat(reader.read(claims)).isEqualTo(ScopeClaim.of("workflow:read file:read").withClaims(claims));
    assertThat(log.records).isEmpty();
  }

  @Test
  void scpArrayIsReadWhenScopeIsAbsent() {
    Map<String, Object> claims = Map.of("scp", List.of("workflow:read", "file:read"));
    assertThat(reader.read(claims)).isEqualTo(ScopeClaim.of(List.of("workflow:read", "file:read")).withClaims(claims));
  }

  @Test
  void scpStringIsReadAsSpaceDelimited() {
    Map<String, Object> claims = Map.of("scp", "workflow:read file:read");
    assertThat(reader.read(claims)).isEqualTo(ScopeClaim.of("workflow:read file:read").withClaims(claims));
  }

  @Test
  void scpAsJavaArrayOrSetIsRead() {
    Map<String, Object> array = Map.of("scp", new String[] {"workflow:read"});
    assertThat(reader.read(array)).isEqualTo(ScopeClaim.of(List.of("workflow:read")).withClaims(array));
    Map<String, Object> set = Map.of("scp", new LinkedHashSet<>(List.of("workflow:read", "file:read")));
    assertThat(reader.read(set)).isEqualTo(ScopeClaim.of(List.of("workflow:read", "file:read")).withClaims(set));
  }

  @Test
  void bothWithTheSameEntriesReadScope() {
    Map<String, Object> claims = Map.of("scope", "file:read  workflow:read", "scp", List.of("workflow:read", "file:read"));

    assertThat(reader.read(claims)).isEqualTo(ScopeClaim.of("file:read  workflow:read").withClaims(claims));
    assertThat(log.records).isEmpty();
  }

  @Test
  void bothWithDifferentEntriesAreUnusableAndReportedOnce() {
    Map<String, Object> claims = Map.of("scope", "workflow:read", "scp", List.of("workflow:read", "workflow:create"));

    for (int i = 0; i < 3; i++) {
      assertThat(reader.read(claims)).isEqualTo(ScopeClaim.unusable("Token has conflicting scope and scp claims"));
    }

    assertThat(log.at(Level.WARNING)).containsExactly("WARNING The token has both a \"scope\" claim (a string of"
        + " 13 characters) and an \"scp\" claim (an array of 2 entries) with different content; such requests are"
        + " answered 401 invalid_token. Configure the token issuer to send one of them. (reported once; further"
        + " occurrences are logged at DEBUG)");
    assertThat(log.at(Level.DEBUG)).hasSize(2);
  }

  @Test
  void conflictIsNeverAUnion() {
    ScopeClaim claim = reader.read(Map.of("scope", "workflow:read", "scp", "workflow:create"));

    assertThat(Fixtures.GUARD.check("GET", "/v1/orgs/o/namespaces/n/workflows", claim).status()).isEqualTo(401);
    assertThat(Fixtures.GUARD.check("POST", "/v1/orgs/o/namespaces/n/workflows", claim).status()).isEqualTo(401);
  }

  @Test
  void bothPresentWithAWrongTypeIsAConflict() {
    assertThat(reader.read(Map.of("scope", List.of("workflow:read"), "scp", List.of("workflow:read"))))
        .isEqualTo(ScopeClaim.unusable(JwtScopeReader.CONFLICT_MESSAGE));
    assertThat(reader.read(Map.of("scope", "workflow:read", "scp", 7)))
        .isEqualTo(ScopeClaim.unusable(JwtScopeReader.CONFLICT_MESSAGE));
  }

  @Test
  void wrongTypeGrantsNothingAndIsReportedOnce() {
    for (Map<String, Object> claims : List.<Map<String, Object>>of(
        Map.of("scope", 42), Map.of("scope", List.of("workflow:read")), Map.of("scp", Map.of("workflow:read", true)))) {
      assertThat(reader.read(claims)).isEqualTo(ScopeClaim.of("").withClaims(claims));
    }

    assertThat(log.at(Level.WARNING)).containsExactly("WARNING The token's \"scope\" claim is a java.lang.Integer, not a"
        + " space-delimited string; it grants nothing. Check the token issuer's configuration. (reported once;"
        + " further occurrences are logged at DEBUG)");
    assertThat(log.at(Level.DEBUG)).hasSize(2);
  }

  @Test
  void wrongTypeIsDeniedOnAProtectedRoute() {
    ScopeClaim claim = reader.read(Map.of("scope", List.of("workflow:create")));

    assertThat(Fixtures.GUARD.check("POST", "/v1/orgs/o/namespaces/n/workflows", claim).status()).isEqualTo(403);
  }

  @Test
  void noScopeClaimGrantsNothingButIsAToken() {
    ScopeClaim claim = reader.read(Map.of("sub", "u1"));

    assertThat(claim).isEqualTo(ScopeClaim.of("").withClaims(Map.of("sub", "u1")));
    assertThat(claim.isPresent()).isTrue();
    assertThat(log.records).isEmpty();
  }

  @Test
  void aUsableClaimCarriesTheWholeClaimsMapForTheBindings() {
    Map<String, Object> claims = new HashMap<>(Map.of("sub", "u1", "org_id", "o1", "namespace", List.of("a", "b"), "scope", "x:y"));
    ScopeClaim claim = reader.read(claims);
    claims.put("org_id", "o2");

    assertThat(claim.claims()).isEqualTo(Map.of("sub", "u1", "org_id", "o1", "namespace", List.of("a", "b"), "scope", "x:y"));
    assertThat(reader.read(Map.of("scope", "a:b", "scp", "c:d")).claims()).isEmpty();
  }

  @Test
  void nullValuesCountAsAbsent() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("scope", null);
    claims.put("scp", Arrays.asList("workflow:read", null));

    assertThat(reader.read(claims)).isEqualTo(ScopeClaim.of(Arrays.asList("workflow:read", null)).withClaims(claims));
    assertThat(reader.read(claims).claims()).containsEntry("scope", null).hasSize(2);
  }

  @Test
  void defaultReaderLogsThroughSystemLogger() {
    assertThat(JwtScopeReader.create().read(Map.of("scope", "a:b"))).isEqualTo(ScopeClaim.of("a:b").withClaims(Map.of("scope", "a:b")));
    assertThat(JwtScopeReader.create().toString()).isEqualTo("JwtScopeReader[scope, then scp]");
  }

  @Test
  void aNamedClaimIsReadAloneAsAStringOrAnArray() {
    JwtScopeReader permissions = JwtScopeReader.fromClaim("permissions", log);

    Map<String, Object> list = Map.of("permissions", List.of("workflow:read", "file:read"), "scope", "workflow:*");
    assertThat(permissions.read(list)).isEqualTo(ScopeClaim.of(List.of("workflow:read", "file:read")).withClaims(list));
    Map<String, Object> text = Map.of("permissions", "workflow:read file:read");
    assertThat(permissions.read(text)).isEqualTo(ScopeClaim.of("workflow:read file:read").withClaims(text));
    Map<String, Object> none = Map.of("scope", "workflow:read", "scp", List.of("workflow:create"));
    assertThat(permissions.read(none)).isEqualTo(ScopeClaim.of("").withClaims(none));
    assertThat(log.records).isEmpty();
    assertThat(permissions).hasToString("JwtScopeReader[permissions]");
  }

  @Test
  void aNamedClaimCarriesTheTokensClaimsForTheBindings() {
    Guard guard = Guard.of(RouteTable.builder(dev.scopegate.catalog.SignstackScopes.CATALOG)
        .route("GET", "/v1/orgs/{orgId}/files/{fileId}", "file:read")
        .bind("orgId", "org_id")
        .build());
    JwtScopeReader permissions = JwtScopeReader.fromClaim("permissions", log);
    Map<String, Object> claims = Map.of("permissions", List.of("file:read"), "org_id", "acme");

    assertThat(guard.check("GET", "/v1/orgs/acme/files/f1", permissions.read(claims)).allowed()).isTrue();
    assertThat(guard.check("GET", "/v1/orgs/other/files/f1", permissions.read(claims)).message())
        .contains("Token does not match path parameter: orgId");
  }

  @Test
  void readScopeDecidesAsReadWithoutCopyingTheClaims() {
    Map<String, Object> claims = Map.of("sub", "u1", "org_id", "acme", "scope", "workflow:read file:read");
    assertThat(reader.readScope(claims)).isEqualTo(ScopeClaim.of("workflow:read file:read"));
    assertThat(reader.readScope(claims).claims()).isEmpty();
    assertThat(reader.readScope(Map.of("scope", "workflow:read", "scp", List.of("workflow:create"))))
        .isEqualTo(ScopeClaim.unusable("Token has conflicting scope and scp claims"));
    assertThat(JwtScopeReader.fromClaim("permissions", log).readScope(Map.of("permissions", List.of("file:read"), "org_id", "acme")))
        .isEqualTo(ScopeClaim.of(List.of("file:read")));
  }

  @Test
  void onlyABoundRouteNeedsTheTokensClaimsAndReadScopeFailsClosedThere() {
    Guard guard = Guard.of(RouteTable.builder(dev.scopegate.catalog.SignstackScopes.CATALOG)
        .route("GET", "/v1/orgs/{orgId}/files/{fileId}", "file:read")
        .route("GET", "/v1/me", "file:read")
        .publicRoute("GET", "/v1/status")
        .bind("orgId", "org_id")
        .build());
    Map<String, Object> claims = Map.of("scope", "file:read", "org_id", "acme");

    Resolution bound = guard.resolve("GET", "/v1/orgs/acme/files/f1");
    assertThat(bound.needsTokenClaims()).isTrue();
    assertThat(bound.decide(reader.read(claims)).allowed()).isTrue();
    assertThat(bound.decide(reader.readScope(claims)).message()).contains("Token lacks binding claim: org_id");
    Resolution unbound = guard.resolve("GET", "/v1/me");
    assertThat(unbound.needsTokenClaims()).isFalse();
    assertThat(unbound.decide(reader.readScope(claims))).isEqualTo(unbound.decide(reader.read(claims)));
    assertThat(guard.resolve("GET", "/v1/status").needsTokenClaims()).isFalse();
    assertThat(guard.resolve("GET", "/v1/nowhere").needsTokenClaims()).isFalse();
  }

  @Test
  void aNamedClaimOfAWrongTypeGrantsNothingAndIsReportedOnce() {
    JwtScopeReader permissions = JwtScopeReader.fromClaim("permissions", log);

    assertThat(permissions.readScope(Map.of("permissions", 7))).isEqualTo(ScopeClaim.of(""));
    assertThat(permissions.readScope(Map.of("permissions", Map.of("workflow:read", true)))).isEqualTo(ScopeClaim.of(""));

    assertThat(log.at(Level.WARNING)).containsExactly("WARNING The token's \"permissions\" claim is a java.lang.Integer,"
        + " not an array or a space-delimited string; it grants nothing. Check the token issuer's configuration."
        + " (reported once; further occurrences are logged at DEBUG)");
    assertThat(log.at(Level.DEBUG)).hasSize(1);
  }

  @Test
  void aNamedScopeClaimMayBeAnArray() {
    Map<String, Object> claims = Map.of("scope", List.of("workflow:read"));
    assertThat(JwtScopeReader.fromClaim("scope").read(claims)).isEqualTo(ScopeClaim.of(List.of("workflow:read")).withClaims(claims));
  }

  @Test
  void aClaimNameMustNotBeBlank() {
    assertThatThrownBy(() -> JwtScopeReader.fromClaim(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The scope claim's name must not be blank");
  }
}
