package dev.scopegate.guard;

import static dev.scopegate.guard.Fixtures.GUARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The two phases: what the method and path decide alone, and the claim read only when needed. */
class ResolutionTest {
  private static final String CREATE_PATH = "/v1/orgs/o1/namespaces/ns/workflows";

  /** A claim source that counts its calls and fails, as a broken one would. */
  private static final class FailingClaims implements Supplier<ScopeClaim> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ScopeClaim get() {
      calls.incrementAndGet();
      throw new IllegalStateException("claim source broken");
    }
  }

  @Test
  void aBadPathIsDecidedWithoutTheClaim() {
    FailingClaims claims = new FailingClaims();

    Resolution r = GUARD.resolve("GET", "/v1/things/a%2Fb");
    GuardDecision d = r.decide(claims);

    assertThat(r.needsClaim()).isFalse();
    assertThat(r.route()).isEmpty();
    assertThat(r.decision()).contains(d);
    assertThat(d.outcome()).isEqualTo(Outcome.BAD_REQUEST);
    assertThat(GUARD.check("G T", "/", claims).outcome()).isEqualTo(Outcome.BAD_REQUEST);
    assertThat(claims.calls).hasValue(0);
  }

  @Test
  void noRouteIsDecidedWithoutTheClaim() {
    FailingClaims claims = new FailingClaims();

    GuardDecision d = GUARD.check("DELETE", CREATE_PATH, claims);

    assertThat(d.outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(GUARD.resolve("DELETE", CREATE_PATH).decision()).contains(d);
    assertThat(claims.calls).hasValue(0);
  }

  @Test
  void aPublicRouteIsAllowedWithoutTheClaim() {
    FailingClaims claims = new FailingClaims();

    Resolution r = GUARD.resolve("POST", "/v1/auth/token");
    GuardDecision d = r.decide(claims);

    assertThat(r.needsClaim()).isFalse();
    assertThat(r.route()).contains(Fixtures.route("POST", "/v1/auth/token"));
    assertThat(d.allowed()).isTrue();
    assertThat(d.route()).contains(Fixtures.route("POST", "/v1/auth/token"));
    assertThat(claims.calls).hasValue(0);
  }

  @Test
  void aProtectedRouteReadsTheClaimOnce() {
    AtomicInteger calls = new AtomicInteger();

    Resolution r = GUARD.resolve("POST", CREATE_PATH);
    GuardDecision d = r.decide(() -> {
      calls.incrementAndGet();
      return ScopeClaim.of("workflow:create");
    });

    assertThat(r.needsClaim()).isTrue();
    assertThat(r.decision()).isEmpty();
    assertThat(r.route()).contains(Fixtures.route("POST", Fixtures.WORKFLOWS));
    assertThat(d.allowed()).isTrue();
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFailingClaimSourceFailsOnlyWhereTheClaimIsNeeded() {
    FailingClaims claims = new FailingClaims();

    assertThatThrownBy(() -> GUARD.check("POST", CREATE_PATH, claims)).hasMessage("claim source broken");
    assertThat(claims.calls).hasValue(1);
  }

  @Test
  void aSupplierReturningNullIsAProgrammingError() {
    Resolution r = GUARD.resolve("POST", CREATE_PATH);

    assertThatThrownBy(() -> r.decide(() -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the claim supplier returned null");
  }

  @Test
  void bothPhasesGiveWhatCheckGives() {
    for (ScopeClaim claim : new ScopeClaim[] {ScopeClaim.absent(), ScopeClaim.of(""), ScopeClaim.of("workflow:create"),
        ScopeClaim.unusable("broken")}) {
      GuardDecision d = GUARD.resolve("POST", CREATE_PATH).decide(claim);
      assertThat(d).isEqualTo(GUARD.check("POST", CREATE_PATH, claim)).isEqualTo(GUARD.check("POST", CREATE_PATH, () -> claim));
    }
  }

  @Test
  void resolutionsAreSharedSoResolvingAllocatesNothing() {
    assertThat(GUARD.resolve("POST", CREATE_PATH)).isSameAs(GUARD.resolve("POST", "/v1/orgs/o2/namespaces/x/workflows"));
    assertThat(GUARD.resolve("GET", "/v1/a%2Fb")).isSameAs(GUARD.resolve("GET", "/v1/things/%2F"));
    assertThat(GUARD.resolve("GET", "/v1/unknown")).isSameAs(GUARD.resolve("PUT", "/v1/me"));
    assertThat(GUARD.resolve("GET", "/v1/me").decide(ScopeClaim.of(""))).isSameAs(GUARD.resolve("GET", "/v1/me").decide(ScopeClaim.of("x")));
  }

  @Test
  void toStringSaysWhatIsLeft() {
    assertThat(GUARD.resolve("POST", CREATE_PATH))
        .hasToString("Resolution[needs claim: POST " + Fixtures.WORKFLOWS + " requires [workflow:create]]");
    assertThat(GUARD.resolve("GET", "/v1/unknown"))
        .hasToString("Resolution[GuardDecision[NO_ROUTE 403: No operation is declared for this method and path]]");
  }
}
