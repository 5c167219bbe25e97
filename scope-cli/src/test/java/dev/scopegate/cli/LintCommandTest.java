package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.lines;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static final String KEYS = FIXTURES + "keys/";
  private static final String OPENAPI = FIXTURES + "openapi/";
  private static final String BROKEN = FIXTURES + "broken/";

  @Test
  void aFolderOfScopeListsGetsEveryRuleWithRealPositions() {
    assertThat(scope("lint", KEYS))
        .isEqualTo(
            new Cli.Result(
                1,
                lines(
                    KEYS + "admin.yaml:2:1: warning: this scope list grants everything the full-access recipe grants; the"
                        + " reference reserves full access for internal admin tooling, so grant only what the key needs"
                        + " [broad-grant]",
                    KEYS + "sloppy.json:3:5: warning: workflow:read is redundant: workflow:* grants every workflow verb"
                        + " [redundant-scope]",
                    KEYS + "sloppy.json:5:5: error: Invalid scope \"Workflow:create\": uppercase 'W' at index 0; scopes are"
                        + " lowercase (did you mean \"workflow:create\"?) [malformed-scope]",
                    KEYS + "sloppy.json:6:5: error: Invalid scope \"workflow:craete\": the workflow family has no verb"
                        + " \"craete\" (did you mean \"workflow:create\"?) [unknown-scope]",
                    KEYS + "sloppy.json:7:5: error: Invalid scope \"file:*\": the file family declares no wildcard; grant"
                        + " its scopes one by one: file:read, file:upload [wildcard-not-supported]",
                    KEYS + "sloppy.json:9:5: warning: file:read is redundant: it repeats an earlier entry"
                        + " [duplicate-scope]"),
                ""));
  }

  @Test
  void warningsAloneExitZero() {
    assertThat(scope("lint", KEYS + "admin.yaml", KEYS + "ci-cd.json").exit()).isZero();
    assertThat(scope("lint", KEYS + "ci-cd.json")).isEqualTo(new Cli.Result(0, "", ""));
  }

  @Test
  void theRealisticOpenApiDocumentIsClean() {
    assertThat(scope("lint", OPENAPI + "signstack.yaml")).isEqualTo(new Cli.Result(0, "", ""));
  }

  @Test
  void openApiFindingsIncludeOperationsWithoutRequiredScopes() {
    String file = OPENAPI + "broken-scopes.yaml";
    assertThat(scope("lint", file))
        .isEqualTo(
            new Cli.Result(
                1,
                lines(
                    file + ":7:27: error: Invalid scope \"Workflow:read\": uppercase 'W' at index 0; scopes are lowercase"
                        + " (did you mean \"workflow:read\"?) [malformed-scope]",
                    file + ":11:11: error: Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\""
                        + " (did you mean \"workflow:create\"?) [unknown-scope]",
                    file + ":15:27: error: Invalid scope \"file:*\": the file family declares no wildcard; grant its scopes"
                        + " one by one: file:read, file:upload [wildcard-not-supported]",
                    file + ":16:5: warning: DELETE /v1/orgs/{orgId}/files/{fileId} declares no security requirement"
                        + " (neither it nor the root has \"security\") and no x-required-scopes; OpenAPI leaves it open,"
                        + " so the guard denies it; declare its security, or security: [] if it is public"
                        + " [missing-required-scopes]",
                    file + ":21:27: warning: scenario:read is redundant: scenario:* grants every scenario verb"
                        + " [redundant-scope]",
                    file + ":21:56: warning: scenario:read is redundant: scenario:* grants every scenario verb"
                        + " [redundant-scope]"),
                ""));
  }

  @Test
  void jsonFindingsCarryFileLineColumnRuleSeverityMessageAndScope() {
    String file = OPENAPI + "broken-scopes.yaml";
    Cli.Result r = scope("lint", "--format", "json", file);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            "{\"findings\":[{\"file\":\"" + file + "\",\"line\":7,\"column\":27,\"rule\":\"malformed-scope\","
                + "\"severity\":\"error\",\"message\":\"Invalid scope \\\"Workflow:read\\\": uppercase 'W' at index 0;"
                + " scopes are lowercase (did you mean \\\"workflow:read\\\"?)\",\"scope\":\"Workflow:read\"},")
        .contains(
            "{\"file\":\"" + file + "\",\"line\":16,\"column\":5,\"rule\":\"missing-required-scopes\","
                + "\"severity\":\"warning\",\"message\":\"DELETE /v1/orgs/{orgId}/files/{fileId} declares no security"
                + " requirement (neither it nor the root has \\\"security\\\") and no x-required-scopes; OpenAPI leaves it"
                + " open, so the guard denies it; declare its security, or security: [] if it is public\",\"scope\":null}")
        .endsWith(
            "{\"file\":\"" + file + "\",\"line\":21,\"column\":56,\"rule\":\"redundant-scope\",\"severity\":\"warning\","
                + "\"message\":\"scenario:read is redundant: scenario:* grants every scenario verb\","
                + "\"scope\":\"scenario:read\"}]}\n");
  }

  @Test
  void jsonOfACleanRunIsAnEmptyList() {
    assertThat(scope("lint", "--format", "json", KEYS + "ci-cd.json"))
        .isEqualTo(new Cli.Result(0, "{\"findings\":[]}\n", ""));
  }

  @Test
  void foldersAreSearchedRecursivelyAndSkipFilesThatAreNeitherKind() {
    // mixed/ holds an OpenAPI document two levels down, a key list, a package.json and a .txt file.
    assertThat(scope("lint", FIXTURES + "mixed")).isEqualTo(new Cli.Result(0, "", ""));
  }

  @Test
  void aFileNamedTwiceIsLintedOnce() {
    Cli.Result r = scope("lint", KEYS + "sloppy.json", "./" + KEYS + "sloppy.json");
    assertThat(r.out().lines()).hasSize(5);
  }

  @Test
  void structureErrorsAreExitTwoWithEveryProblemOnStderr() {
    String file = OPENAPI + "broken-structure.yaml";
    assertThat(scope("lint", file))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                lines(
                    "scope lint: " + file + ":4:5: \"x-required-scopes\" belongs on an operation, not on path item"
                        + " \"/v1/orgs/{orgId}/namespaces/{namespaceKey}/webhooks\"",
                    "scope lint: " + file + ":5:5: unknown field \"GET\" in path item"
                        + " \"/v1/orgs/{orgId}/namespaces/{namespaceKey}/webhooks\"; operations are get, put, post,"
                        + " delete, options, head, patch, trace",
                    "scope lint: " + file + ":9:26: \"x-required-scopes\" of POST"
                        + " /v1/orgs/{orgId}/namespaces/{namespaceKey}/webhooks must be an array of scope strings, not a"
                        + " string (\"webhook:create\")")));
  }

  @Test
  void badFilesAreOneClearErrorWithAPositionAndExitTwo() {
    assertThat(scope("lint", BROKEN + "invalid.json"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope lint: " + BROKEN + "invalid.json:1:29: invalid JSON: Unexpected character (']' (code 93)):"
                    + " expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n"));
    assertThat(scope("lint", BROKEN + "invalid.yaml"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope lint: " + BROKEN + "invalid.yaml:3:2: invalid YAML: expected <block end>, but found '<block"
                    + " sequence start>' (while parsing a block mapping that starts at line 1, column 1)\n"));
    assertThat(scope("lint", BROKEN + "wrong-type.json"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope lint: " + BROKEN + "wrong-type.json:1:12: \"scopes\" must be an array of scope strings, not a string"
                    + " (\"workflow:read\")\n"));
    assertThat(scope("lint", BROKEN + "not-strings.json"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                lines(
                    "scope lint: " + BROKEN + "not-strings.json:2:31: entry 2 of \"scopes\" must be a scope string, not a"
                        + " number (42)",
                    "scope lint: " + BROKEN + "not-strings.json:2:35: entry 3 of \"scopes\" must be a scope string, not an"
                        + " object")));
    assertThat(scope("lint", BROKEN + "empty.json"))
        .isEqualTo(new Cli.Result(2, "", "scope lint: " + BROKEN + "empty.json:1:1: the document is empty\n"));
    assertThat(scope("lint", BROKEN + "neither.json"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope lint: " + BROKEN + "neither.json: neither a scope list ({\"scopes\": [...]}) nor an OpenAPI 3.x"
                    + " document (no \"openapi\" field)\n"));
  }

  @Test
  void hugeFilesAreRefusedBeforeTheyAreRead(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(64L * 1024 * 1024);
    }
    assertThat(scope("lint", huge.toString()))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope lint: " + huge + ":1:1: the file is 67108864 bytes; the limit is 16777216 bytes (16 MiB)\n"));
  }

  @Test
  void aHugeButAllowedListIsLintedWithExactPositions(@TempDir Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("{\"scopes\": [\n");
    for (int i = 0; i < 50_000; i++) {
      sb.append("  \"workflow:read\",\n");
    }
    sb.append("  \"workflow:reed\"\n]}\n");
    Path big = dir.resolve("big.json");
    Files.writeString(big, sb);
    Cli.Result r = scope("lint", "--format", "json", big.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "{\"file\":\"" + big + "\",\"line\":50002,\"column\":3,\"rule\":\"unknown-scope\",\"severity\":\"error\","
                + "\"message\":\"Invalid scope \\\"workflow:reed\\\": the workflow family has no verb \\\"reed\\\" (did you"
                + " mean \\\"workflow:read\\\"?)\",\"scope\":\"workflow:reed\"}");
  }

  @Test
  void filesThatAreNotUtf8AreErrors(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("key.json");
    Files.write(latin1, new byte[] {'{', '"', 's', 'c', 'o', 'p', 'e', 's', '"', ':', '[', '"', (byte) 0xE9, '"', ']', '}'});
    assertThat(scope("lint", latin1.toString()))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope lint: " + latin1 + ":1:13: byte 0xE9 at offset 12 is not UTF-8; save the file as UTF-8\n"));
  }

  @Test
  void missingPathsAndFoldersWithNothingToLintAreErrors(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");
    assertThat(scope("lint", "no/such/dir", dir.toString()))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                lines(
                    "scope lint: no/such/dir: no such file or directory",
                    "scope lint: " + dir + ": no scope list or OpenAPI document (*.json, *.yaml, *.yml) found under this"
                        + " folder")));
  }

  @Test
  void errorsStayOnOneLineWhateverThePathHoldsAndDoNotChangeStdout() {
    assertThat(scope("lint", "no\nsuch.json"))
        .isEqualTo(new Cli.Result(2, "", "scope lint: no such.json: no such file or directory\n"));
  }

  @Test
  void findingsStillPrintWhenAnotherFileFails() {
    Cli.Result r = scope("lint", KEYS + "sloppy.json", BROKEN + "empty.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out().lines()).hasSize(5);
    assertThat(r.err()).isEqualTo("scope lint: " + BROKEN + "empty.json:1:1: the document is empty\n");
  }

  @Test
  void aCustomCatalogDrivesUnknownScopesAndSkipsTheSignstackBroadGrantRule(@TempDir Path dir) throws IOException {
    Path key = dir.resolve("reports-key.json");
    Files.writeString(key, "{\"scopes\": [\"report:*\", \"report:read\", \"workflow:read\"]}\n");
    assertThat(scope("lint", "--catalog", FIXTURES + "catalogs/reports.json", key.toString()))
        .isEqualTo(
            new Cli.Result(
                1,
                lines(
                    key + ":1:25: warning: report:read is redundant: report:* grants every report verb [redundant-scope]",
                    key + ":1:40: error: Invalid scope \"workflow:read\": the catalog has no family \"workflow\""
                        + " [unknown-scope]"),
                ""));
    assertThat(scope("lint", "--catalog", FIXTURES + "catalogs/reports.json", KEYS + "admin.yaml").out())
        .doesNotContain("[broad-grant]");
  }

  @Test
  void unknownFormatsAreUsageErrors() {
    assertThat(scope("lint", "--format", "xml", KEYS))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope lint: Invalid value for option '--format': expected text, json or sarif, not \"xml\" (see 'scope"
                    + " lint --help')\n"));
  }
}
