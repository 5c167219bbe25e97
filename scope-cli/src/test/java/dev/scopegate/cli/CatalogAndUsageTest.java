package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.lines;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CatalogAndUsageTest {
  private static final String BAD = FIXTURES + "catalogs/bad.json";

  @Test
  void aCatalogFileIsValidatedStrictlyWithEveryProblemInFileOrder() {
    String p = "scope explain: " + BAD;
    assertThat(scope("explain", "--catalog", BAD, "report:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                lines(
                    p + ":4:15: family name \"Report\" is invalid: uppercase 'R' at index 0; scopes are lowercase",
                    p + ":11:44: duplicate scope dashboard:read in family \"dashboard\" (first at line 11, column 17)",
                    p + ":11:71: verb \"*\" of family \"dashboard\": declare the wildcard with \"wildcard\": \"description\"",
                    p + ":11:90: verb \"Edit\" of family \"dashboard\" is invalid: uppercase 'E' at index 0; scopes are"
                        + " lowercase",
                    p + ":14:15: duplicate family \"dashboard\" (first at line 9, column 15); each of its scopes would be"
                        + " declared twice",
                    p + ":15:22: \"displayName\" of family \"dashboard\" is blank",
                    p + ":16:26: the description of dashboard:share must be a string, not a number (3)",
                    p + ":18:5: family \"audit\" has no \"verbs\" object; a family needs at least one verb",
                    p + ":21:7: \"wildcard\" of family \"audit\" declares a wildcard over no verbs; a wildcard needs a family"
                        + " with verbs",
                    p + ":22:7: unknown field \"colour\" in family \"audit\"; the fields are displayName, name, note, verbs,"
                        + " wildcard")));
  }

  @Test
  void catalogFilesThatAreNotCatalogsAtAll(@TempDir Path dir) throws IOException {
    Path array = dir.resolve("array.json");
    Files.writeString(array, "[{\"name\": \"workflow\"}]");
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "{\"families\": [], \"version\": 2}");
    Path yaml = dir.resolve("catalog.yaml");
    Files.writeString(yaml, "families:\n  - name: workflow\n");
    assertThat(scope("explain", "--catalog", array.toString(), "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                2, "", "scope explain: " + array + ":1:1: a catalog must be an object with a \"families\" array or a \"tokens\" object, not an array\n"));
    assertThat(scope("explain", "--catalog", empty.toString(), "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                lines(
                    "scope explain: " + empty + ":1:14: \"families\" is empty; a catalog needs at least one family",
                    "scope explain: " + empty + ":1:18: unknown field \"version\" in the catalog; the fields are"
                        + " families, implies, tokens")));
    // A catalog may be YAML too; this one is incomplete.
    assertThat(scope("explain", "--catalog", yaml.toString(), "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                lines(
                    "scope explain: " + yaml + ":2:5: family \"workflow\" has no \"displayName\"",
                    "scope explain: " + yaml + ":2:5: family \"workflow\" has no \"verbs\" object; a family needs at least"
                        + " one verb")));
    assertThat(scope("explain", "--catalog", "no/catalog.json", "workflow:read"))
        .isEqualTo(new Cli.Result(2, "", "scope explain: --catalog no/catalog.json: no such file or directory\n"));
  }

  @Test
  void aScopeLongerThanTheGrammarAllowsIsRejectedEvenWhenEachPartFits(@TempDir Path dir) throws IOException {
    Path catalog = dir.resolve("long.json");
    String family = "f".repeat(100);
    String verb = "v".repeat(50);
    Files.writeString(
        catalog,
        "{\"families\": [{\"name\": \"" + family + "\", \"displayName\": \"F\", \"verbs\": {\"" + verb + "\": \"d\"}}]}");
    assertThat(scope("explain", "--catalog", catalog.toString(), "x:y"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope explain: " + catalog + ":1:158: verb \"" + verb + "\" of family \"" + "f".repeat(80)
                    + "\"... (100 characters) is invalid: it is 151 characters long; a scope has at most 128\n"));
  }

  @Test
  void aCatalogFolderIsNotACatalogFile() {
    assertThat(scope("explain", "--catalog", FIXTURES + "catalogs", "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                2, "", "scope explain: --catalog " + FIXTURES + "catalogs: is a directory, not a file\n"));
  }

  @Test
  void noCommandOrAnUnknownCommandIsAUsageError() {
    assertThat(scope())
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope: missing command; the commands are check, delegate, explain, minimize, recipe, lint, least-privilege,"
                    + " operations, help (see 'scope --help')\n"));
    assertThat(scope("grant", "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope: unknown command \"grant\"; the commands are check, delegate, explain, minimize, recipe, lint,"
                    + " least-privilege, operations, help (see 'scope --help')\n"));
    assertThat(scope("explain"))
        .isEqualTo(
            new Cli.Result(2, "", "scope explain: Missing required parameter: 'SCOPE' (see 'scope explain --help')\n"));
    assertThat(scope("minimize", "--frobnicate", "file:read"))
        .isEqualTo(
            new Cli.Result(2, "", "scope minimize: unknown option '--frobnicate' (see 'scope minimize --help')\n"));
  }

  @Test
  void anUnknownOptionIsNamedBeforeAMissingOneWithTheClosestKnownName() {
    assertThat(scope("check", "--require", "workflow:create", "--granted", "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                2, "", "scope check: unknown option '--require' (did you mean '--required'?) (see 'scope check --help')\n"));
    assertThat(scope("check", "--reqired", "workflow:create", "--granted", "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                2, "", "scope check: unknown option '--reqired' (did you mean '--required'?) (see 'scope check --help')\n"));
    // The value after an unknown option is not reported as a second unknown option.
    assertThat(scope("check", "--grant", "x", "--required", "workflow:create"))
        .isEqualTo(
            new Cli.Result(
                2, "", "scope check: unknown option '--grant' (did you mean '--granted'?) (see 'scope check --help')\n"));
    assertThat(scope("check", "--grant=workflow:create", "--required", "workflow:create"))
        .isEqualTo(
            new Cli.Result(
                2, "", "scope check: unknown option '--grant' (did you mean '--granted'?) (see 'scope check --help')\n"));
    assertThat(scope("lint", "--formt", "json", "keys"))
        .isEqualTo(
            new Cli.Result(
                2, "", "scope lint: unknown option '--formt' (did you mean '--format'?) (see 'scope lint --help')\n"));
    assertThat(scope("explain", "--catlog", "c.json", "workflow:read"))
        .isEqualTo(
            new Cli.Result(
                2, "", "scope explain: unknown option '--catlog' (did you mean '--catalog'?) (see 'scope explain --help')\n"));
  }

  @Test
  void everyCommandPrintsTheVersionAndItsHelp() {
    String version = scope("--version").out();
    assertThat(version).matches("scope \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    for (String command : List.of("check", "delegate", "explain", "minimize", "recipe", "lint", "least-privilege", "operations", "help")) {
      assertThat(scope(command, "-V")).as(command + " -V").isEqualTo(new Cli.Result(0, version, ""));
      assertThat(scope(command, "--version")).as(command + " --version").isEqualTo(new Cli.Result(0, version, ""));
      Cli.Result help = scope(command, "-h");
      assertThat(help.exit()).as(command + " -h").isZero();
      assertThat(help.err()).isEmpty();
      assertThat(help.out()).startsWith("Usage: scope " + command + " [-hV]");
      assertThat(scope(command, "--help")).isEqualTo(help);
    }
  }

  @Test
  void theHelpCommandPrintsWhatHelpOptionsPrint() {
    assertThat(scope("help")).isEqualTo(scope("--help"));
    assertThat(scope("help").out()).contains("  help             Shows the usage of scope, or of one command.\n");
    for (String command : List.of("check", "delegate", "explain", "minimize", "recipe", "lint", "least-privilege", "operations", "help")) {
      Cli.Result help = scope("help", command);
      assertThat(help).as("help " + command).isEqualTo(scope(command, "--help"));
      assertThat(help.out()).startsWith("Usage: scope " + command + " ");
    }
    assertThat(scope("help", "grant"))
        .isEqualTo(
            new Cli.Result(
                2,
                "",
                "scope help: unknown command \"grant\"; the commands are check, delegate, explain, minimize, recipe, lint,"
                    + " least-privilege, operations, help (see 'scope help --help')\n"));
  }

  @Test
  void helpAndVersionGoToStdoutWithExitZero() {
    Cli.Result help = scope("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(help.out()).startsWith("Usage: scope [-hV] [COMMAND]\n").contains("  least-privilege  ");

    Cli.Result checkHelp = scope("check", "--help");
    assertThat(checkHelp.exit()).isZero();
    assertThat(checkHelp.out()).startsWith("Usage: scope check ").contains("--required=SCOPES");

    Cli.Result version = scope("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).matches("scope \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void aNamedCommandIsBuiltAloneAndEverythingElseGetsEveryCommand() {
    PrintWriter out = new PrintWriter(new StringWriter());
    List<String> all = List.of("check", "delegate", "explain", "minimize", "recipe", "lint", "least-privilege", "operations", "help");
    assertThat(ScopeCli.commandLine(out, out).getSubcommands().keySet()).containsExactlyElementsOf(all);
    assertThat(ScopeCli.commandLine(out, out, "lint").getSubcommands().keySet()).containsExactly("lint");
    assertThat(ScopeCli.commandLine(out, out, "least-privilege").getSubcommands().keySet()).containsExactly("least-privilege");
    for (String first : List.of("help", "", "--help", "lnt", "LINT")) {
      assertThat(ScopeCli.commandLine(out, out, first).getSubcommands().keySet()).as(first).containsExactlyElementsOf(all);
    }
    // The one command still gets the root's settings.
    CommandLine lint = ScopeCli.commandLine(out, out, "lint").getSubcommands().get("lint");
    assertThat(lint.isExpandAtFiles()).isFalse();
    assertThat(lint.getCommandSpec().qualifiedName()).isEqualTo("scope lint");
  }
}
