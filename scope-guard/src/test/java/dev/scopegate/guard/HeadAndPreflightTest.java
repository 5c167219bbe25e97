package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * HEAD takes the GET route's rule unless HEAD is declared; CORS preflights pass only when asked to.
 * The table is built for each test, so the building itself is under test too.
 */
class HeadAndPreflightTest {
  private final RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
      .route("GET", "/v1/things/{id}", "resource:read")
      .route("GET", "/v1/things/export", "resource:*")
      .route("HEAD", "/v1/things/{id}", "resource:update")
      .route("GET", "/v1/docs/internal", "resource:update")
      .publicRoute("GET", "/v1/docs/{page}")
      .route("POST", "/v1/things", "resource:create")
      .route("HEAD", "/v1/ping", "resource:read")
      .route("OPTIONS", "/v1/options", "resource:read")
      .build();
  private final Guard guard = Guard.of(routes);
  private final Guard passing = Guard.builder(routes).passCorsPreflights().build();
  private static final ScopeClaim READ = ScopeClaim.of("resource:read");

  private Route route(String method, String template) {
    return routes.routes().stream().filter(r -> r.method().equals(method) && r.template().equals(template))
        .findFirst().orElseThrow();
  }

  private static RequestHeaders headers(String... pairs) {
    Map<String, String> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i].toLowerCase(Locale.ROOT), pairs[i + 1]);
    }
    return name -> Optional.ofNullable(map.get(name.toLowerCase(Locale.ROOT)));
  }

  private static RequestHeaders preflight(String requestedMethod) {
    return headers("Origin", "https://customer.example", "Access-Control-Request-Method", requestedMethod);
  }

  @Test
  void headWithoutAHeadRouteIsDecidedByTheGetRoute() {
    GuardDecision d = guard.check("HEAD", "/v1/docs/internal", READ);

    assertThat(d.outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(d.route()).contains(route("GET", "/v1/docs/internal"));
    assertThat(d.message()).contains("Token lacks required scope: resource:update");
    assertThat(guard.check("HEAD", "/v1/docs/internal", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
    assertThat(guard.check("HEAD", "/v1/docs/intro", ScopeClaim.absent()).route()).contains(route("GET", "/v1/docs/{page}"));
  }

  @Test
  void aDeclaredHeadRouteDecidesHeadForItsTemplate() {
    assertThat(guard.check("HEAD", "/v1/things/t1", READ).outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(guard.check("HEAD", "/v1/things/t1", ScopeClaim.of("resource:update")).route())
        .contains(route("HEAD", "/v1/things/{id}"));
    assertThat(guard.check("GET", "/v1/things/t1", READ).route()).contains(route("GET", "/v1/things/{id}"));
    assertThat(guard.check("HEAD", "/v1/ping", READ).route()).contains(route("HEAD", "/v1/ping"));
  }

  @Test
  void aDeclaredHeadParameterNeverTakesTheGetLiteral() {
    GuardDecision d = guard.check("HEAD", "/v1/things/export", ScopeClaim.of("resource:update"));

    assertThat(d.route()).contains(route("GET", "/v1/things/export"));
    assertThat(d.message()).contains("Token lacks required scope: resource:*");
  }

  @Test
  void headBorrowsOnlyFromGet() {
    assertThat(guard.check("HEAD", "/v1/things", ScopeClaim.of("resource:*")).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(guard.check("GET", "/v1/ping", ScopeClaim.of("resource:*")).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(routes.routes()).hasSize(8);
  }

  @Test
  void headAloneWithoutGetRoutesIsMatchedAsDeclared() {
    RouteTable onlyHead = RouteTable.builder(SignstackScopes.CATALOG).route("HEAD", "/v1/ping", "resource:read").build();

    assertThat(Guard.of(onlyHead).check("HEAD", "/v1/ping", READ).allowed()).isTrue();
    assertThat(Guard.of(onlyHead).check("GET", "/v1/ping", READ).outcome()).isEqualTo(Outcome.NO_ROUTE);
  }

  @Test
  void theBuilderSaysWhetherPreflightsPass() {
    assertThat(Guard.builder(routes).build().passesCorsPreflights()).isFalse();
    assertThat(Guard.builder(routes).passCorsPreflights().build().passesCorsPreflights()).isTrue();
    assertThat(passing.routes()).isSameAs(routes);
  }

  @Test
  void decisionsCarryTheEngineDecisionForProtectedRoutesOnly() {
    GuardDecision allowed = guard.check("GET", "/v1/things/t1", READ);
    GuardDecision open = guard.check("GET", "/v1/docs/intro", ScopeClaim.absent());
    GuardDecision missing = guard.check("GET", "/v1/things/t1", ScopeClaim.absent());

    assertThat(allowed.decision()).contains(dev.scopegate.Decision.allow());
    assertThat(open.allowed()).isTrue();
    assertThat(open.decision()).isEmpty();
    assertThat(missing.outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
    assertThat(missing.wwwAuthenticate()).contains("Bearer");
    assertThat(missing.route()).contains(route("GET", "/v1/things/{id}"));
  }

  @Test
  void byDefaultAPreflightIsAnOrdinaryOptionsRequest() {
    Resolution r = guard.resolve("OPTIONS", "/v1/things/t1", preflight("GET"));

    assertThat(r.decision().orElseThrow().outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(guard.passesCorsPreflights()).isFalse();
    assertThat(guard.resolve("OPTIONS", "/v1/options", preflight("GET")).needsClaim()).isTrue();
  }

  @Test
  void aPassedPreflightReachesTheApplicationWithoutAToken() {
    AtomicInteger claimReads = new AtomicInteger();

    GuardDecision d = passing.resolve("OPTIONS", "/v1/things/t1", preflight("GET")).decide(() -> {
      claimReads.incrementAndGet();
      return ScopeClaim.absent();
    });

    assertThat(d.outcome()).isEqualTo(Outcome.CORS_PREFLIGHT);
    assertThat(d.allowed()).isTrue();
    assertThat(d.status()).isEqualTo(200);
    assertThat(d.route()).isEmpty();
    assertThat(d.message()).isEmpty();
    assertThat(claimReads).hasValue(0);
    assertThat(passing.resolve("OPTIONS", "/v1/things", preflight("POST")).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.CORS_PREFLIGHT);
    assertThat(passing.resolve("OPTIONS", "/v1/things/t1", preflight("HEAD")).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.CORS_PREFLIGHT);
    assertThat(d).hasToString("GuardDecision[CORS_PREFLIGHT]");
  }

  @Test
  void onlyAGenuinePreflightAboutADeclaredOperationPasses() {
    assertThat(passing.resolve("OPTIONS", "/v1/things/t1", RequestHeaders.none()).decision().orElseThrow().outcome())
        .as("plain OPTIONS").isEqualTo(Outcome.NO_ROUTE);
    assertThat(passing.resolve("OPTIONS", "/v1/things/t1", headers("Origin", "https://a.example")).decision().orElseThrow().outcome())
        .as("no Access-Control-Request-Method").isEqualTo(Outcome.NO_ROUTE);
    assertThat(passing.resolve("OPTIONS", "/v1/things/t1", headers("Access-Control-Request-Method", "GET"))
        .decision().orElseThrow().outcome()).as("no Origin").isEqualTo(Outcome.NO_ROUTE);
    assertThat(passing.resolve("OPTIONS", "/v1/things/t1", headers("Origin", "", "Access-Control-Request-Method", "GET"))
        .decision().orElseThrow().outcome()).as("empty Origin").isEqualTo(Outcome.NO_ROUTE);
    assertThat(passing.resolve("OPTIONS", "/v1/things/t1", preflight("G T")).decision().orElseThrow().outcome())
        .as("requested method not a token").isEqualTo(Outcome.NO_ROUTE);
    assertThat(passing.resolve("OPTIONS", "/v1/things/t1", preflight("DELETE")).decision().orElseThrow().outcome())
        .as("undeclared operation").isEqualTo(Outcome.NO_ROUTE);
    assertThat(passing.resolve("OPTIONS", "/v1/things/t1", preflight("get")).decision().orElseThrow().outcome())
        .as("method compared exactly").isEqualTo(Outcome.NO_ROUTE);
    assertThat(passing.resolve("GET", "/v1/things/t1", preflight("GET")).needsClaim())
        .as("not OPTIONS").isTrue();
    assertThat(passing.resolve("options", "/v1/things/t1", preflight("GET")).decision().orElseThrow().outcome())
        .as("method compared exactly").isEqualTo(Outcome.NO_ROUTE);
  }

  @Test
  void thePathRulesComeBeforeAPreflight() {
    assertThat(passing.resolve("OPTIONS", "/v1/docs/..;/things/export", preflight("GET")).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.BAD_REQUEST);
  }

  @Test
  void aPreflightTheGuardDoesNotPassFallsToTheOptionsRoute() {
    assertThat(passing.resolve("OPTIONS", "/v1/options", RequestHeaders.none()).needsClaim()).isTrue();
    assertThat(passing.resolve("OPTIONS", "/v1/options", preflight("OPTIONS")).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.CORS_PREFLIGHT);
  }

  @Test
  void headersAreReadOnlyForOptionsWhenPreflightsPass() {
    AtomicInteger reads = new AtomicInteger();
    RequestHeaders counting = name -> {
      reads.incrementAndGet();
      return Optional.of("GET");
    };

    guard.resolve("OPTIONS", "/v1/things/t1", counting);
    passing.resolve("GET", "/v1/things/t1", counting);
    assertThat(reads).hasValue(0);
    passing.resolve("OPTIONS", "/v1/things/t1", counting);
    assertThat(reads).hasValue(2);
  }

  @Test
  void headersReturningNullAreAProgrammingError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> passing.resolve("OPTIONS", "/v1/things/t1", name -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the headers returned null");
  }

  @Test
  void toStringSaysWhetherPreflightsPass() {
    assertThat(passing).hasToString("Guard[RouteTable[8 routes], CORS preflights passed]");
    assertThat(guard).hasToString("Guard[RouteTable[8 routes]]");
  }
}
