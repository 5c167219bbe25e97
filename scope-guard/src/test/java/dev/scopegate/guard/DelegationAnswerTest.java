package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.Delegation;
import dev.scopegate.catalog.SignstackRecipe;
import dev.scopegate.catalog.SignstackScopes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A refused delegation answered as the reference answers a 403, in both body formats. */
class DelegationAnswerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-21T09:30:00.123Z"), ZoneOffset.UTC);
  private static final String KEYS = "/v1/orgs/acme/namespaces/signing/api-keys";
  private static final Delegation WIDER = Delegation.check(
      SignstackRecipe.MULTI_TENANT_PROVISIONING.grant(), SignstackRecipe.FULL_ACCESS.scopes());

  @Test
  void theSignstackBodyNamesTheFirstScopeNotHeld() {
    Answer a = Answers.builder().clock(CLOCK).traceIds(() -> "t1").exposeMissingScope(false).build()
        .delegationRefused(WIDER, KEYS);

    assertThat(a.status()).isEqualTo(403);
    assertThat(a.wwwAuthenticate()).isEmpty();
    assertThat(a.contentType()).isEqualTo("application/json");
    assertThat(a.body()).isEqualTo("{\"statusCode\":403,\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"path\":\"" + KEYS
        + "\",\"traceId\":\"t1\",\"errorInfo\":{\"message\":\"Token cannot delegate scope: resource:*\"}}");
  }

  @Test
  void problemDetailsCarryTheSameMessage() {
    Answer a = Answers.builder().clock(CLOCK).traceIds(() -> "t1").format(ErrorFormat.PROBLEM).build()
        .delegationRefused(WIDER, KEYS);

    assertThat(a.contentType()).isEqualTo("application/problem+json");
    assertThat(a.body()).contains("\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Token cannot delegate scope: resource:*\"");
  }

  @Test
  void anAllowedDelegationHasNothingToAnswer() {
    Delegation allowed = Delegation.check(SignstackRecipe.FULL_ACCESS.grant(), SignstackScopes.CATALOG.parseAll("workflow:read"));

    assertThatThrownBy(() -> Answers.signstack().delegationRefused(allowed, KEYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the delegation is allowed; there is nothing to answer");
  }
}
