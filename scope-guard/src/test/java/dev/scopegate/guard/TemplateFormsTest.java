package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Google-style templates: a parameter with literal text before or after it ({@code {id}.json},
 * {@code {name}:cancel}) and custom methods in a literal ({@code /v1/things:batchGet}), matched
 * as the application decodes the segment.
 */
class TemplateFormsTest {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;

  private static final Guard GUARD = Guard.of(RouteTable.builder(CATALOG)
      .route("GET", "/v1/things/{id}", "resource:read")
      .route("GET", "/v1/things/{id}.json", "resource:update")
      .route("GET", "/v1/things/{id}.tar.gz", "resource:delete")
      .route("GET", "/v1/things/{id}.gz", "resource:create")
      .route("GET", "/v1/things/export", "resource:*")
      .route("POST", "/v1/things:batchGet", "workflow:read")
      .route("POST", "/v1/{thing}", "workflow:create")
      .route("POST", "/v1/things/{id}:cancel", "workflow:update")
      .route("POST", "/v1/things/{id}", "workflow:execute")
      .route("GET", "/v1/api/v{version}/status", "workflow:read")
      .build());

  private static String winner(String method, String path) {
    GuardDecision d = GUARD.check(method, path, ScopeClaim.of("resource:* workflow:*"));
    return d.route().map(Route::template).orElse(d.outcome().toString());
  }

  @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
  @CsvSource({
    "GET, /v1/things/t1, /v1/things/{id}",
    "GET, /v1/things/t1.json, /v1/things/{id}.json",
    "GET, /v1/things/a.b.json, /v1/things/{id}.json",
    // The value before the suffix must not be empty: ".json" alone is a thing called ".json".
    "GET, /v1/things/.json, /v1/things/{id}",
    "GET, /v1/things/t1.json2, /v1/things/{id}",
    // Of two suffixes that both match, the longer (more specific) one wins.
    "GET, /v1/things/t1.tar.gz, /v1/things/{id}.tar.gz",
    "GET, /v1/things/t1.gz, /v1/things/{id}.gz",
    "GET, /v1/things/.tar.gz, /v1/things/{id}.gz",
    // A literal beats a parameter with text around it.
    "GET, /v1/things/export, /v1/things/export",
    "POST, /v1/things:batchGet, /v1/things:batchGet",
    // %3A is ':' to the application, so it is the custom method too, never the parameter route.
    "POST, /v1/things%3AbatchGet, /v1/things:batchGet",
    "POST, /v1/things%3abatchGet, /v1/things:batchGet",
    "POST, /v1/things:batchget, /v1/{thing}",
    "POST, /v1/things, /v1/{thing}",
    "POST, /v1/things/t1:cancel, /v1/things/{id}:cancel",
    "POST, /v1/things/t1%3Acancel, /v1/things/{id}:cancel",
    "POST, /v1/things/a:b:cancel, /v1/things/{id}:cancel",
    "POST, /v1/things/:cancel, /v1/things/{id}",
    "POST, /v1/things/t1:cancel2, /v1/things/{id}",
    "POST, /v1/things/t1%3A, /v1/things/{id}",
    // A prefix: v{version}.
    "GET, /v1/api/v2/status, /v1/api/v{version}/status",
    "GET, /v1/api/v/status, NO_ROUTE",
    "GET, /v1/api/2/status, NO_ROUTE",
    // Encoded characters other than %3A never spell literal text (encoded dots are 400 anyway).
    "GET, /v1/things/t1%2Ejson, BAD_REQUEST",
    "GET, /v1/things/t1%20.json, /v1/things/{id}.json",
  })
  void theMostSpecificTemplateWinsOnTheDecodedSegment(String method, String path, String expected) {
    assertThat(winner(method, path)).isEqualTo(expected);
  }

  @Test
  void aSuffixRouteStillBacksOffToTheParameterWhenItsSubtreeHasNoRoute() {
    Guard guard = Guard.of(RouteTable.builder(CATALOG)
        .route("GET", "/v1/{file}.json/meta", "resource:read")
        .route("GET", "/v1/{id}/raw", "resource:update")
        .build());

    assertThat(guard.check("GET", "/v1/a.json/meta", ScopeClaim.of("resource:*")).route().orElseThrow().template())
        .isEqualTo("/v1/{file}.json/meta");
    assertThat(guard.check("GET", "/v1/a.json/raw", ScopeClaim.of("resource:*")).route().orElseThrow().template())
        .isEqualTo("/v1/{id}/raw");
  }

  @Test
  void theSameTextAroundDifferentlyNamedParametersIsADuplicate() {
    RouteTable.Builder builder = RouteTable.builder(CATALOG).route("GET", "/v1/{id}.json", "resource:read");

    assertThatThrownBy(() -> builder.route("GET", "/v1/{name}.json", "resource:read"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate route GET /v1/{name}.json: GET /v1/{id}.json already matches the same paths");
  }

  @Test
  void twoPatternsThatCanMatchOneSegmentWithNeitherMoreSpecificAreRefused() {
    RouteTable.Builder builder = RouteTable.builder(CATALOG).route("GET", "/v1/a{x}", "resource:read");

    assertThatThrownBy(() -> builder.route("GET", "/v1/{x}b", "resource:update"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ambiguous route GET /v1/{x}b: its segment {…}b and the segment a{…} of a GET route declared"
            + " before can match the same text and neither is more specific; change one of them");
    // HEAD requests are matched against GET and HEAD templates together.
    assertThatThrownBy(() -> builder.publicRoute("HEAD", "/v1/{x}b"))
        .hasMessageStartingWith("Ambiguous route HEAD /v1/{x}b: its segment {…}b and the segment a{…} of a GET route");
    // Disjoint texts and nested ones are fine.
    builder.route("GET", "/v1/c{x}", "resource:read").route("GET", "/v1/ab{x}", "resource:read");
    builder.route("PUT", "/v1/{x}b", "resource:update");
    Guard guard = Guard.of(builder.build());
    assertThat(guard.check("GET", "/v1/abz", ScopeClaim.of("resource:*")).route().orElseThrow().template())
        .isEqualTo("/v1/ab{x}");
    assertThat(guard.check("GET", "/v1/az", ScopeClaim.of("resource:*")).route().orElseThrow().template())
        .isEqualTo("/v1/a{x}");
  }

  @Test
  void headUsesTheGetPatternsToo() {
    Guard guard = Guard.of(RouteTable.builder(CATALOG)
        .route("GET", "/v1/{id}.json", "resource:read")
        .route("HEAD", "/v1/{id}", "resource:update")
        .build());

    GuardDecision d = guard.check("HEAD", "/v1/x.json", ScopeClaim.of("resource:read"));
    assertThat(d.allowed()).isTrue();
    assertThat(d.route().orElseThrow().toString()).isEqualTo("GET /v1/{id}.json requires [resource:read]");
    assertThat(guard.check("HEAD", "/v1/x", ScopeClaim.of("resource:read")).outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
  }
}
