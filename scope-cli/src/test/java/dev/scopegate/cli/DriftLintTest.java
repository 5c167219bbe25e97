package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.lines;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scope lint --manifest operations.json --spec openapi.yaml} in each output format. */
class DriftLintTest {
  private static final String MANIFEST = FIXTURES + "drift/operations.json";
  private static final String SPEC = FIXTURES + "drift/openapi.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void textNamesBothPositionsOfEachFinding() {
    assertThat(scope("lint", "--manifest", MANIFEST, "--spec", SPEC)).isEqualTo(new Cli.Result(1, lines(
        SPEC + ":1:1: warning: Handler com.example.WorkflowApi.archive (POST /v1/workflows/{id}/archive) serves no operation"
            + " of the document (manifest: " + MANIFEST + ":4:5) [handler-without-operation]",
        SPEC + ":19:5: error: POST /v1/workflows (createWorkflow) requires [workflow:create], but its handler"
            + " com.example.WorkflowApi.create requires [workflow:read] (manifest: " + MANIFEST + ":18:7) [handler-drift]",
        SPEC + ":23:5: warning: DELETE /v1/workflows/{workflowId} (deleteWorkflow) requires [workflow:delete], but no handler"
            + " of the manifest serves it (manifest: " + MANIFEST + ":3:3) [operation-without-handler]"), ""));
  }

  @Test
  void jsonGivesTheManifestPositionAsTheRelatedLocation() throws IOException {
    Cli.Result r = scope("lint", "--format", "json", "--manifest", MANIFEST, "--spec", SPEC);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode findings = JSON.readTree(r.out()).get("findings");
    assertThat(findings).hasSize(3);
    JsonNode drift = findings.get(1);
    assertThat(drift.get("file").asText()).isEqualTo(SPEC);
    assertThat(drift.get("line").asInt()).isEqualTo(19);
    assertThat(drift.get("column").asInt()).isEqualTo(5);
    assertThat(drift.get("rule").asText()).isEqualTo("handler-drift");
    assertThat(drift.get("severity").asText()).isEqualTo("error");
    assertThat(drift.get("scope").isNull()).isTrue();
    assertThat(drift.get("related").toString())
        .isEqualTo("{\"file\":\"" + MANIFEST + "\",\"line\":18,\"column\":7}");
    assertThat(findings.get(0).get("rule").asText()).isEqualTo("handler-without-operation");
    assertThat(findings.get(2).get("severity").asText()).isEqualTo("warning");
  }

  @Test
  void sarifPutsEachFindingInTheDocumentAndTheManifestAsItsRelatedLocation() throws IOException {
    Cli.Result r = scope("lint", "--format", "sarif", "--manifest", MANIFEST, "--spec", SPEC);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode log = JSON.readTree(r.out());
    JsonSchema schema;
    try (InputStream in = DriftLintTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    assertThat(schema.validate(log)).extracting(ValidationMessage::getMessage).isEmpty();
    JsonNode result = log.get("runs").get(0).get("results").get(1);
    assertThat(result.get("ruleId").asText()).isEqualTo("handler-drift");
    assertThat(result.get("level").asText()).isEqualTo("error");
    JsonNode where = result.get("locations").get(0).get("physicalLocation");
    assertThat(where.get("artifactLocation").get("uri").asText()).isEqualTo("src/test/resources/fixtures/drift/openapi.yaml");
    assertThat(where.get("region").get("startLine").asInt()).isEqualTo(19);
    JsonNode related = result.get("relatedLocations").get(0).get("physicalLocation");
    assertThat(related.get("artifactLocation").get("uri").asText()).isEqualTo("src/test/resources/fixtures/drift/operations.json");
    assertThat(related.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(related.get("region").get("startLine").asInt()).isEqualTo(18);
    assertThat(related.get("region").get("startColumn").asInt()).isEqualTo(7);
    JsonNode rules = log.get("runs").get(0).get("tool").get("driver").get("rules");
    assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("handler-drift");
  }

  @Test
  void driftAddsToTheFindingsOfThePathsLinted() {
    Cli.Result r = scope("lint", "--manifest", MANIFEST, "--spec", SPEC, FIXTURES + "keys/ci-cd.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(3);
  }

  @Test
  void aManifestThatMatchesTheDocumentIsClean(@TempDir Path dir) throws IOException {
    Path manifest = Files.writeString(dir.resolve("operations.json"), Files.readString(Path.of(MANIFEST))
        .replace("[[\"workflow:read\"]]\n    },\n    {\n      \"class\": \"com.example.WorkflowApi\",\n      \"method\": \"list\"",
            "[[\"workflow:create\"]]\n    },\n    {\n      \"class\": \"com.example.WorkflowApi\",\n      \"method\": \"list\"")
        .replace("\"archive\"", "\"delete\"").replace("POST\", \"path\": \"/v1/workflows/{id}/archive", "DELETE\", \"path\": \"/v1/workflows/{id}"));
    assertThat(scope("lint", "--format", "json", "--manifest", manifest.toString(), "--spec", SPEC))
        .isEqualTo(new Cli.Result(0, "{\"findings\":[]}\n", ""));
  }

  @Test
  void unusableInputIsAnErrorOnStderr(@TempDir Path dir) throws IOException {
    assertThat(scope("lint", "--manifest", MANIFEST)).isEqualTo(new Cli.Result(2, "",
        "scope lint: --manifest needs --spec: drift compares the manifest with an OpenAPI document\n"));
    assertThat(scope("lint", "--spec", SPEC)).isEqualTo(new Cli.Result(2, "",
        "scope lint: --spec needs --manifest: drift compares the annotation processor's manifest with the document\n"));
    assertThat(scope("lint").exit()).isEqualTo(2);
    assertThat(scope("lint").err()).contains("lint needs a PATH, or --manifest and --spec");
    String missing = dir.resolve("nope.json").toString();
    assertThat(scope("lint", "--manifest", missing, "--spec", SPEC)).isEqualTo(new Cli.Result(2, "",
        "scope lint: --manifest " + missing + ": no such file or directory\n"));
    Path bad = Files.writeString(dir.resolve("operations.json"), "{\"version\": 2, \"operations\": []}");
    assertThat(scope("lint", "--manifest", bad.toString(), "--spec", SPEC)).isEqualTo(new Cli.Result(2, "",
        "scope lint: --manifest " + bad + ":1:13: manifest version 2 is not supported; this reader reads version 1\n"));
    assertThat(scope("lint", "--manifest", MANIFEST, "--spec", missing)).isEqualTo(new Cli.Result(2, "",
        "scope lint: --spec " + missing + ": no such file or directory\n"));
    Path notOpenApi = Files.writeString(dir.resolve("spec.json"), "{\"scopes\": []}");
    Cli.Result r = scope("lint", "--manifest", MANIFEST, "--spec", notOpenApi.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("scope lint: --spec " + notOpenApi + ":1:1: ");
  }
  /** The root README lints the processor's manifest example, saved as examples/drift/operations.json. */
  @Test
  void theRootReadmesManifestExampleIsTheFileItsDriftExampleReads() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("../README.md"));
    int at = readme.indexOf("<!-- snippet: processor-manifest -->");
    assertThat(at).isNotNegative();
    StringBuilder shown = new StringBuilder();
    for (int i = at + 2; !readme.get(i).equals("```"); i++) {
      shown.append(readme.get(i)).append('\n');
    }
    assertThat(Files.readString(Path.of("../examples/drift/operations.json"))).isEqualTo(shown.toString());
  }

  /** This module's README: the CI step, run in a project laid out as it says. */
  @Test
  void theCiStepWritesASarifLogOfTheDrift(@TempDir Path project) throws IOException {
    String run = Files.readAllLines(Path.of("README.md")).stream()
        .filter(l -> l.startsWith("- run: bin/scope lint --format sarif --manifest "))
        .findFirst()
        .orElseThrow();
    Matcher m = Pattern.compile("- run: bin/scope (.+) > drift\\.sarif").matcher(run);
    assertThat(m.matches()).as(run).isTrue();
    List<String> args = List.of(m.group(1).split(" "));
    String manifest = args.get(args.indexOf("--manifest") + 1);
    String spec = args.get(args.indexOf("--spec") + 1);
    Files.createDirectories(project.resolve(manifest).getParent());
    Files.createDirectories(project.resolve(spec).getParent());
    Files.copy(Path.of(MANIFEST), project.resolve(manifest));
    Files.copy(Path.of(SPEC), project.resolve(spec));
    Cli.Result r = scope(args.stream().map(a -> a.equals(manifest) || a.equals(spec) ? project.resolve(a).toString() : a)
        .toArray(String[]::new));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(JSON.readTree(r.out()).get("runs").get(0).get("results")).hasSize(3);
  }
}
