package dev.scopegate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark's setup and methods once, outside JMH, for every parameter: the setups fail
 * when an implementation answers differently, so this is the suite's correctness check in {@code
 * ./mvnw verify}. (Timing belongs to JMH; nothing here measures it.)
 */
class BenchmarkSetupTest {
  @ParameterizedTest
  @EnumSource(Scenario.class)
  void compiledCheckImplementationsAllGiveTheScenariosAnswer(Scenario scenario) {
    CompiledCheckBenchmark b = new CompiledCheckBenchmark();
    b.scenario = scenario;
    b.setUp();
    assertThat(new boolean[] {b.scopegate(), b.naiveHashSet(), b.shiro(), b.spring(), b.quarkus()})
        .containsOnly(scenario.allowed());
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void tokenPathImplementationsAllGiveTheScenariosAnswer(Scenario scenario) {
    TokenPathBenchmark b = new TokenPathBenchmark();
    b.scenario = scenario;
    b.setUp();
    assertThat(new boolean[] {
          b.scopegate().allowed(), b.scopegateParseClaim().allowed(), b.naiveHashSet(), b.shiro(), b.spring(), b.quarkus()
        })
        .containsOnly(scenario.allowed());
    assertThat(b.scopegate().missing()).hasSize(scenario.allowed() ? 0 : 1);
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void listClaimImplementationsAllGiveTheScenariosAnswer(Scenario scenario) {
    ListClaimBenchmark b = new ListClaimBenchmark();
    b.scenario = scenario;
    b.setUp();
    assertThat(new boolean[] {
          b.scopegate().allowed(), b.scopegateParseClaim().allowed(), b.naiveHashSet(), b.shiro(), b.spring(), b.quarkus()
        })
        .containsOnly(scenario.allowed());
  }

  @ParameterizedTest
  @EnumSource(RuleScenario.class)
  void ruleImplementationsAllAllow(RuleScenario scenario) {
    RuleBenchmark b = new RuleBenchmark();
    b.scenario = scenario;
    b.setUp();
    assertThat(new boolean[] {b.scopegate(), b.scopegateClaim().allowed(), b.naiveHashSet()}).containsOnly(true);
  }

  @Test
  void theEqualCatalogScenarioCompilesAgainstACatalogBuiltApart() {
    assertThat(RuleScenario.EQUAL_CATALOG.ruleCatalog()).isEqualTo(RuleScenario.EQUAL_CATALOG.catalog());
    assertThat(RuleScenario.EQUAL_CATALOG.ruleCatalog().families().get(0))
        .isEqualTo(RuleScenario.IDENTICAL_CATALOG.catalog().families().get(0));
  }

  @Test
  void aRuleScenarioThatIsDeniedStopsTheBenchmark() {
    assertThatThrownBy(() -> RuleScenario.IMPLIED.requireAllowed("RuleBenchmark.naiveHashSet", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RuleBenchmark.naiveHashSet denies IMPLIED (claim \"" + RuleScenario.IMPLIED.claim()
            + "\", alternatives [[accounting.transactions.read]]); every implementation must allow it");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void denialsNameTheFirstMissingScope(int missing) {
    DenialBenchmark b = new DenialBenchmark();
    b.missing = missing;
    b.setUp();
    assertThat(b.compiled()).isEqualTo("Token lacks required scope: workflow:update");
    assertThat(b.claim()).isEqualTo("Token lacks required scope: workflow:update");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 9, 35, 64, 256, 1024})
  void scalingClaimsGrantTheWholeGeneratedCatalog(int scopes) {
    ScalingBenchmark b = new ScalingBenchmark();
    b.scopes = scopes;
    b.setUp();
    assertThat(b.check()).isTrue();
    assertThat(b.checkClaim().allowed()).isTrue();
    assertThat(b.parseClaim().expanded()).hasSize(scopes);
  }

  @Test
  void aWrongAnswerStopsTheBenchmarkWithTheScenarioInTheMessage() {
    assertThatThrownBy(() -> Scenario.ONE_DENIED.requireAnswer("CompiledCheckBenchmark.shiro", true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CompiledCheckBenchmark.shiro answers allowed for ONE_DENIED (claim \"" + Claim.BACKEND_WORKFLOWS.text()
            + "\", required [workflow:update]); every implementation must answer denied");
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 150, 1000})
  void routeMatchingImplementationsAllAllowEveryRequest(int routes) {
    RouteMatchingBenchmark b = new RouteMatchingBenchmark();
    b.routes = routes;
    b.setUp();
    for (int i = 0; i < 2 * RouteMatchingBenchmark.REQUESTS; i++) {
      assertThat(b.scopegate().allowed()).isTrue();
      assertThat(b.springPathPattern()).isTrue();
      assertThat(b.regexList()).isTrue();
    }
    assertThat(b.requests()).hasSize(RouteMatchingBenchmark.REQUESTS);
    assertThat(new java.util.HashSet<>(b.requests())).as("one resource's operations in a small table, two in a large one")
        .hasSize(routes == 10 ? 8 : 16);
    assertThat(b.requests().get(0)).isEqualTo("GET /v1/orgs/o-1/namespaces/ns-live/workflows");
    assertThat(b.requests().get(15)).isEqualTo(routes == 10
        ? "POST /v1/orgs/o-1/namespaces/ns-live/workflows/x-42/publish"
        : routes == 150 ? "POST /v1/orgs/o-1/namespaces/ns-live/workflows-16/x-42/publish"
        : "POST /v1/orgs/o-1/namespaces/ns-live/workflows-120/x-42/publish");
    assertThat(b.guard.routes().routes()).hasSize(routes);
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 150, 1000})
  void springAuthorizationManagersBothAllowEveryRequest(int routes) {
    SpringAuthorizationBenchmark b = new SpringAuthorizationBenchmark();
    b.routes = routes;
    b.setUp();
    for (int i = 0; i < 2 * SpringAuthorizationBenchmark.REQUESTS; i++) {
      assertThat(b.scopegate().isGranted()).isTrue();
      assertThat(b.springSecurity().isGranted()).isTrue();
    }
    assertThat(b.requests()).hasSize(SpringAuthorizationBenchmark.REQUESTS);
    RouteMatchingBenchmark same = new RouteMatchingBenchmark();
    same.routes = routes;
    same.setUp();
    assertThat(b.requests()).as("the same requests as the route matching benchmark").isEqualTo(same.requests());
    assertThat(b.scopegate.guard().routes().routes()).hasSize(routes);
  }
}
