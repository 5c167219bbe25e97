package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.Guard;
import dev.scopegate.guard.ScopeClaim;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Local {@code $ref}s with cycle detection, refused remote ones, YAML aliases, and the guard's template rules. */
class RefsAndTemplatesTest {
  private static final String SCHEME =
      """
      components:
        securitySchemes:
          auth: {$ref: '#/components/securitySchemes/real'}
          real:
            type: oauth2
            flows:
              clientCredentials: {tokenUrl: https://example.com/t, scopes: {read: Read, write: Write}}
      """;

  private static OpenApiSpec yaml(String version, String body) {
    return OpenApiSpec.parse("api.yaml", "openapi: " + version + "\n" + body);
  }

  private static List<String> errors(OpenApiSpec spec) {
    return spec.errors().stream().map(SpecProblem::toString).collect(Collectors.toList());
  }

  @Test
  void aSchemeAndAPathItemMayBeLocalReferences() {
    OpenApiSpec spec = yaml("3.1.0", SCHEME
        + """
          pathItems:
            Thing:
              get: {operationId: getThing, security: [{auth: [read]}]}
        paths:
          /things/{id}: {$ref: '#/components/pathItems/Thing'}
          /base/{id}: {get: {security: [{auth: [read]}]}}
          /other/{id}: {$ref: '#/paths/~1base~1%7Bid%7D', summary: same}
        """);

    assertThat(errors(spec)).isEmpty();
    assertThat(spec.operations().operations()).extracting(Operation::toString)
        .containsExactly("GET /things/{id} (getThing)", "GET /base/{id}", "GET /other/{id}");
    assertThat(spec.schemes()).extracting(SecurityScheme::name).containsExactly("auth", "real");
    Guard guard = Guard.of(spec.routeTable());
    assertThat(guard.check("GET", "/things/t1", ScopeClaim.of("read")).allowed()).isTrue();
    assertThat(guard.check("GET", "/other/t1", ScopeClaim.of("write")).message()).contains("Token lacks required scope: read");
  }

  @Test
  void aCycleOfReferencesIsAnErrorNamingIt() {
    OpenApiSpec spec = yaml("3.1.0",
        """
        components:
          securitySchemes:
            a: {$ref: '#/components/securitySchemes/b'}
            b: {$ref: '#/components/securitySchemes/a'}
          pathItems:
            Loop: {$ref: '#/components/pathItems/Loop'}
        paths:
          /loop: {$ref: '#/components/pathItems/Loop'}
        """);
    assertThat(errors(spec)).containsExactly(
        "api.yaml:4:15: the $ref chain of security scheme \"a\" comes back to itself: #/components/securitySchemes/b"
            + " -> #/components/securitySchemes/a -> #/components/securitySchemes/b",
        "api.yaml:5:15: the $ref chain of security scheme \"b\" comes back to itself: #/components/securitySchemes/a"
            + " -> #/components/securitySchemes/b -> #/components/securitySchemes/a",
        "api.yaml:7:18: the $ref chain of path item \"/loop\" comes back to itself: #/components/pathItems/Loop"
            + " -> #/components/pathItems/Loop");
  }

  @Test
  void remoteAndFileReferencesAreRefusedNamingTheReference() {
    OpenApiSpec spec = yaml("3.0.3",
        """
        components:
          securitySchemes:
            auth: {$ref: 'https://example.com/schemes.yaml#/auth'}
          schemas:
            B: {type: object}
        paths:
          /a: {$ref: 'items.yaml#/a'}
          /b: {$ref: '#/components/schemas/B'}
          /c: {$ref: '#/nowhere'}
          /d: {$ref: '#not-a-pointer'}
          /e: {$ref: 42}
        """);
    assertThat(errors(spec)).containsExactly(
        "api.yaml:4:18: $ref \"https://example.com/schemes.yaml#/auth\" of security scheme \"auth\" points outside this"
            + " document; only local references (\"#/...\") are followed, so write the referenced part into this document",
        "api.yaml:8:14: $ref \"items.yaml#/a\" of path item \"/a\" points outside this document; only local references"
            + " (\"#/...\") are followed, so write the referenced part into this document",
        "api.yaml:9:14: $ref \"#/components/schemas/B\" of path item \"/b\" points into #/components/schemas, which this loader"
            + " does not read; it reads #/paths, #/components/pathItems, #/components/securitySchemes and the root"
            + " security",
        "api.yaml:10:14: $ref \"#/nowhere\" of path item \"/c\" points at nothing: # has no \"nowhere\"",
        "api.yaml:11:14: $ref \"#not-a-pointer\" of path item \"/d\" is not a JSON Pointer (\"#/components/...\")",
        "api.yaml:12:14: \"$ref\" of path item \"/e\" must be a string, not a number (42)");
  }

  @Test
  void aPathItemWithBothARefAndOperationsIsAnError() {
    OpenApiSpec spec = yaml("3.1.0", SCHEME
        + """
          pathItems:
            Thing: {get: {security: [{auth: [read]}]}}
        paths:
          /a:
            $ref: '#/components/pathItems/Thing'
            put: {security: [{auth: [write]}]}
        """);
    assertThat(errors(spec)).containsExactly(
        "api.yaml:14:5: path item \"/a\" has both \"$ref\" and operations; move its operations into the referenced path"
            + " item");
  }

  @Test
  void aYamlAliasIsNotExpandedWhereTheLoaderReads() {
    OpenApiSpec spec = yaml("3.1.0", SCHEME
        + """
        x-common: &common {security: [{auth: [read]}]}
        paths:
          /a:
            get: *common
        """);
    assertThat(errors(spec)).containsExactly(
        "api.yaml:12:10: operation GET /a must be an object, not a YAML alias (*common)");
  }

  @Test
  void lintRefusesWhatTheRouteTableRefusesWithPositions() {
    OpenApiSpec spec = yaml("3.1.0", SCHEME
        + """
        security: [{auth: [read]}]
        paths:
          /files/{id}.json: {get: {operationId: json}}
          /things:batchGet: {post: {operationId: batch}}
          /things/{id}:cancel: {post: {operationId: cancel}}
          /files/{name}.{format}: {get: {operationId: two}}
          /a/{x}: {get: {operationId: x}}
          /a/{y}: {get: {operationId: y}}
          /a/{z}: {get: {operationId: z, security: [{auth: [write]}]}}
          /v1/things;matrix: {get: {operationId: matrix}}
        """);

    assertThat(errors(spec)).containsExactly(
        "api.yaml:14:3: Invalid route template \"/files/{name}.{format}\": segment \"{name}.{format}\" at index 7 has 2"
            + " parameters; where one ends and the next begins is ambiguous, so a segment holds at most one",
        "api.yaml:17:3: GET /a/{z} matches the same paths as GET /a/{x} (line 15), which requires something else; the"
            + " guard cannot tell them apart by path, so give them one template or the same security",
        "api.yaml:18:3: Invalid route template \"/v1/things;matrix\": ';' at index 10 is not allowed in a literal"
            + " segment; literals use A-Z a-z 0-9 - . _ ~ :");
    assertThat(spec.problems()).filteredOn(p -> p.kind() == SpecProblem.Kind.SAME_ROUTE)
        .extracting(SpecProblem::toString, p -> p.relatedLocation().orElseThrow().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "api.yaml:16:3: GET /a/{y} matches the same paths as GET /a/{x} (line 15) and requires the same, so the"
                + " guard enforces them as one route", 15));
  }

  @Test
  void suffixFormsAndTemplatesDifferingOnlyInParameterNamesReachTheGuard() {
    OpenApiSpec spec = yaml("3.1.0", SCHEME
        + """
        security: [{auth: [read]}]
        paths:
          /files/{id}.json: {get: {operationId: json, security: [{auth: [write]}]}}
          /files/{id}: {get: {operationId: file}}
          /things:batchGet: {post: {operationId: batch, security: [{auth: [write]}]}}
          /{collection}: {post: {operationId: create}}
          /a/{x}: {get: {operationId: x}}
          /a/{y}: {get: {operationId: y}}
        """);
    assertThat(spec.hasErrors()).isFalse();
    Guard guard = Guard.of(spec.routeTable());
    assertThat(guard.routes().routes()).hasSize(5);
    assertThat(guard.check("GET", "/files/f.json", ScopeClaim.of("read")).message())
        .contains("Token lacks required scope: write");
    assertThat(guard.check("GET", "/files/f", ScopeClaim.of("read")).allowed()).isTrue();
    assertThat(guard.check("POST", "/things%3AbatchGet", ScopeClaim.of("read")).message())
        .contains("Token lacks required scope: write");
    assertThat(guard.check("GET", "/a/1", ScopeClaim.of("read")).route().orElseThrow().template()).isEqualTo("/a/{x}");
  }
}
