package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code @file} arguments are taken literally by every command: picocli would otherwise replace
 * them with the file's content, so {@code --granted @claim.txt} could grant what the file holds, and
 * {@code --granted @/etc/passwd} would print the file in its error.
 */
class AtFileTest {
  private static final String SECRET = "secret-line-4f1c";

  private static Path claimFile(Path dir) throws IOException {
    Path file = dir.resolve("claim.txt");
    Files.writeString(file, "workflow:create\n" + SECRET + "\n");
    return file;
  }

  @Test
  void aGrantedClaimStartingWithAtIsALiteralEntryThatGrantsNothing(@TempDir Path dir) throws IOException {
    String arg = "@" + claimFile(dir);
    assertThat(scope("check", "--granted", arg, "--required", "workflow:create"))
        .isEqualTo(
            new Cli.Result(
                1,
                "Token lacks required scope: workflow:create\n",
                "scope check: --granted: ignored \"" + arg + "\" (entry 1): character '@' at index 0 is not allowed;"
                    + " scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'\n"));
    Cli.Result json = scope("check", "--granted", arg, "--required", "workflow:create", "--format", "json");
    assertThat(json.exit()).isEqualTo(1);
    assertThat(json.out()).contains("\"allowed\":false").contains("\"ignored\":[\"" + arg + "\"]");
  }

  @Test
  void noCommandPrintsTheContentOfAnAtFile(@TempDir Path dir) throws IOException {
    String arg = "@" + claimFile(dir);
    String[][] commands = {
      {"check", "--granted", arg, "--required", "workflow:create"},
      {"check", arg},
      {"explain", arg},
      {"minimize", arg},
      {"recipe", arg},
      {"lint", arg},
      {"least-privilege", "--spec", arg, "--operation", "x"},
      {"operations", "--spec", arg, "--granted", "workflow:read"},
      {arg},
    };
    for (String[] command : commands) {
      Cli.Result r = scope(command);
      assertThat(r.exit()).as(String.join(" ", command)).isIn(1, 2);
      assertThat(r.out() + r.err()).as(String.join(" ", command)).doesNotContain(SECRET);
    }
    assertThat(scope("lint", arg))
        .isEqualTo(new Cli.Result(2, "", "scope lint: " + arg + ": no such file or directory\n"));
  }

  @Test
  void expansionIsOffOnTheRootAndEverySubcommand() {
    CommandLine root = ScopeCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(root.isExpandAtFiles()).isFalse();
    assertThat(root.getSubcommands()).isNotEmpty();
    for (CommandLine sub : root.getSubcommands().values()) {
      assertThat(sub.isExpandAtFiles()).as(sub.getCommandName()).isFalse();
    }
  }
}
