package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.lines;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckCommandTest {
  @Test
  void deniedPrintsTheProductionMessageAndExitsOne() {
    assertThat(scope("check", "--granted", "workflow:read", "--required", "workflow:create"))
        .isEqualTo(new Cli.Result(1, "Token lacks required scope: workflow:create\n", ""));
  }

  @Test
  void allowedByAFamilyWildcardWithIgnoredEntriesNotedOnStderr() {
    assertThat(scope("check", "--granted", "workflow:* file:* Workflow:create", "--required", "workflow:create"))
        .isEqualTo(
            new Cli.Result(
                0,
                "allowed\n",
                lines(
                    "scope check: --granted: ignored \"file:*\" (entry 2): the file family declares no wildcard",
                    "scope check: --granted: ignored \"Workflow:create\" (entry 3): uppercase 'W' at index 0; scopes are"
                        + " lowercase")));
  }

  @Test
  void ignoredEntriesAreQuotedOnOneLineWhateverTheyContain() {
    assertThat(scope("check", "--granted", "workflow:read\nworkflow:create", "--required", "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                1,
                "Token lacks required scope: workflow:read\n",
                "scope check: --granted: ignored \"workflow:read\\u000Aworkflow:create\" (entry 1): control character"
                    + " U+000A at index 13; scopes have none\n"));
  }

  @Test
  void jsonListsMissingScopesAsDeclaredInDeclaredOrderAndIgnoredEntriesAsWritten() {
    assertThat(
            scope(
                "check",
                "--granted",
                "file:* workflow:read  Workflow:read",
                "--required",
                "workflow:* workflow:read file:upload",
                "--format",
                "json"))
        .isEqualTo(
            new Cli.Result(
                1,
                "{\"allowed\":false,\"missing\":[\"workflow:*\",\"file:upload\"],\"ignored\":[\"file:*\",\"Workflow:read\"],"
                    + "\"message\":\"Token lacks required scope: workflow:*\"}\n",
                ""));
  }

  @Test
  void jsonAllowedHasANullMessageAndTheFormatIsCaseInsensitive() {
    assertThat(scope("check", "--granted", "workflow:read", "--required", "workflow:read", "--format", "JSON"))
        .isEqualTo(new Cli.Result(0, "{\"allowed\":true,\"missing\":[],\"ignored\":[],\"message\":null}\n", ""));
  }

  @Test
  void aRecipeMayReplaceTheGrantedClaim() {
    assertThat(scope("check", "--recipe", "ci-cd-push", "--required", "resource:update workflow:create"))
        .isEqualTo(new Cli.Result(1, "Token lacks required scope: workflow:create\n", ""));
    assertThat(scope("check", "--recipe", "multi-tenant-provisioning", "--required", "namespace:*"))
        .isEqualTo(new Cli.Result(0, "allowed\n", ""));
  }

  @Test
  void anEmptyClaimGrantsNothing() {
    assertThat(scope("check", "--granted", "", "--required", "file:read"))
        .isEqualTo(new Cli.Result(1, "Token lacks required scope: file:read\n", ""));
  }

  @Test
  void requiredScopesAreStrict() {
    assertThat(scope("check", "--granted", "workflow:*", "--required", "workflow:craete"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope check: --required: Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\""
                    + " (did you mean \"workflow:create\"?)\n"));
    assertThat(scope("check", "--granted", "workflow:*", "--required", "  "))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope check: --required: no scopes given; name at least one, such as --required \"workflow:read\"\n"));
  }

  @Test
  void unknownRecipesAndRecipesWithAnotherCatalogAreErrors() {
    assertThat(scope("check", "--recipe", "admin", "--required", "file:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope check: --recipe: no recipe \"admin\"; the recipes are backend-workflows, backend-embed,"
                    + " ci-cd-push, multi-tenant-provisioning, full-access\n"));
    assertThat(
            scope(
                "check",
                "--catalog",
                FIXTURES + "catalogs/reports.json",
                "--recipe",
                "ci-cd-push",
                "--required",
                "report:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope check: --recipe: recipes are sets of the built-in Signstack catalog's scopes; with --catalog, use"
                    + " --granted\n"));
  }

  @Test
  void usageErrorsAreOneLineWithExitTwo() {
    assertThat(scope("check", "--granted", "file:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope check: Missing required option: '--required=SCOPES' (see 'scope check --help')\n"));
    assertThat(scope("check", "--required", "file:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope check: Missing required argument (specify one of these): (--granted=CLAIM | --recipe=ID) (see"
                    + " 'scope check --help')\n"));
    assertThat(scope("check", "--granted", "a", "--recipe", "ci-cd-push", "--required", "file:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope check: --granted=CLAIM, --recipe=ID are mutually exclusive (specify only one) (see 'scope check"
                    + " --help')\n"));
    assertThat(scope("check", "--granted", "a", "--required", "file:read", "--format", "xml"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope check: Invalid value for option '--format': expected text or json, not \"xml\" (see 'scope check"
                    + " --help')\n"));
  }

  @Test
  void aCatalogFileReplacesTheBuiltInOne() {
    String catalog = FIXTURES + "catalogs/reports.json";
    assertThat(scope("check", "--catalog", catalog, "--granted", "report:* workflow:read", "--required", "report:export"))
        .isEqualTo(
            new Cli.Result(
                0,
                "allowed\n",
                "scope check: --granted: ignored \"workflow:read\" (entry 2): the catalog has no family \"workflow\"\n"));
    assertThat(scope("check", "--catalog", catalog, "--granted", "report:read", "--required", "dashboard:read"))
        .isEqualTo(new Cli.Result(1, "Token lacks required scope: dashboard:read\n", ""));
  }
}
