package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.scopegate.AccessRule;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.ScopeProblem;
import dev.scopegate.catalog.SignstackScopes;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiSpecTest {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;

  private static OpenApiSpec yaml(String text) {
    return OpenApiSpec.parse("api.yaml", text, CATALOG);
  }

  private static List<String> problems(OpenApiSpec spec) {
    return spec.problems().stream().map(SpecProblem::toString).collect(Collectors.toList());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(OpenApiSpecTest.class.getResource("/specs/" + name).toURI());
  }

  @Test
  void realisticDocumentLoadsCleanWithEveryFamilyAndThePublicTokenEndpoint() throws Exception {
    OpenApiSpec spec = OpenApiSpec.load(resource("signstack.json"), CATALOG);

    assertThat(spec.problems()).isEmpty();
    OperationTable table = spec.requireValid();
    assertThat(table.size()).isEqualTo(40);

    Set<String> families = new HashSet<>();
    for (Operation op : table.operations()) {
      op.rule().ifPresent(rule -> rule.alternatives().forEach(r -> r.scopes().forEach(s -> families.add(s.family()))));
    }
    Set<String> catalogFamilies = CATALOG.families().stream().map(ScopeFamily::name).collect(Collectors.toSet());
    assertThat(families).isEqualTo(catalogFamilies);

    Operation token = table.find("POST", "/v1/auth/token").orElseThrow();
    assertThat(token.isPublic()).isTrue();
    assertThat(token.access()).isEqualTo(Operation.Access.PUBLIC);
    assertThat(token.rule()).isEmpty();
    assertThat(token.isBroken()).isFalse();
    assertThat(token.operationId()).contains("issueToken");

    Operation create = table.byOperationId("createWorkflow").orElseThrow();
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.path()).isEqualTo("/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows");
    // The root's security names an http bearer scheme, which carries no scopes: x-required-scopes states them.
    assertThat(create.rule()).contains(AccessRule.of(CATALOG.requirement("workflow:create")));
    assertThat(create.access()).isEqualTo(Operation.Access.SCOPED);
    assertThat(create.security()).extracting(SecurityRequirement::toString).containsExactly("{bearerAuth: []}");
    assertThat(create.isPublic()).isFalse();
    assertThat(create.rule().orElseThrow().check("workflow:read").message())
        .contains("Token lacks required scope: workflow:create");

    assertThat(table.byOperationId("voidWorkflow").orElseThrow().rule())
        .contains(AccessRule.of(CATALOG.requirement("workflow:read", "workflow:update")));
    assertThat(table.byOperationId("cloneNamespace").orElseThrow().rule())
        .contains(AccessRule.of(CATALOG.requirement("namespace:*")));
  }

  @Test
  void operationsKeepDocumentOrderUpperCaseMethodsAndTheirMethodKeyPosition() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.0.3
            paths:
              /v1/orgs/{orgId}/files:
                post:
                  operationId: uploadFile
                  x-required-scopes: [file:upload]
                get:
                  x-required-scopes: [file:read]
            """);

    assertThat(spec.problems()).isEmpty();
    List<Operation> ops = spec.operations().operations();
    assertThat(ops).extracting(Operation::toString)
        .containsExactly("POST /v1/orgs/{orgId}/files (uploadFile)", "GET /v1/orgs/{orgId}/files");
    assertThat(ops.get(0).location()).isEqualTo(SourceLocation.of("api.yaml", 4, 5));
    assertThat(ops.get(1).operationId()).isEmpty();
    assertThat(spec.operations().find("get", "/v1/orgs/{orgId}/files")).contains(ops.get(1));
    assertThat(spec.operations().find("GET", "/v1/orgs/{fileId}/files")).isEmpty();
    assertThat(spec.operations().byOperationId("nope")).isEmpty();
  }

  @Test
  void reportsEveryProblemWithItsPositionInsteadOfStoppingAtTheFirst() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.1.0
            paths:
              /v1/a:
                get:
                  x-required-scopes: [Workflow:read]
                post:
                  x-required-scopes: [workflow:craete]
                put:
                  x-required-scopes: ['file:*']
                delete:
                  operationId: deleteA
            """);

    assertThat(problems(spec))
        .containsExactly(
            "api.yaml:5:27: Invalid scope \"Workflow:read\": uppercase 'W' at index 0; scopes are lowercase"
                + " (did you mean \"workflow:read\"?)",
            "api.yaml:7:27: Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\""
                + " (did you mean \"workflow:create\"?)",
            "api.yaml:9:27: Invalid scope \"file:*\": the file family declares no wildcard; grant its scopes one by one:"
                + " file:read, file:upload",
            "api.yaml:10:5: DELETE /v1/a declares no security requirement (neither it nor the root has \"security\") and"
                + " no x-required-scopes; OpenAPI leaves it open, so the guard denies it; declare its security, or"
                + " security: [] if it is public");
    assertThat(spec.problems())
        .extracting(SpecProblem::kind, SpecProblem::severity)
        .containsExactly(
            tuple(SpecProblem.Kind.INVALID_SCOPE, SpecProblem.Severity.ERROR),
            tuple(SpecProblem.Kind.INVALID_SCOPE, SpecProblem.Severity.ERROR),
            tuple(SpecProblem.Kind.INVALID_SCOPE, SpecProblem.Severity.ERROR),
            tuple(SpecProblem.Kind.MISSING_REQUIRED_SCOPES, SpecProblem.Severity.WARNING));
    assertThat(spec.operations().find("DELETE", "/v1/a").orElseThrow().access()).isEqualTo(Operation.Access.UNDECLARED);
    assertThat(spec.problems().get(0).scope()).contains("Workflow:read");
    assertThat(spec.problems().get(0).scopeProblem()).contains(ScopeProblem.UPPERCASE);
    assertThat(spec.problems().get(1).scopeProblem()).contains(ScopeProblem.UNKNOWN_SCOPE);
    assertThat(spec.problems().get(2).scopeProblem()).contains(ScopeProblem.WILDCARD_NOT_SUPPORTED);
    assertThat(spec.problems().get(3).scope()).isEmpty();
    assertThat(spec.problems().get(3).scopeProblem()).isEmpty();
  }

  @Test
  void anOperationWithOneMalformedScopeGetsNoRequirementAtAllNeverTheValidRest() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.1.0
            paths:
              /v1/workflows:
                post:
                  operationId: createWorkflow
                  x-required-scopes: [workflow:read, workflow:create , "workflow:create\\t"]
            """);

    Operation op = spec.operations().byOperationId("createWorkflow").orElseThrow();
    assertThat(op.isBroken()).isTrue();
    assertThat(op.rule()).isEmpty();
    assertThat(op.isPublic()).isFalse();
    assertThat(spec.hasErrors()).isTrue();
    assertThat(problems(spec))
        .containsExactly(
            "api.yaml:6:60: Invalid scope \"workflow:create\\u0009\": control character U+0009 at index 15; scopes have"
                + " none (did you mean \"workflow:create\"?)");
    assertThatThrownBy(spec::requireValid)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "api.yaml has 1 error: api.yaml:6:60: Invalid scope \"workflow:create\\u0009\": control character U+0009"
                + " at index 15; scopes have none (did you mean \"workflow:create\"?)")
        .extracting(e -> ((InvalidSpecException) e).errors())
        .isEqualTo(spec.errors());
  }

  @Test
  void emptyDeclarationIsAWarningAndDeniesLikeNoDeclaration() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.1.0
            paths:
              /v1/a:
                get:
                  x-required-scopes: []
            """);

    Operation op = spec.operations().operations().get(0);
    assertThat(op.rule()).isEmpty();
    assertThat(op.access()).isEqualTo(Operation.Access.UNDECLARED);
    assertThat(spec.hasErrors()).isFalse();
    assertThat(problems(spec))
        .containsExactly(
            "api.yaml:5:7: GET /v1/a declares an empty x-required-scopes; list the scopes it needs, or make it public"
                + " with security: []");
    assertThat(spec.problems().get(0).kind()).isEqualTo(SpecProblem.Kind.MISSING_REQUIRED_SCOPES);
  }

  @Test
  void anEmptySecurityArrayOrAnAnonymousAlternativeMakesAnOperationPublicAndXRequiredScopesBesideItIsDrift() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.1.0
            paths:
              /v1/public:
                get:
                  security: []
              /v1/anonymous-optional:
                get:
                  security: [{}]
                  x-required-scopes: [file:read]
              /v1/both:
                get:
                  security: []
                  x-required-scopes: [file:read]
            """);

    OperationTable table = spec.operations();
    assertThat(table.find("GET", "/v1/public").orElseThrow().isPublic()).isTrue();
    Operation optional = table.find("GET", "/v1/anonymous-optional").orElseThrow();
    assertThat(optional.isBroken()).isTrue();
    assertThat(optional.rule()).isEmpty();
    Operation both = table.find("GET", "/v1/both").orElseThrow();
    assertThat(both.isPublic()).isFalse();
    assertThat(both.isBroken()).isTrue();
    assertThat(both.rule()).isEmpty();
    assertThat(problems(spec))
        .containsExactly(
            "api.yaml:9:7: GET /v1/anonymous-optional allows anonymous access (security: {} at line 8, column 7) but"
                + " declares x-required-scopes; remove one of them",
            "api.yaml:13:7: GET /v1/both is public (security: [] at line 12, column 7) but declares x-required-scopes;"
                + " remove one of them");
    assertThat(spec.problems()).extracting(SpecProblem::kind).containsOnly(SpecProblem.Kind.SCOPE_DRIFT);
    assertThat(spec.problems().get(1).relatedLocation()).contains(SourceLocation.of("api.yaml", 12, 7));
  }

  @Test
  void wrongTypesAndMisplacedDeclarationsAreStructureErrorsWithPositions() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.1.0
            paths:
              /v1/a:
                x-required-scopes: [file:read]
                GET:
                  x-required-scopes: [file:read]
                get:
                  operationId: 42
                  security: none
                  x-required-scopes: workflow:read
                post:
                  x-required-scopes: [file:read, 7, null]
              /v1/b:
                $ref: '#/components/pathItems/b'
              v1/c:
                get:
                  x-required-scopes: [file:read]
              /v1/d: []
            """);

    assertThat(problems(spec))
        .containsExactly(
            "api.yaml:4:5: \"x-required-scopes\" belongs on an operation, not on path item \"/v1/a\"",
            "api.yaml:5:5: unknown field \"GET\" in path item \"/v1/a\"; operations are get, put, post, delete, options,"
                + " head, patch, trace",
            "api.yaml:8:20: \"operationId\" of GET /v1/a must be a string, not a number (42)",
            "api.yaml:9:17: \"security\" of GET /v1/a must be an array of requirement objects, not a string (\"none\")",
            "api.yaml:10:26: \"x-required-scopes\" of GET /v1/a must be an array of scope strings, not a string"
                + " (\"workflow:read\")",
            "api.yaml:12:38: entry 2 of \"x-required-scopes\" of POST /v1/a must be a scope string, not a number (7)",
            "api.yaml:12:41: entry 3 of \"x-required-scopes\" of POST /v1/a must be a scope string, not null",
            "api.yaml:14:11: $ref \"#/components/pathItems/b\" of path item \"/v1/b\" points at nothing: # has no"
                + " \"components\"",
            "api.yaml:15:3: path \"v1/c\" must start with \"/\"",
            "api.yaml:18:10: path item \"/v1/d\" must be an object, not an array");
    assertThat(spec.problems()).allMatch(p -> p.kind() == SpecProblem.Kind.STRUCTURE);
    assertThat(spec.operations().operations())
        .extracting(Operation::toString, Operation::isBroken)
        .containsExactly(
            tuple("GET /v1/a", true),
            tuple("POST /v1/a", true));
  }

  @Test
  void duplicateNamesAndOperationIdsAreErrorsNamingTheFirstOccurrence() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.1.0
            paths:
              /v1/a:
                get:
                  operationId: listA
                  x-required-scopes: [file:read]
                get:
                  operationId: listA2
                  x-required-scopes: [file:upload]
              /v1/b:
                get:
                  operationId: listA
                  x-required-scopes: [file:read]
            """);

    assertThat(problems(spec))
        .containsExactly(
            "api.yaml:7:5: duplicate field \"get\" (first at line 4, column 5)",
            "api.yaml:12:20: operationId \"listA\" of GET /v1/b is already used by GET /v1/a (line 4)");
    assertThat(spec.operations().byOperationId("listA").orElseThrow().path()).isEqualTo("/v1/a");
  }

  @Test
  void duplicateAndRedundantScopesAreWarningsThatLeaveTheRequirementAsDeclared() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.1.0
            paths:
              /v1/a:
                get:
                  x-required-scopes: [workflow:read, 'workflow:*', file:read, file:read]
            """);

    assertThat(problems(spec))
        .containsExactly(
            "api.yaml:5:27: workflow:read is redundant: workflow:* grants every workflow verb",
            "api.yaml:5:67: file:read is redundant: it repeats an earlier entry");
    assertThat(spec.problems())
        .extracting(SpecProblem::kind, SpecProblem::isError)
        .containsExactly(
            tuple(SpecProblem.Kind.REDUNDANT_SCOPE, false),
            tuple(SpecProblem.Kind.DUPLICATE_SCOPE, false));
    assertThat(spec.hasErrors()).isFalse();
    assertThat(spec.requireValid().operations().get(0).rule())
        .contains(AccessRule.of(CATALOG.requirement("workflow:read", "workflow:*", "file:read")));
  }

  @Test
  void versionMustBeOpenApi30To32() {
    OpenApiSpec swagger = yaml("swagger: '2.0'\npaths: {}\n");
    assertThat(problems(swagger)).containsExactly("api.yaml:1:1: no \"openapi\" field; this is not an OpenAPI 3.x document");
    assertThat(swagger.problems().get(0).kind()).isEqualTo(SpecProblem.Kind.NOT_OPENAPI);
    assertThat(problems(yaml("openapi: '2.0'\n")))
        .containsExactly("api.yaml:1:10: unsupported OpenAPI version \"2.0\"; this loader reads 3.0.x, 3.1.x and 3.2.x");
    assertThat(problems(yaml("openapi: 4.0.0\n")))
        .containsExactly("api.yaml:1:10: unsupported OpenAPI version \"4.0.0\"; this loader reads 3.0.x, 3.1.x and 3.2.x");
    assertThat(problems(yaml("openapi: true\n")))
        .containsExactly("api.yaml:1:10: \"openapi\" must be a version string such as \"3.1.0\", not true");
    assertThat(problems(yaml("- openapi: 3.1.0\n")))
        .containsExactly("api.yaml:1:1: an OpenAPI document must be an object, not an array");
    assertThat(yaml("openapi: 3.1\n").problems()).isEmpty();
    assertThat(yaml("openapi: 3.2.0\n").problems()).isEmpty();
    assertThat(yaml("openapi: 3.0.0\ncomponents: {}\n").operations().size()).isZero();
  }

  @Test
  void unreadableDocumentsAreOneSyntaxProblemWithThePosition() {
    OpenApiSpec badJson = OpenApiSpec.parse("api.json", "{\"openapi\": \"3.1.0\",\n \"paths\": {]}", CATALOG);
    assertThat(problems(badJson))
        .containsExactly(
            "api.json:2:12: invalid JSON: Unexpected close marker ']': expected '}'");
    assertThat(badJson.problems().get(0).kind()).isEqualTo(SpecProblem.Kind.SYNTAX);
    assertThat(badJson.operations().size()).isZero();

    assertThat(problems(yaml("openapi: 3.1.0\npaths: [1, 2\nx: 3\n")))
        .containsExactly(
            "api.yaml:3:2: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence that starts at"
                + " line 2, column 8)");
    assertThat(problems(yaml("openapi: 3.1.0\npaths:\n\t/a: {}\n")))
        .containsExactly(
            "api.yaml:3:1: invalid YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB)"
                + " for indentation) (while scanning for the next token)");
    assertThat(problems(yaml("   \n"))).containsExactly("api.yaml:1:1: the document is empty");
    assertThat(problems(yaml("openapi: 3.1.0\n---\nopenapi: 3.1.0\n")))
        .containsExactly("api.yaml:3:1: a second YAML document starts here; a file holds one document");
  }

  @Test
  void aYamlAliasWhereScopesBelongIsAWrongTypeNotAnExpansion() {
    OpenApiSpec spec =
        yaml(
            """
            openapi: 3.1.0
            x-scopes: &reading [workflow:read]
            paths:
              /v1/a:
                get:
                  x-required-scopes: *reading
            """);

    assertThat(problems(spec))
        .containsExactly(
            "api.yaml:6:26: \"x-required-scopes\" of GET /v1/a must be an array of scope strings, not a YAML alias"
                + " (*reading)");
  }

  @Test
  void loadReportsMissingFilesAsIoExceptions() {
    assertThatThrownBy(() -> OpenApiSpec.load(Path.of("no/such/openapi.yaml"), CATALOG))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void loadTurnsBadBytesIntoASyntaxProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("api.yaml");
    Files.write(file, new byte[] {'o', 'p', 'e', 'n', 'a', 'p', 'i', ':', ' ', (byte) 0xC3, '\n'});
    OpenApiSpec spec = OpenApiSpec.load(file, CATALOG);
    assertThat(problems(spec)).containsExactly(file + ":1:10: byte 0xC3 at offset 9 is not UTF-8; save the file as UTF-8");
  }

  @Test
  void aCustomCatalogIsHonoured() {
    ScopeCatalog tiny = ScopeCatalog.of(ScopeFamily.builder("report", "Report").verb("read", "Read reports").build());
    OpenApiSpec spec =
        OpenApiSpec.parse(
            "api.yaml",
            "openapi: 3.1.0\npaths:\n  /r:\n    get:\n      x-required-scopes: [report:read, workflow:read]\n",
            tiny);
    assertThat(problems(spec))
        .containsExactly("api.yaml:5:40: Invalid scope \"workflow:read\": the catalog has no family \"workflow\"");
    assertThat(spec.catalog()).isSameAs(tiny);
  }
}
