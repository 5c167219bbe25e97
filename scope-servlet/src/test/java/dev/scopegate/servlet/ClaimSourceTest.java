package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.guard.ScopeClaim;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimSourceTest {
  @Test
  void jwtClaimsReadsTheDefaultAttribute() {
    ClaimSource source = ClaimSource.jwtClaims();

    Map<String, Object> claims = Map.of("scope", "a:b", "org_id", "acme");
    ScopeClaim claim = source.read(Requests.withAttributes(Map.of(ClaimSource.JWT_CLAIMS_ATTRIBUTE, claims)));
    assertThat(claim).isEqualTo(ScopeClaim.of("a:b").withClaims(claims));
    assertThat(claim.claims()).containsEntry("org_id", "acme");
    assertThat(source.read(Requests.withAttributes(Map.of()))).isEqualTo(ScopeClaim.absent());
    assertThat(source).hasToString("ClaimSource.jwtClaims(dev.scopegate.servlet.jwtClaims)");
  }

  @Test
  void jwtClaimsReadsScpAndRejectsConflicts() {
    ClaimSource source = ClaimSource.jwtClaims("claims");

    assertThat(source.read(Requests.withAttributes(Map.of("claims", Map.of("scp", List.of("a:b"))))))
        .isEqualTo(ScopeClaim.of(List.of("a:b")).withClaims(Map.of("scp", List.of("a:b"))));
    assertThat(source.read(Requests.withAttributes(Map.of("claims", Map.of("scope", "a:b", "scp", List.of("c:d"))))))
        .isEqualTo(ScopeClaim.unusable("Token has conflicting scope and scp claims"));
  }

  @Test
  void jwtClaimsAttributeOfAnotherTypeIsAProgrammingError() {
    ClaimSource source = ClaimSource.jwtClaims("claims");

    assertThatThrownBy(() -> source.read(Requests.withAttributes(Map.of("claims", "workflow:read"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Request attribute \"claims\" holds a java.lang.String, not the Map of a verified JWT's claims");
  }

  @Test
  void scopeAttributeReadsStringsAndCollections() {
    ClaimSource source = ClaimSource.scopeAttribute("scope");

    assertThat(source.read(Requests.withAttributes(Map.of("scope", "a:b c:d")))).isEqualTo(ScopeClaim.of("a:b c:d"));
    assertThat(source.read(Requests.withAttributes(Map.of("scope", List.of("a:b"))))).isEqualTo(ScopeClaim.of(List.of("a:b")));
    assertThat(source.read(Requests.withAttributes(Map.of("scope", new LinkedHashSet<>(List.of("a:b", "c:d"))))))
        .isEqualTo(ScopeClaim.of(List.of("a:b", "c:d")));
    assertThat(source.read(Requests.withAttributes(Map.of()))).isEqualTo(ScopeClaim.absent());
    assertThat(source).hasToString("ClaimSource.scopeAttribute(scope)");
  }

  @Test
  void scopeAttributeOfAnotherTypeIsAProgrammingError() {
    assertThatThrownBy(() -> ClaimSource.scopeAttribute("scope").read(Requests.withAttributes(Map.of("scope", 42))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Request attribute \"scope\" holds a java.lang.Integer, not a scope claim (a space-delimited String"
            + " or a Collection of entries)");
  }

  @Test
  void factoriesRejectNull() {
    assertThatThrownBy(() -> ClaimSource.jwtClaims(null)).isInstanceOf(NullPointerException.class).hasMessage("attribute");
    assertThatThrownBy(() -> ClaimSource.scopeAttribute(null)).isInstanceOf(NullPointerException.class).hasMessage("attribute");
  }
}
