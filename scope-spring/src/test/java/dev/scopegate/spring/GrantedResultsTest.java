package dev.scopegate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.ScopeClaim;
import org.junit.jupiter.api.Test;

/** An allowed request's result is shared per operation; the kept results stay bounded. */
class GrantedResultsTest {
  private static final Guard GUARD = Guard.of(RouteTable.builder(SignstackScopes.CATALOG)
      .route("GET", "/v1/workflows", "workflow:read")
      .route("POST", "/v1/workflows", "workflow:create")
      .route("DELETE", "/v1/workflows", "workflow:*")
      .build());
  private static final ScopeClaim CLAIM = ScopeClaim.of("workflow:*");

  @Test
  void everyAllowedRequestToAnOperationGetsTheSameResult() {
    GrantedResults results = new GrantedResults(3);
    GuardDecision read = GUARD.check("GET", "/v1/workflows", CLAIM);

    GuardAuthorizationResult first = results.result(read);
    assertThat(results.result(GUARD.check("GET", "/v1/workflows", CLAIM))).isSameAs(first);
    assertThat(first.decision()).isSameAs(read);
    assertThat(first.isGranted()).isTrue();
    assertThat(results.result(GUARD.check("POST", "/v1/workflows", CLAIM))).isNotSameAs(first);
    assertThat(results.size()).isEqualTo(2);
  }

  @Test
  void pastItsBoundAResultIsMadePerRequestAndNotKept() {
    GrantedResults results = new GrantedResults(-3);   // 2 * -3 + 8: room for two results
    GuardDecision read = GUARD.check("GET", "/v1/workflows", CLAIM);
    GuardDecision create = GUARD.check("POST", "/v1/workflows", CLAIM);
    GuardDecision delete = GUARD.check("DELETE", "/v1/workflows", CLAIM);

    GuardAuthorizationResult kept = results.result(read);
    results.result(create);
    GuardAuthorizationResult made = results.result(delete);

    assertThat(results.size()).isEqualTo(2);
    assertThat(results.result(read)).isSameAs(kept);
    assertThat(results.result(delete)).isNotSameAs(made);
    assertThat(made.decision()).isSameAs(delete);
    assertThat(made.isGranted()).isTrue();
  }
}
