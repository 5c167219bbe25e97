package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.scopegate.AccessRule;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision.Outcome;
import dev.scopegate.guard.ScopeClaim;
import dev.scopegate.openapi.Operation.Access;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * OpenAPI's security semantics, one small document per rule: root inheritance, {@code []} at both
 * levels, {@code {}}, OR with AND inside, mixed schemes, empty scope lists, drift, undeclared
 * scopes; and the catalog a document declares.
 */
class SecuritySemanticsTest {
  /** A document with an oauth2 scheme (read, write, admin), an API key and HTTP basic. */
  private static final String SCHEMES =
      """
      components:
        securitySchemes:
          oauth:
            type: oauth2
            flows:
              authorizationCode:
                authorizationUrl: https://example.com/authorize
                tokenUrl: https://example.com/token
                scopes:
                  things.read: Read things
                  things.write: Write things
              clientCredentials:
                tokenUrl: https://example.com/token
                scopes:
                  things.read: Read things (again)
                  admin: Administer
          key:
            type: apiKey
            in: header
            name: X-Key
          basic:
            type: http
            scheme: basic
      """;

  private static OpenApiSpec yaml(String body) {
    return OpenApiSpec.parse("api.yaml", "openapi: 3.1.0\n" + SCHEMES + body);
  }

  private static OpenApiSpec yaml(String body, OpenApiOptions options) {
    return OpenApiSpec.parse("api.yaml", "openapi: 3.1.0\n" + SCHEMES + body, options);
  }

  private static List<String> problems(OpenApiSpec spec) {
    return spec.problems().stream().map(p -> p.severity() + " " + p.kind() + " " + p).collect(Collectors.toList());
  }

  private static Operation op(OpenApiSpec spec, String id) {
    return spec.operations().byOperationId(id).orElseThrow();
  }

  private static AccessRule rule(OpenApiSpec spec, String... alternatives) {
    ScopeCatalog c = spec.catalog();
    return AccessRule.anyOf(java.util.Arrays.stream(alternatives)
        .map(a -> a.isEmpty() ? c.requirement() : c.requirement(a.split(" ")))
        .collect(Collectors.toList()));
  }

  @Test
  void theCatalogIsEveryScopeOfEveryFlowOnceWithTheFirstDescription() {
    OpenApiSpec spec = yaml("paths: {}\n");

    ScopeCatalog catalog = spec.catalog();
    assertThat(catalog.grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(catalog.scopes()).extracting(Object::toString).containsExactly("things.read", "things.write", "admin");
    assertThat(catalog.description(catalog.parse("things.read"))).contains("Read things");
    assertThat(spec.schemes()).extracting(SecurityScheme::toString)
        .containsExactly("oauth (oauth2: things.read, things.write, admin)", "key (apiKey)", "basic (http)");
    assertThat(spec.schemes().get(0).location()).isEqualTo(SourceLocation.of("api.yaml", 4, 5));
  }

  @Test
  void theRootSecurityIsInheritedAndAnOperationsOwnOverridesIt() {
    OpenApiSpec spec = yaml(
        """
        security:
          - oauth: [things.read]
        paths:
          /a:
            get: {operationId: inherits}
            put:
              operationId: overrides
              security: [{oauth: [things.write]}]
        """);

    assertThat(op(spec, "inherits").rule()).contains(rule(spec, "things.read"));
    assertThat(op(spec, "inherits").security()).extracting(Object::toString).containsExactly("{oauth: [things.read]}");
    assertThat(op(spec, "overrides").rule()).contains(rule(spec, "things.write"));
    // Both scopes are used (one by inheritance): only admin is unused.
    assertThat(problems(spec)).containsExactly(
        "NOTE UNUSED_SCOPE api.yaml:17:13: the scheme oauth declares \"admin\", but no operation requires it");
  }

  @Test
  void anEmptySecurityListAtEitherLevelIsPublic() {
    OpenApiSpec rootPublic = yaml(
        """
        security: []
        paths:
          /a:
            get: {operationId: open}
            put: {operationId: closed, security: [{oauth: [things.write]}]}
        """);
    assertThat(op(rootPublic, "open").access()).isEqualTo(Access.PUBLIC);
    assertThat(op(rootPublic, "closed").access()).isEqualTo(Access.SCOPED);

    OpenApiSpec operationPublic = yaml(
        """
        security: [{oauth: [things.read]}]
        paths:
          /a:
            get: {operationId: open, security: []}
        """);
    assertThat(op(operationPublic, "open").access()).isEqualTo(Access.PUBLIC);
    assertThat(op(operationPublic, "open").security()).isEmpty();
  }

  @Test
  void anEmptyRequirementObjectAllowsAnonymousAccess() {
    OpenApiSpec spec = yaml(
        """
        paths:
          /a:
            get:
              operationId: optional
              security: [{oauth: [things.read]}, {}]
        """);
    Operation op = op(spec, "optional");
    assertThat(op.access()).isEqualTo(Access.PUBLIC);
    assertThat(op.security()).extracting(SecurityRequirement::isAnonymous).containsExactly(false, true);
    assertThat(Guard.of(spec.routeTable()).check("GET", "/a", ScopeClaim.absent()).allowed()).isTrue();
  }

  @Test
  void theListIsAnOrOfObjectsAndEachObjectAnAndOfItsSchemes() {
    OpenApiSpec spec = yaml(
        """
        paths:
          /a:
            get:
              operationId: either
              security:
                - oauth: [things.read]
                - oauth: [things.write, admin]
        """);
    Operation op = op(spec, "either");
    assertThat(op.rule()).contains(rule(spec, "things.read", "things.write admin"));
    Guard guard = Guard.of(spec.routeTable());
    assertThat(guard.check("GET", "/a", ScopeClaim.of("things.read")).allowed()).isTrue();
    assertThat(guard.check("GET", "/a", ScopeClaim.of("things.write admin")).allowed()).isTrue();
    assertThat(guard.check("GET", "/a", ScopeClaim.of("things.write")).message())
        .contains("Token lacks required scope: things.read");
    assertThat(guard.check("GET", "/a", ScopeClaim.of("admin")).message())
        .contains("Token lacks required scope: things.read");
  }

  @Test
  void anEmptyScopeListMeansAnyValidToken() {
    OpenApiSpec spec = yaml(
        """
        paths:
          /me:
            get:
              operationId: me
              security: [{oauth: []}]
        """);
    Operation op = op(spec, "me");
    assertThat(op.rule()).contains(rule(spec, ""));
    assertThat(problems(spec)).contains(
        "NOTE NO_SCOPE_CHECK api.yaml:27:5: GET /me accepts any valid token: its security names a scheme with an empty"
            + " scope list");
    Guard guard = Guard.of(spec.routeTable());
    assertThat(guard.check("GET", "/me", ScopeClaim.of("")).allowed()).isTrue();
    assertThat(guard.check("GET", "/me", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
  }

  private static final String MIXED =
      """
      paths:
        /keys-only:
          get:
            operationId: keysOnly
            security: [{key: []}]
        /basic-or-scope:
          get:
            operationId: basicOrScope
            security: [{basic: []}, {oauth: [things.read]}]
        /key-and-scope:
          get:
            operationId: keyAndScope
            security: [{key: [], oauth: [things.write]}]
        /key-and-scope-or-scope:
          get:
            operationId: keyAndScopeOrScope
            security: [{key: [], oauth: [things.write]}, {oauth: [admin]}]
      """;

  @Test
  void schemesWithoutScopesFailClosedByDefault() {
    OpenApiSpec spec = yaml(MIXED);

    assertThat(spec.operations().operations())
        .extracting(o -> o.operationId().orElseThrow(), Operation::access, Operation::rule, Operation::passesWithoutToken)
        .containsExactly(
            tuple("keysOnly", Access.NON_SCOPE, java.util.Optional.empty(), false),
            tuple("basicOrScope", Access.SCOPED, java.util.Optional.of(rule(spec, "things.read")), false),
            tuple("keyAndScope", Access.NON_SCOPE, java.util.Optional.empty(), false),
            tuple("keyAndScopeOrScope", Access.SCOPED, java.util.Optional.of(rule(spec, "admin")), false));
    assertThat(problems(spec)).containsExactly(
        "WARNING MISSING_REQUIRED_SCOPES api.yaml:27:5: GET /keys-only can only be called with key (apiKey), which a"
            + " scope claim cannot satisfy, so the guard denies it; if the service checks that itself, read the document"
            + " with non-scope schemes authenticated elsewhere",
        "WARNING MISSING_REQUIRED_SCOPES api.yaml:35:5: GET /key-and-scope can only be called with key (apiKey) and"
            + " oauth (oauth2), which a scope claim cannot satisfy, so the guard denies it; if the service checks that"
            + " itself, read the document with non-scope schemes authenticated elsewhere");
    Guard guard = Guard.of(spec.routeTable());
    assertThat(guard.check("GET", "/keys-only", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.NOT_AUTHORIZABLE);
    assertThat(guard.check("GET", "/key-and-scope", ScopeClaim.of("things.write")).outcome())
        .isEqualTo(Outcome.NOT_AUTHORIZABLE);
    assertThat(guard.check("GET", "/basic-or-scope", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
    assertThat(guard.check("GET", "/basic-or-scope", ScopeClaim.of("things.read")).allowed()).isTrue();
  }

  @Test
  void schemesWithoutScopesAuthenticatedElsewhereLetARequestWithoutATokenThrough() {
    OpenApiSpec spec = yaml(MIXED, OpenApiOptions.defaults()
        .nonScopeSchemes(OpenApiOptions.NonScopeSchemes.AUTHENTICATED_ELSEWHERE));

    assertThat(spec.operations().operations())
        .extracting(o -> o.operationId().orElseThrow(), Operation::access, Operation::rule, Operation::passesWithoutToken)
        .containsExactly(
            tuple("keysOnly", Access.NON_SCOPE, java.util.Optional.empty(), true),
            tuple("basicOrScope", Access.SCOPED, java.util.Optional.of(rule(spec, "things.read")), true),
            // The service checks the key; the guard checks the scope the same object asks for.
            tuple("keyAndScope", Access.SCOPED, java.util.Optional.of(rule(spec, "things.write")), false),
            tuple("keyAndScopeOrScope", Access.SCOPED, java.util.Optional.of(rule(spec, "things.write", "admin")), false));
    assertThat(spec.problems()).extracting(SpecProblem::kind, p -> p.location().line())
        .containsExactly(tuple(SpecProblem.Kind.NO_SCOPE_CHECK, 27), tuple(SpecProblem.Kind.NO_SCOPE_CHECK, 31));
    Guard guard = Guard.of(spec.routeTable());
    assertThat(guard.check("GET", "/keys-only", ScopeClaim.absent()).allowed()).isTrue();
    assertThat(guard.check("GET", "/keys-only", ScopeClaim.of("admin")).outcome()).isEqualTo(Outcome.NOT_AUTHORIZABLE);
    assertThat(guard.check("GET", "/basic-or-scope", ScopeClaim.absent()).allowed()).isTrue();
    assertThat(guard.check("GET", "/basic-or-scope", ScopeClaim.of("admin")).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(guard.check("GET", "/key-and-scope", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
  }

  @Test
  void noSecurityAnywhereIsUndeclaredAndDenied() {
    OpenApiSpec spec = yaml(
        """
        paths:
          /a:
            get: {operationId: forgotten}
        """);
    assertThat(op(spec, "forgotten").access()).isEqualTo(Access.UNDECLARED);
    assertThat(spec.hasErrors()).isFalse();
    assertThat(Guard.of(spec.routeTable()).check("GET", "/a", ScopeClaim.of("admin")).outcome())
        .isEqualTo(Outcome.NOT_AUTHORIZABLE);
  }

  @Test
  void aScopeTheSchemeDoesNotDeclareIsAnErrorWithASuggestion() {
    OpenApiSpec spec = yaml(
        """
        paths:
          /a:
            get:
              operationId: typo
              security: [{oauth: [things.raed]}]
            put:
              operationId: otherScheme
              security: [{oauth: [things.write]}, {key: [], oauth: [nope]}]
        """);

    assertThat(problems(spec)).contains(
        "ERROR UNDECLARED_SCOPE api.yaml:29:27: the security of GET /a requires \"things.raed\", which the scheme oauth"
            + " does not declare (did you mean \"things.read\"?)",
        "ERROR UNDECLARED_SCOPE api.yaml:32:61: the security of PUT /a requires \"nope\", which the scheme oauth does not"
            + " declare (it declares things.read, things.write, admin)");
    assertThat(op(spec, "typo").isBroken()).isTrue();
    assertThat(op(spec, "otherScheme").isBroken()).isTrue();
    assertThatThrownBy(spec::routeTable).isInstanceOf(InvalidSpecException.class);
  }

  @Test
  void anUnknownSchemeIsAnError() {
    OpenApiSpec spec = yaml(
        """
        paths:
          /a:
            get: {operationId: a, security: [{oath: [things.read]}]}
        """);
    assertThat(problems(spec)).containsExactly(
        "NOTE UNUSED_SCOPE api.yaml:11:13: the scheme oauth declares \"things.read\", but no operation requires it",
        "NOTE UNUSED_SCOPE api.yaml:12:13: the scheme oauth declares \"things.write\", but no operation requires it",
        "NOTE UNUSED_SCOPE api.yaml:17:13: the scheme oauth declares \"admin\", but no operation requires it",
        "ERROR STRUCTURE api.yaml:27:39: \"security\" of GET /a names the scheme \"oath\", which"
            + " components.securitySchemes does not declare (it declares oauth, key, basic)");
  }

  @Test
  void securityAndXRequiredScopesMustAgree() {
    OpenApiSpec spec = yaml(
        """
        paths:
          /a:
            get:
              operationId: agree
              security: [{key: []}, {oauth: [things.read, admin]}]
              x-required-scopes: [admin, things.read]
            put:
              operationId: weaker
              security: [{oauth: [things.write, admin]}]
              x-required-scopes: [things.write]
            post:
              operationId: alternatives
              security: [{oauth: [things.write]}, {oauth: [admin]}]
              x-required-scopes: [things.write]
        """);

    assertThat(op(spec, "agree").rule()).contains(rule(spec, "things.read admin"));
    assertThat(spec.errors()).extracting(SpecProblem::toString).containsExactly(
        "api.yaml:34:7: PUT /a: security (line 33, column 7) requires [things.write, admin], but x-required-scopes"
            + " requires [things.write]; make them agree, or remove x-required-scopes",
        "api.yaml:38:7: POST /a: security (line 37, column 7) requires [things.write] or [admin], but x-required-scopes"
            + " requires [things.write]; make them agree, or remove x-required-scopes");
    assertThat(spec.errors()).extracting(SpecProblem::kind, p -> p.relatedLocation().orElseThrow().line())
        .containsExactly(tuple(SpecProblem.Kind.SCOPE_DRIFT, 33), tuple(SpecProblem.Kind.SCOPE_DRIFT, 37));
    assertThat(op(spec, "weaker").isBroken()).isTrue();
  }

  @Test
  void xRequiredScopesStatesTheScopesOfASchemeWithout() {
    OpenApiSpec spec = OpenApiSpec.parse("api.yaml",
        """
        openapi: 3.0.3
        security: [{bearer: []}]
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
        paths:
          /w:
            post: {operationId: create, x-required-scopes: [workflow:create]}
        """,
        OpenApiOptions.defaults().catalogWhenNoneDeclared(SignstackScopes.CATALOG));
    assertThat(spec.catalog()).isSameAs(SignstackScopes.CATALOG);
    assertThat(op(spec, "create").rule()).contains(AccessRule.of(SignstackScopes.CATALOG.requirement("workflow:create")));
    assertThat(spec.problems()).isEmpty();
  }

  private static final String XERO_LIKE =
      """
      openapi: 3.0.0
      components:
        securitySchemes:
          OAuth2:
            type: oauth2
            flows:
              authorizationCode:
                authorizationUrl: https://example.com/a
                tokenUrl: https://example.com/t
                scopes:
                  accounting.transactions: Read and write
                  accounting.transactions.read: Read only
      paths:
        /Invoices:
          get:
            security: [{OAuth2: [accounting.transactions, accounting.transactions.read]}]
      """;

  @Test
  void scopesThatImplyOneAnotherByNameAreAWarningSuggestingAlternatives() {
    OpenApiSpec spec = OpenApiSpec.parse("api.yaml", XERO_LIKE);
    assertThat(problems(spec)).containsExactly(
        "WARNING IMPLIED_SCOPE api.yaml:16:53: the security of GET /Invoices requires accounting.transactions.read"
            + " together with accounting.transactions (its name extends accounting.transactions's), so a token needs"
            + " both; if either one should do, list them as alternatives: security: [{OAuth2:"
            + " [accounting.transactions]}, {OAuth2: [accounting.transactions.read]}]");
    // As OpenAPI defines it, a token needs both; the warning (a name heuristic) changes nothing.
    AccessRule rule = spec.operations().operations().get(0).rule().orElseThrow();
    assertThat(rule.check("accounting.transactions").allowed()).isFalse();
    assertThat(rule.check("accounting.transactions accounting.transactions.read").allowed()).isTrue();
  }

  @Test
  void scopesThatImplyOneAnotherByTheCatalogAreAWarningToo() {
    ScopeCatalog declared = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)
        .scope("accounting.transactions", "Read and write")
        .scope("accounting.transactions.read", "Read only")
        .implies("accounting.transactions", "accounting.transactions.read")
        .build();
    OpenApiSpec spec = OpenApiSpec.parse("api.yaml", XERO_LIKE, declared);
    assertThat(problems(spec)).containsExactly(
        "WARNING IMPLIED_SCOPE api.yaml:16:53: the security of GET /Invoices requires accounting.transactions.read"
            + " together with accounting.transactions (the catalog declares that accounting.transactions grants it), so"
            + " a token needs both; if either one should do, list them as alternatives: security: [{OAuth2:"
            + " [accounting.transactions]}, {OAuth2: [accounting.transactions.read]}]");
    // With the implication declared, the broad scope alone satisfies the requirement.
    assertThat(spec.operations().operations().get(0).rule().orElseThrow().check("accounting.transactions").allowed())
        .isTrue();

    // In x-required-scopes, one list, the implied entry is simply redundant.
    OpenApiSpec required = OpenApiSpec.parse("api.yaml",
        """
        openapi: 3.0.0
        paths:
          /Invoices:
            get:
              x-required-scopes: [accounting.transactions.read, accounting.transactions]
        """, declared);
    assertThat(problems(required)).containsExactly(
        "WARNING REDUNDANT_SCOPE api.yaml:5:27: accounting.transactions.read is redundant: accounting.transactions"
            + " grants it");
  }

  @Test
  void theGrammarIsChosenByTheDeclaredScopesAndCanBeForced() {
    String petstore =
        """
        openapi: 3.0.4
        components:
          securitySchemes:
            petstore_auth:
              type: oauth2
              flows:
                implicit:
                  authorizationUrl: https://example.com/a
                  scopes: {"write:pets": modify pets, "read:pets": read your pets}
        paths: {}
        """;
    assertThat(OpenApiSpec.parse("p.yaml", petstore).catalog().grammar()).isEqualTo(ScopeGrammar.FAMILY_VERB);
    OpenApiSpec tokens = OpenApiSpec.parse("p.yaml", petstore, OpenApiOptions.defaults().grammar(ScopeGrammar.SCOPE_TOKEN));
    assertThat(tokens.catalog().grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(tokens.catalog().scopes()).extracting(Object::toString).containsExactly("write:pets", "read:pets");

    OpenApiSpec forced = yaml("paths: {}\n", OpenApiOptions.defaults().grammar(ScopeGrammar.FAMILY_VERB));
    assertThat(forced.errors()).extracting(SpecProblem::toString).containsExactly(
        "api.yaml:11:13: Invalid scope \"things.read\": character '.' at index 6 is not allowed; scopes use a-z, 0-9,"
            + " '-', one ':' and a whole-verb '*'; this catalog reads family:verb scopes",
        "api.yaml:12:13: Invalid scope \"things.write\": character '.' at index 6 is not allowed; scopes use a-z, 0-9,"
            + " '-', one ':' and a whole-verb '*'; this catalog reads family:verb scopes",
        "api.yaml:17:13: Invalid scope \"admin\": no ':' between family and verb; this catalog reads family:verb"
            + " scopes");
  }

  @Test
  void openIdConnectScopesAreTheOnesItIsUsedWith() {
    OpenApiSpec spec = OpenApiSpec.parse("api.yaml",
        """
        openapi: 3.2.0
        components:
          securitySchemes:
            oidc: {type: openIdConnect, openIdConnectUrl: https://example.com/.well-known/openid-configuration}
            device:
              type: oauth2
              flows:
                deviceAuthorization:
                  deviceAuthorizationUrl: https://example.com/device
                  tokenUrl: https://example.com/token
                  scopes: {tv.watch: Watch}
        security: [{oidc: [openid, profile]}]
        paths:
          /profile:
            get: {operationId: profile}
          /tv:
            query: {operationId: watch, security: [{device: [tv.watch]}]}
        """);
    assertThat(spec.problems()).isEmpty();
    assertThat(spec.catalog().scopes()).extracting(Object::toString).containsExactly("openid", "profile", "tv.watch");
    assertThat(spec.catalog().description(spec.catalog().parse("openid")))
        .contains("used with the openIdConnect scheme oidc");
    assertThat(op(spec, "profile").rule()).contains(rule(spec, "openid profile"));
    assertThat(op(spec, "watch").method()).isEqualTo("QUERY");
  }
}
