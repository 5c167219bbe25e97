package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF output, validated against the OASIS SARIF 2.1.0 schema shipped in test resources. */
class SarifTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private static Set<String> violations(JsonNode log) {
    return schema.validate(log).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }

  private static JsonNode sarif(Cli.Result r) throws IOException {
    return JSON.readTree(r.out());
  }

  @Test
  void findingsFromScopeListsAndOpenApiDocumentsAreValidSarif() throws IOException {
    Cli.Result r = scope("lint", "--format", "sarif", FIXTURES + "keys", FIXTURES + "openapi/broken-scopes.yaml");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    JsonNode log = sarif(r);
    assertThat(violations(log)).isEmpty();

    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.get("runs").get(0);
    List<String> ruleIds = new ArrayList<>();
    run.get("tool").get("driver").get("rules").forEach(rule -> {
      ruleIds.add(rule.get("id").asText());
      assertThat(rule.get("help").get("text").asText()).isNotBlank();
      assertThat(rule.get("help").get("markdown").asText()).isNotBlank();
    });
    assertThat(ruleIds)
        .containsExactly(
            "malformed-scope",
            "unknown-scope",
            "wildcard-not-supported",
            "undeclared-scope",
            "scope-drift",
            "invalid-template",
            "missing-required-scopes",
            "implied-scope",
            "duplicate-scope",
            "redundant-scope",
            "broad-grant",
            "unchecked-roles",
            "no-scope-check",
            "unused-scope",
            "same-route");
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
        .isEqualTo(Path.of("").toAbsolutePath().toUri().toString());

    JsonNode results = run.get("results");
    assertThat(results).hasSize(12);
    JsonNode malformed = results.get(2);
    assertThat(malformed.get("ruleId").asText()).isEqualTo("malformed-scope");
    assertThat(malformed.get("ruleIndex").asInt()).isZero();
    assertThat(malformed.get("level").asText()).isEqualTo("error");
    assertThat(malformed.get("message").get("text").asText())
        .isEqualTo("Invalid scope \"Workflow:create\": uppercase 'W' at index 0; scopes are lowercase (did you mean"
            + " \"workflow:create\"?)");
    JsonNode location = malformed.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo(FIXTURES + "keys/sloppy.json");
    assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(5);
    assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(5);
    assertThat(malformed.get("properties").get("scope").asText()).isEqualTo("Workflow:create");

    JsonNode missing = results.get(9);
    assertThat(missing.get("ruleId").asText()).isEqualTo("missing-required-scopes");
    assertThat(missing.get("level").asText()).isEqualTo("warning");
    assertThat(missing.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
        .isEqualTo(16);
    assertThat(missing.has("properties")).isFalse();
  }

  @Test
  void aCleanRunIsValidSarifWithNoResults() throws IOException {
    Cli.Result r = scope("lint", "--format", "sarif", FIXTURES + "openapi/signstack.yaml");
    assertThat(r.exit()).isZero();
    JsonNode log = sarif(r);
    assertThat(violations(log)).isEmpty();
    assertThat(log.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void filesThatCouldNotBeLintedBecomeToolExecutionNotifications() throws IOException {
    Cli.Result r = scope("lint", "--format", "sarif", FIXTURES + "keys/sloppy.json", FIXTURES + "broken/empty.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("scope lint: " + FIXTURES + "broken/empty.json:1:1: the document is empty\n");
    JsonNode log = sarif(r);
    assertThat(violations(log)).isEmpty();
    JsonNode invocation = log.get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .isEqualTo(FIXTURES + "broken/empty.json:1:1: the document is empty");
  }

  @Test
  void filesOutsideTheWorkingDirectoryGetAbsoluteFileUris(@TempDir Path dir)
      throws IOException {
    Path key = dir.resolve("my key.json");
    Files.writeString(key, "{\"scopes\": [\"file:*\"]}");
    JsonNode log = sarif(scope("lint", "--format", "sarif", key.toString()));
    assertThat(violations(log)).isEmpty();
    String uri =
        log.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
            .get("artifactLocation").get("uri").asText();
    assertThat(uri).isEqualTo(key.toUri().toString()).startsWith("file:///").endsWith("/my%20key.json");
  }

  @Test
  void theValidatorRejectsBrokenSarifSoTheChecksAboveMeanSomething() throws IOException {
    ObjectNode log = (ObjectNode) sarif(scope("lint", "--format", "sarif", FIXTURES + "keys/sloppy.json"));
    log.remove("version");
    ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
    ((ObjectNode) log.get("runs").get(0).get("results").get(1).get("locations").get(0).get("physicalLocation")
            .get("region"))
        .put("startLine", 0);
    assertThat(violations(log)).hasSizeGreaterThanOrEqualTo(3);
  }
}
