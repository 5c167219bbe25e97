package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.scopegate.AccessRule;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RouteTableTest {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;

  static Stream<Arguments> invalidTemplates() {
    return Stream.of(
        Arguments.of("v1/things", "Invalid route template \"v1/things\": a template starts with '/'"),
        Arguments.of("", "Invalid route template \"\": a template starts with '/'"),
        Arguments.of("/v1/things/", "Invalid route template \"/v1/things/\": empty segment at index 11;"
            + " a template has no double or trailing slash"),
        Arguments.of("/v1//things", "Invalid route template \"/v1//things\": empty segment at index 4;"
            + " a template has no double or trailing slash"),
        Arguments.of("/v1/./things", "Invalid route template \"/v1/./things\": '.' segment at index 4;"
            + " dot segments are not allowed"),
        Arguments.of("/v1/things/..", "Invalid route template \"/v1/things/..\": '..' segment at index 11;"
            + " dot segments are not allowed"),
        Arguments.of("/v1/things/{id", "Invalid route template \"/v1/things/{id\": segment \"{id\" at index 11"
            + " is not a parameter; a parameter is {name}, alone or with literal text before or after it"),
        Arguments.of("/v1/things/x}id{", "Invalid route template \"/v1/things/x}id{\": segment \"x}id{\" at index"
            + " 11 is not a parameter; a parameter is {name}, alone or with literal text before or after it"),
        Arguments.of("/v1/{}", "Invalid route template \"/v1/{}\": segment \"{}\" at index 4 is not a"
            + " parameter; a parameter is {name}, alone or with literal text before or after it"),
        Arguments.of("/v1/{name}.{format}", "Invalid route template \"/v1/{name}.{format}\": segment"
            + " \"{name}.{format}\" at index 4 has 2 parameters; where one ends and the next begins is ambiguous, so a"
            + " segment holds at most one"),
        Arguments.of("/v1/{id};x", "Invalid route template \"/v1/{id};x\": ';' at index 8 is not allowed in a"
            + " literal segment; literals use A-Z a-z 0-9 - . _ ~ :"),
        Arguments.of("/v1/{a b}", "Invalid route template \"/v1/{a b}\": parameter \"{a b}\" at index 4"
            + " has U+0020; a parameter name uses letters, digits, '_', '-' and '.'"),
        Arguments.of("/v1/x{a b}", "Invalid route template \"/v1/x{a b}\": parameter \"{a b}\" at index 5"
            + " has U+0020; a parameter name uses letters, digits, '_', '-' and '.'"),
        Arguments.of("/v1/{id}/{id}.json", "Invalid route template \"/v1/{id}/{id}.json\": duplicate parameter {id}"),
        Arguments.of("/v1/{id}/x/{id}", "Invalid route template \"/v1/{id}/x/{id}\": duplicate parameter {id}"),
        Arguments.of("/v1/things;v=1", "Invalid route template \"/v1/things;v=1\": ';' at index 10 is not"
            + " allowed in a literal segment; literals use A-Z a-z 0-9 - . _ ~ :"),
        Arguments.of("/v1/a%20b", "Invalid route template \"/v1/a%20b\": '%' at index 5 is not allowed in"
            + " a literal segment; literals use A-Z a-z 0-9 - . _ ~ :"),
        Arguments.of("/v1/caf\u00e9", "Invalid route template \"/v1/caf\\u00E9\": U+00E9 at index 7 is not"
            + " allowed in a literal segment; literals use A-Z a-z 0-9 - . _ ~ :"),
        Arguments.of("/v1/things?x=1", "Invalid route template \"/v1/things?x=1\": '?' at index 10 is not"
            + " allowed in a literal segment; literals use A-Z a-z 0-9 - . _ ~ :"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidTemplates")
  void invalidTemplateIsRejectedWithItsReason(String template, String message) {
    RouteTable.Builder builder = RouteTable.builder(CATALOG);

    assertThatThrownBy(() -> builder.route("GET", template, "resource:read"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> builder.publicRoute("GET", template)).hasMessage(message);
  }

  @Test
  void invalidMethodIsRejected() {
    assertThatThrownBy(() -> RouteTable.builder(CATALOG).route("GE T", "/v1/x", "resource:read"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid HTTP method \"GE T\": a method is a token of letters, digits and !#$%&'*+-.^_`|~");
    assertThatThrownBy(() -> RouteTable.builder(CATALOG).publicRoute("", "/v1/x"))
        .hasMessage("Invalid HTTP method \"\": a method is a token of letters, digits and !#$%&'*+-.^_`|~");
  }

  @Test
  void declaredMethodIsUpperCased() {
    RouteTable table = RouteTable.builder(CATALOG).route("post", "/v1/things", "resource:create").build();

    assertThat(table.routes().get(0).method()).isEqualTo("POST");
    assertThat(Guard.of(table).check("POST", "/v1/things", ScopeClaim.of("resource:create")).allowed()).isTrue();
    assertThat(Guard.of(table).check("post", "/v1/things", ScopeClaim.of("resource:create")).outcome())
        .isEqualTo(Outcome.NO_ROUTE);
  }

  @Test
  void routeWithoutScopesIsRejectedWithGuidance() {
    assertThatThrownBy(() -> RouteTable.builder(CATALOG).route("GET", "/v1/me"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Route GET /v1/me declares no scopes; use publicRoute(...) for an operation without a token,"
            + " or route(method, template, catalog.requirement()) for one that needs any valid token");
  }

  @Test
  void unknownScopeNamesTheRouteAndKeepsTheEngineException() {
    assertThatThrownBy(() -> RouteTable.builder(CATALOG).route("POST", "/v1/w", "workflow:craete"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Route POST /v1/w: Invalid scope \"workflow:craete\": the workflow family has no verb"
            + " \"craete\" (did you mean \"workflow:create\"?)")
        .hasCauseInstanceOf(InvalidScopeException.class);
  }

  @Test
  void requirementOfAnotherCatalogIsRejected() {
    ScopeCatalog other = ScopeCatalog.of(ScopeFamily.builder("workflow", "Workflow").verb("create", "Create").build());

    assertThatThrownBy(() -> RouteTable.builder(CATALOG).route("POST", "/v1/w", other.requirement("workflow:create")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Route POST /v1/w: the requirement Requirement[workflow:create] is compiled against"
            + " ScopeCatalog[1 families, 1 scopes], not this table's ScopeCatalog[14 families, 35 scopes]");
  }

  @Test
  void twoTemplatesMatchingTheSamePathsAreRejected() {
    RouteTable.Builder builder = RouteTable.builder(CATALOG).route("GET", "/v1/things/{id}", "resource:read");

    assertThatThrownBy(() -> builder.route("GET", "/v1/things/{thingId}", "resource:*"))
        .isInstanceOfSatisfying(DuplicateRouteException.class, e -> {
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.template()).isEqualTo("/v1/things/{thingId}");
          assertThat(e.existingTemplate()).isEqualTo("/v1/things/{id}");
        })
        .hasMessage("Duplicate route GET /v1/things/{thingId}: GET /v1/things/{id} already matches the same paths");
    assertThatThrownBy(() -> builder.publicRoute("get", "/v1/things/{id}"))
        .hasMessage("Duplicate route GET /v1/things/{id}: GET /v1/things/{id} already matches the same paths");
  }

  @Test
  void sameTemplateUnderAnotherMethodIsAnotherOperation() {
    RouteTable table = RouteTable.builder(CATALOG)
        .route("GET", "/v1/things/{id}", "resource:read")
        .route("DELETE", "/v1/things/{id}", "resource:delete")
        .build();

    assertThat(Guard.of(table).check("DELETE", "/v1/things/1", ScopeClaim.of("resource:read")).message())
        .contains("Token lacks required scope: resource:delete");
  }

  @Test
  void leftmostDifferenceDecidesAndLiteralWins() {
    RouteTable table = RouteTable.builder(CATALOG)
        .route("GET", "/a/{x}/c", "resource:read")
        .route("GET", "/a/b/{y}", "resource:update")
        .route("GET", "/a/b/c/d", "resource:delete")
        .route("GET", "/a/{x}/c/e", "resource:create")
        .build();
    Guard guard = Guard.of(table);

    assertThat(template(guard, "/a/b/c")).isEqualTo("/a/b/{y}");
    assertThat(template(guard, "/a/z/c")).isEqualTo("/a/{x}/c");
    assertThat(template(guard, "/a/b/c/d")).isEqualTo("/a/b/c/d");
    // The literal branch /a/b/... has no route for c/e, so the parameter branch answers.
    assertThat(template(guard, "/a/b/c/e")).isEqualTo("/a/{x}/c/e");
    assertThat(guard.check("GET", "/a/b/c/f", ScopeClaim.of("resource:*")).outcome()).isEqualTo(Outcome.NO_ROUTE);
  }

  @Test
  void declarationOrderDoesNotChangeTheWinner() {
    RouteTable literalFirst = RouteTable.builder(CATALOG)
        .route("GET", "/v1/things/export", "resource:*")
        .route("GET", "/v1/things/{id}", "resource:read")
        .build();
    RouteTable parameterFirst = RouteTable.builder(CATALOG)
        .route("GET", "/v1/things/{id}", "resource:read")
        .route("GET", "/v1/things/export", "resource:*")
        .build();

    assertThat(template(Guard.of(literalFirst), "/v1/things/export")).isEqualTo("/v1/things/export");
    assertThat(template(Guard.of(parameterFirst), "/v1/things/export")).isEqualTo("/v1/things/export");
  }

  @Test
  void parameterMatchesExactlyOneSegment() {
    RouteTable table = RouteTable.builder(CATALOG).route("GET", "/v1/things/{id}", "resource:read").build();
    Guard guard = Guard.of(table);

    assertThat(guard.check("GET", "/v1/things", ScopeClaim.of("resource:read")).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(guard.check("GET", "/v1/things/a/b", ScopeClaim.of("resource:read")).outcome()).isEqualTo(Outcome.NO_ROUTE);
  }

  @Test
  void emptyTableDeniesEverything() {
    Guard guard = Guard.of(RouteTable.builder(CATALOG).build());

    assertThat(guard.check("GET", "/", ScopeClaim.of("resource:*")).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(guard.routes().routes()).isEmpty();
  }

  @Test
  void routesKeepDeclaredOrderAndABuiltTableDoesNotChange() {
    RouteTable.Builder builder = RouteTable.builder(CATALOG)
        .publicRoute("POST", "/v1/auth/token")
        .route("GET", "/v1/things/{id}", "resource:read");
    RouteTable first = builder.build();
    builder.route("GET", "/v1/more", "resource:read");
    RouteTable second = builder.build();

    assertThat(first.routes()).extracting(Route::toString)
        .containsExactly("POST /v1/auth/token public", "GET /v1/things/{id} requires [resource:read]");
    assertThat(second.routes()).hasSize(3);
    assertThat(Guard.of(first).check("GET", "/v1/more", ScopeClaim.of("resource:read")).outcome())
        .isEqualTo(Outcome.NO_ROUTE);
    assertThatThrownBy(() -> first.routes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(first.catalog()).isSameAs(CATALOG);
    assertThat(first.toString()).isEqualTo("RouteTable[2 routes]");
  }

  @Test
  void routeAccessors() {
    Route route = Fixtures.route("POST", Fixtures.ADVANCE);

    assertThat(route.method()).isEqualTo("POST");
    assertThat(route.template()).isEqualTo(Fixtures.ADVANCE);
    assertThat(route.rule()).contains(AccessRule.of(CATALOG.requirement("workflow:update", "workflow:execute")));
    assertThat(route.isPublic()).isFalse();
    assertThat(Fixtures.route("POST", "/v1/auth/token").rule()).isEmpty();
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(
            RouteTable.builder(CATALOG).route("get", "/a", "resource:read").build().routes().get(0),
            RouteTable.builder(CATALOG).route("GET", "/a", CATALOG.requirement("resource:read")).build().routes().get(0))
        .addEqualityGroup(RouteTable.builder(CATALOG).route("GET", "/a", "resource:update").build().routes().get(0))
        .addEqualityGroup(RouteTable.builder(CATALOG).publicRoute("GET", "/a").build().routes().get(0))
        .addEqualityGroup(RouteTable.builder(CATALOG).publicRoute("GET", "/b").build().routes().get(0))
        .addEqualityGroup(RouteTable.builder(CATALOG).publicRoute("PUT", "/b").build().routes().get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RouteTable.builder(CATALOG).publicRoute("GET", "/a").build(),
            RouteTable.builder(CATALOG).publicRoute("GET", "/a").build())
        .addEqualityGroup(RouteTable.builder(CATALOG).publicRoute("GET", "/b").build())
        .testEquals();
  }

  @Test
  void parameterNamesTakeLettersDigitsAndUnderscoreDashDotOnly() {
    assertThat(RouteTable.builder(CATALOG).publicRoute("GET", "/v1/{azAZ09_-.}").build().routes()).hasSize(1);
    for (char c : new char[] {'@', '[', '`', ':', '!', '~'}) {
      assertThatThrownBy(() -> RouteTable.builder(CATALOG).publicRoute("GET", "/v1/{a" + c + "b}"))
          .as(String.valueOf(c))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a parameter name uses letters, digits, '_', '-' and '.'");
    }
  }

  @Test
  void aTemplateMayBeAsLongAsAPath() {
    String longest = "/" + "a".repeat(RequestPath.MAX_LENGTH - 1);

    assertThat(RouteTable.builder(CATALOG).publicRoute("GET", longest).build().routes()).hasSize(1);
    assertThatThrownBy(() -> RouteTable.builder(CATALOG).publicRoute("GET", longest + "a"))
        .hasMessageEndingWith(": it is longer than 8192 characters");
  }

  @Test
  void aRuleFromAnotherCatalogIsRejected() {
    ScopeCatalog other = ScopeCatalog.of(ScopeFamily.builder("thing", "Thing").verb("read", "Read").build());

    assertThatThrownBy(() -> RouteTable.builder(CATALOG).route("GET", "/x", AccessRule.of(other.requirement("thing:read"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Route GET /x: the rule ");
  }

  @Test
  void distinctRoutesAndTablesHashApart() {
    RouteTable a = RouteTable.builder(CATALOG).route("GET", "/a", "resource:read").build();
    RouteTable b = RouteTable.builder(CATALOG).route("GET", "/b", "resource:read").build();

    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    assertThat(a.routes().get(0).hashCode()).isNotEqualTo(b.routes().get(0).hashCode());
  }

  private static String template(Guard guard, String path) {
    return guard.check("GET", path, ScopeClaim.of("resource:*")).route().orElseThrow().template();
  }
}
