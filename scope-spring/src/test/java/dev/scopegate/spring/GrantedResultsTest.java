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
      .build());
  private static final ScopeClaim CLAIM = ScopeClaim.of("workflow:*");

  @Test
  void everyAllowedRequestToAnOperationGetsTheSameResult() {
    GrantedResults results = new GrantedResults(2);
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
    GrantedResults results = new GrantedResults(-7);   // room for one result only
    GuardDecision read = GUARD.check("GET", "/v1/workflows", CLAIM);
    GuardDecision create = GUARD.check("POST", "/v1/workflows", CLAIM);

    GuardAuthorizationResult kept = results.result(read);
    GuardAuthorizationResult made = results.result(create);

    assertThat(results.size()).isEqualTo(1);
    assertThat(results.result(read)).isSameAs(kept);
    assertThat(results.result(create)).isNotSameAs(made);
    assertThat(made.decision()).isSameAs(create);
  }
}
