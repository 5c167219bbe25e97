package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.lines;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainMinimizeRecipeTest {
  @Test
  void explainPrintsOneConcreteScopeALineWithItsDescription() {
    assertThat(scope("explain", "workflow:*", "file:read"))
        .isEqualTo(
            new Cli.Result(
                0,
                lines(
                    "workflow:read     Read workflows + their state",
                    "workflow:create   Create workflows from blueprints",
                    "workflow:update   Update workflow data, add documents, void",
                    "workflow:execute  Process steps, send for signatures, advance state",
                    "file:read         Download files (assets, rendered docs)"),
                ""));
  }

  @Test
  void explainJsonGroupsTheGrantsByScope() {
    assertThat(scope("explain", "--format", "json", "api-key:*", "ai-chat:use"))
        .isEqualTo(
            new Cli.Result(
                0,
                "[{\"scope\":\"api-key:*\",\"grants\":["
                    + "{\"scope\":\"api-key:read\",\"description\":\"List API keys (no secret material)\"},"
                    + "{\"scope\":\"api-key:create\",\"description\":\"Mint new API keys\"},"
                    + "{\"scope\":\"api-key:delete\",\"description\":\"Revoke API keys\"}]},"
                    + "{\"scope\":\"ai-chat:use\",\"grants\":[{\"scope\":\"ai-chat:use\",\"description\":\"Invoke SignStack's"
                    + " AI helpers \u2014 used by Studio's in-app AI assistant, CLI generation/modify commands, and the"
                    + " embedded resource-editor's AI features\"}]}]\n",
                ""));
  }

  @Test
  void explainIsStrictAndReportsEveryBadScope() {
    assertThat(scope("explain", "file:*", "workflow:read", "*:*"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                lines(
                    "scope explain: Invalid scope \"file:*\": the file family declares no wildcard; grant its scopes one"
                        + " by one: file:read, file:upload",
                    "scope explain: Invalid scope \"*:*\": a wildcard may only stand for the verb of one family"
                        + " (family:*); there is no global wildcard")));
  }

  @Test
  void explainWithACustomCatalog() {
    assertThat(scope("explain", "--catalog", FIXTURES + "catalogs/reports.json", "report:*", "dashboard:read"))
        .isEqualTo(
            new Cli.Result(
                0,
                lines(
                    "report:read     Read reports",
                    "report:export   Export reports as CSV",
                    "dashboard:read  View dashboards"),
                ""));
  }

  @Test
  void minimizeKeepsFirstSeenOrderAndExplainsEachDropOnStderr() {
    assertThat(scope("minimize", "workflow:read", "file:read", "workflow:*", "file:read"))
        .isEqualTo(
            new Cli.Result(
                0,
                "file:read workflow:*\n",
                lines(
                    "scope minimize: workflow:read is redundant: workflow:* grants every workflow verb",
                    "scope minimize: file:read is redundant: it repeats an earlier entry")));
  }

  @Test
  void minimizeAcceptsASpaceSeparatedListAndPrintsNothingOnStderrWhenAlreadyMinimal() {
    assertThat(scope("minimize", "resource:read  resource:create", "webhook:*"))
        .isEqualTo(new Cli.Result(0, "resource:read resource:create webhook:*\n", ""));
  }

  @Test
  void minimizeIsStrict() {
    assertThat(scope("minimize", "user:*"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope minimize: Invalid scope \"user:*\": the user family declares no wildcard; grant its scopes one by"
                    + " one: user:read, user:create, user:update\n"));
    assertThat(scope("minimize", " "))
        .isEqualTo(new Cli.Result(2, "", "scope minimize: no scopes given; name at least one, such as workflow:read\n"));
  }

  @Test
  void recipePrintsTheScopeListAsTheReferenceShowsIt() {
    assertThat(scope("recipe", "backend-embed"))
        .isEqualTo(
            new Cli.Result(
                0,
                lines(
                    "{",
                    "  \"scopes\": [",
                    "    \"resource:read\",",
                    "    \"workflow:read\",",
                    "    \"workflow:create\",",
                    "    \"embed-token:create\",",
                    "    \"file:read\"",
                    "  ]",
                    "}"),
                ""));
  }

  @Test
  void recipeListShowsIdsAndTitles() {
    assertThat(scope("recipe", "--list"))
        .isEqualTo(
            new Cli.Result(
                0,
                lines(
                    "backend-workflows          Backend that authors and runs workflows",
                    "backend-embed              Backend that mints embed tokens for a customer-facing UI",
                    "ci-cd-push                 CI/CD pipeline (push primitives only)",
                    "multi-tenant-provisioning  Multi-tenant provisioning",
                    "full-access                Full-access (use sparingly)"),
                ""));
  }

  @Test
  void recipeErrors() {
    assertThat(scope("recipe", "root"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope recipe: no recipe \"root\"; the recipes are backend-workflows, backend-embed, ci-cd-push,"
                    + " multi-tenant-provisioning, full-access\n"));
    assertThat(scope("recipe"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope recipe: missing recipe ID; the recipes are backend-workflows, backend-embed, ci-cd-push,"
                    + " multi-tenant-provisioning, full-access (or use --list)\n"));
    assertThat(scope("recipe", "--list", "ci-cd-push"))
        .isEqualTo(new Cli.Result(2, "", "scope recipe: give a recipe ID or --list, not both\n"));
  }
}
