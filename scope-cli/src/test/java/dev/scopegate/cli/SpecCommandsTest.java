package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.lines;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code operations} and {@code least-privilege}, over the realistic Signstack-like document. */
class SpecCommandsTest {
  private static final String SPEC = FIXTURES + "openapi/signstack.yaml";
  private static final String BROKEN = FIXTURES + "openapi/broken-scopes.yaml";

  @Test
  void operationsShowsWhatAKeyCanAndCannotDo() {
    assertThat(scope("operations", "--spec", SPEC, "--granted", "workflow:* file:read resource:reed"))
        .isEqualTo(
            new Cli.Result(
                1,
                lines(
                    "POST /v1/auth/token (issueToken): allowed (public)",
                    "GET /v1/organizations/{orgId} (getOrganization): Token lacks required scope: organization:read",
                    "PATCH /v1/organizations/{orgId} (updateOrganization): Token lacks required scope: organization:update",
                    "GET /v1/users (listUsers): Token lacks required scope: user:read",
                    "POST /v1/users (createUser): Token lacks required scope: user:create",
                    "PATCH /v1/users/{userId} (updateUser): Token lacks required scope: user:update",
                    "GET /v1/orgs/{orgId}/billing (getBilling): Token lacks required scope: billing:read",
                    "PUT /v1/orgs/{orgId}/billing/subscription (updateSubscription): Token lacks required scope: billing:manage",
                    "GET /v1/orgs/{orgId}/namespaces (listNamespaces): Token lacks required scope: namespace:read",
                    "POST /v1/orgs/{orgId}/namespaces (createNamespace): Token lacks required scope: namespace:create",
                    "PATCH /v1/orgs/{orgId}/namespaces/{namespaceKey} (updateNamespace): Token lacks required scope: namespace:update",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/clone (cloneNamespace): Token lacks required scope: namespace:*",
                    "GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/api-keys (listApiKeys): Token lacks required scope: api-key:read",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/api-keys (createApiKey): Token lacks required scope: api-key:create",
                    "DELETE /v1/orgs/{orgId}/namespaces/{namespaceKey}/api-keys/{keyId} (revokeApiKey): Token lacks required scope: api-key:delete",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/auth/embed (mintEmbedToken): Token lacks required scope: embed-token:create",
                    "GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/blueprints (listBlueprints): Token lacks required scope: resource:read",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/blueprints (createBlueprint): Token lacks required scope: resource:create",
                    "PUT /v1/orgs/{orgId}/namespaces/{namespaceKey}/blueprints/{blueprintKey} (updateBlueprint): Token lacks required scope: resource:update",
                    "DELETE /v1/orgs/{orgId}/namespaces/{namespaceKey}/blueprints/{blueprintKey} (deleteBlueprint): Token lacks required scope: resource:delete",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/blueprints/{blueprintKey}/publish (publishBlueprint): Token lacks required scope: resource:update",
                    "GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows (listWorkflows): allowed",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows (createWorkflow): allowed",
                    "GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId} (getWorkflow): allowed",
                    "PATCH /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId} (updateWorkflow): allowed",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/advance (advanceWorkflow): allowed",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/void (voidWorkflow): allowed",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/participants/{participantId}/signature (submitSignature): Token lacks required scope: signing:sign",
                    "GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/scenarios (listScenarios): Token lacks required scope: scenario:read",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/scenarios (createScenario): Token lacks required scope: scenario:create",
                    "PATCH /v1/orgs/{orgId}/namespaces/{namespaceKey}/scenarios/{scenarioId} (updateScenario): Token lacks required scope: scenario:update",
                    "DELETE /v1/orgs/{orgId}/namespaces/{namespaceKey}/scenarios/{scenarioId} (deleteScenario): Token lacks required scope: scenario:delete",
                    "GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/webhooks (listWebhooks): Token lacks required scope: webhook:read",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/webhooks (createWebhook): Token lacks required scope: webhook:create",
                    "PUT /v1/orgs/{orgId}/namespaces/{namespaceKey}/webhooks/{webhookId} (updateWebhook): Token lacks required scope: webhook:update",
                    "DELETE /v1/orgs/{orgId}/namespaces/{namespaceKey}/webhooks/{webhookId} (deleteWebhook): Token lacks required scope: webhook:delete",
                    "POST /v1/orgs/{orgId}/files (uploadFile): Token lacks required scope: file:upload",
                    "GET /v1/orgs/{orgId}/files/{fileId} (downloadFile): allowed",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/ai/chat (chatWithAssistant): Token lacks required scope: ai-chat:use",
                    "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/library/publications (publishToLibrary): Token lacks required scope: library:publish"),
                "scope operations: --granted: ignored \"resource:reed\" (entry 3): the resource family has no verb"
                    + " \"reed\"\n"));
  }

  @Test
  void operationsExitsZeroWhenEveryOperationIsAllowed(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("files.json");
    Files.writeString(
        spec,
        "{\"openapi\": \"3.0.3\", \"paths\": {\"/v1/orgs/{orgId}/files\": {"
            + "\"post\": {\"operationId\": \"uploadFile\", \"x-required-scopes\": [\"file:upload\"]},"
            + "\"get\": {\"x-required-scopes\": [\"file:read\"]}}}}");
    assertThat(scope("operations", "--spec", spec.toString(), "--granted", "file:read file:upload"))
        .isEqualTo(
            new Cli.Result(
                0,
                lines(
                    "POST /v1/orgs/{orgId}/files (uploadFile): allowed",
                    "GET /v1/orgs/{orgId}/files: allowed"),
                ""));
  }

  @Test
  void operationsTakesARecipe() {
    Cli.Result r = scope("operations", "--spec", SPEC, "--recipe", "backend-embed");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/auth/embed (mintEmbedToken): allowed\n")
        .contains(
            "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/advance (advanceWorkflow): Token"
                + " lacks required scope: workflow:execute\n");
  }

  @Test
  void aDocumentWithErrorsIsStrictInputThatFailsWithEveryError() {
    String errors =
        lines(
            BROKEN + ":7:27: Invalid scope \"Workflow:read\": uppercase 'W' at index 0; scopes are lowercase (did you"
                + " mean \"workflow:read\"?)",
            BROKEN + ":11:11: Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\" (did you"
                + " mean \"workflow:create\"?)",
            BROKEN + ":15:27: Invalid scope \"file:*\": the file family declares no wildcard; grant its scopes one by"
                + " one: file:read, file:upload");
    assertThat(scope("operations", "--spec", BROKEN, "--granted", "workflow:*"))
        .isEqualTo(new Cli.Result(2, "", errors.replaceAll("(?m)^(?=.)", "scope operations: ")));
    assertThat(scope("least-privilege", "--spec", BROKEN, "--operation", "listScenarios"))
        .isEqualTo(new Cli.Result(2, "", errors.replaceAll("(?m)^(?=.)", "scope least-privilege: ")));
  }

  @Test
  void unreadableSpecsAreErrors() {
    assertThat(scope("operations", "--spec", "no/such/openapi.yaml", "--granted", "file:read"))
        .isEqualTo(new Cli.Result(2, "", "scope operations: --spec no/such/openapi.yaml: no such file or directory\n"));
    assertThat(scope("least-privilege", "--spec", FIXTURES + "broken/invalid.yaml", "--operation", "x"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope least-privilege: " + FIXTURES + "broken/invalid.yaml:3:2: invalid YAML: expected <block end>, but"
                    + " found '<block sequence start>' (while parsing a block mapping that starts at line 1, column 1)\n"));
  }

  @Test
  void leastPrivilegeListsTheConcreteScopesInCatalogOrder() {
    assertThat(
            scope(
                "least-privilege",
                "--spec",
                SPEC,
                "--operation",
                "publishToLibrary",
                "downloadFile",
                "--operation",
                "advanceWorkflow",
                "createWorkflow"))
        .isEqualTo(
            new Cli.Result(
                0,
                lines(
                    "{",
                    "  \"scopes\": [",
                    "    \"resource:read\",",
                    "    \"workflow:create\",",
                    "    \"workflow:execute\",",
                    "    \"file:read\",",
                    "    \"library:publish\"",
                    "  ]",
                    "}"),
                ""));
  }

  @Test
  void aRequiredWildcardBecomesEveryVerbUnlessWildcardsAreAllowed() {
    assertThat(scope("least-privilege", "--spec", SPEC, "--operation", "cloneNamespace", "listApiKeys").out())
        .isEqualTo(
            lines(
                "{",
                "  \"scopes\": [",
                "    \"namespace:read\",",
                "    \"namespace:create\",",
                "    \"namespace:update\",",
                "    \"api-key:read\"",
                "  ]",
                "}"));
    assertThat(
            scope(
                    "least-privilege",
                    "--spec",
                    SPEC,
                    "--allow-wildcards",
                    "--operation",
                    "cloneNamespace",
                    "listApiKeys",
                    "listWorkflows",
                    "createWorkflow",
                    "updateWorkflow",
                    "advanceWorkflow")
                .out())
        .isEqualTo(lines("{", "  \"scopes\": [", "    \"namespace:*\",", "    \"api-key:read\",", "    \"workflow:*\"", "  ]", "}"));
  }

  @Test
  void publicOperationsNeedNoScopes() {
    assertThat(scope("least-privilege", "--spec", SPEC, "--operation", "issueToken"))
        .isEqualTo(new Cli.Result(0, lines("{", "  \"scopes\": []", "}"), ""));
  }

  @Test
  void unknownOperationIdsAreExitTwoNamingEachOne() {
    assertThat(scope("least-privilege", "--spec", SPEC, "--operation", "createWorkflow", "deleteEverything", "nope"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                lines(
                    "scope least-privilege: --operation: no operation \"deleteEverything\" in " + SPEC,
                    "scope least-privilege: --operation: no operation \"nope\" in " + SPEC)));
  }
}
