package dev.scopegate.cli;

import dev.scopegate.internal.Text;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scope help [COMMAND]}: the same text as {@code scope --help} or {@code scope COMMAND --help}. */
@Command(
    name = "help",
    helpCommand = true,
    mixinStandardHelpOptions = true,
    description = "Shows the usage of scope, or of one command.")
final class HelpCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command to describe, such as check.")
  private @Nullable String command;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    CommandLine target = root;
    if (command != null) {
      target = root.getSubcommands().get(command);
      if (target == null) {
        throw new ParameterException(
            spec.commandLine(), "unknown command " + Text.quote(command) + "; the commands are " + ScopeCli.commands(root));
      }
    }
    target.usage(spec.commandLine().getOut());
    return ScopeCli.EXIT_OK;
  }
}
