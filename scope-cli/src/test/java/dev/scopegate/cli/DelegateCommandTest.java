package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.lines;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code scope delegate}: the engine's delegation rule, with check's exit codes. */
class DelegateCommandTest {
  @Test
  void whatTheHolderHoldsMayBeDelegated() {
    assertThat(scope("delegate", "--holder", "namespace:* api-key:create api-key:read", "--requested", "namespace:read api-key:read"))
        .isEqualTo(new Cli.Result(0, "allowed\n", ""));
  }

  @Test
  void aRefusalNamesTheFirstScopeNotHeldAndExitsOne() {
    assertThat(scope("delegate", "--holder", "namespace:* api-key:create api-key:read", "--requested", "namespace:* workflow:* file:read"))
        .isEqualTo(new Cli.Result(1, "Token cannot delegate scope: workflow:*\n", ""));
  }

  @Test
  void aWildcardNeedsItsHolderAndTheCommandSaysWhy() {
    assertThat(scope("delegate", "--holder", "workflow:read workflow:create workflow:update workflow:execute file:*",
            "--requested", "workflow:* file:read"))
        .isEqualTo(new Cli.Result(1, "Token cannot delegate scope: workflow:*\n", lines(
            "scope delegate: --holder: ignored \"file:*\" (entry 5): the file family declares no wildcard",
            "scope delegate: workflow:* is delegated only by a holder of workflow:* itself; holding every workflow verb"
                + " one by one is not enough")));
    assertThat(scope("delegate", "--holder", "workflow:read", "--requested", "workflow:*"))
        .isEqualTo(new Cli.Result(1, "Token cannot delegate scope: workflow:*\n", ""));
  }

  @Test
  void jsonListsTheScopesNotHeldInRequestedOrderAndTheIgnoredEntries() {
    assertThat(scope("delegate", "--holder", "file:* workflow:read", "--requested", "file:upload workflow:read workflow:*",
            "--format", "json"))
        .isEqualTo(new Cli.Result(1, "{\"allowed\":false,\"notHeld\":[\"file:upload\",\"workflow:*\"],\"ignored\":[\"file:*\"],"
            + "\"message\":\"Token cannot delegate scope: file:upload\"}\n", ""));
    assertThat(scope("delegate", "--holder", "workflow:*", "--requested", "workflow:read", "--format", "json"))
        .isEqualTo(new Cli.Result(0, "{\"allowed\":true,\"notHeld\":[],\"ignored\":[],\"message\":null}\n", ""));
  }

  @Test
  void badInputIsExitTwo() {
    assertThat(scope("delegate", "--holder", "workflow:*", "--requested", "workflow:craete"))
        .isEqualTo(new Cli.Result(2, "", "scope delegate: --requested: Invalid scope \"workflow:craete\": the workflow family has"
            + " no verb \"craete\" (did you mean \"workflow:create\"?)\n"));
    assertThat(scope("delegate", "--holder", "workflow:*", "--requested", "  "))
        .isEqualTo(new Cli.Result(2, "", "scope delegate: --requested: no scopes given; name at least one, such as --requested"
            + " \"workflow:read\"\n"));
    assertThat(scope("delegate", "--requested", "workflow:read").exit()).isEqualTo(2);
    assertThat(scope("delegate", "--holder", "workflow:*").exit()).isEqualTo(2);
  }

  @Test
  void anotherCatalogIsReadFromItsFile() {
    assertThat(scope("delegate", "--catalog", FIXTURES + "catalogs/reports.json", "--holder", "report:* dashboard:read",
            "--requested", "report:export dashboard:read"))
        .isEqualTo(new Cli.Result(0, "allowed\n", ""));
    assertThat(scope("delegate", "--catalog", FIXTURES + "catalogs/reports.json", "--holder", "report:read report:export",
            "--requested", "report:*"))
        .isEqualTo(new Cli.Result(1, "Token cannot delegate scope: report:*\n", "scope delegate: report:* is delegated only by"
            + " a holder of report:* itself; holding every report verb one by one is not enough\n"));
  }
}
