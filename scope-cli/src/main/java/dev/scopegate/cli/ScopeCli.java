package dev.scopegate.cli;

import dev.scopegate.internal.Text;
import dev.scopegate.openapi.internal.Quote;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code scope} command-line tool: offline scope checks for code review and CI, with the
 * engine production runs.
 *
 * <p>Exit codes, everywhere: {@value #EXIT_OK} allowed or clean, {@value #EXIT_DENIED} denied or
 * an error-level lint finding, {@value #EXIT_ERROR} a usage error, an unreadable file or malformed
 * strict input. Every error is one line on stderr naming the input and the reason; there is never
 * a stack trace.
 */
@Command(
    name = "scope",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    description = "Offline scope checks with the Scopegate engine.")
public final class ScopeCli implements Callable<Integer> {
  /** The commands, in the order help lists them; each is named by its own {@code @Command}. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          CheckCommand.class,
          DelegateCommand.class,
          ExplainCommand.class,
          MinimizeCommand.class,
          RecipeCommand.class,
          LintCommand.class,
          LeastPrivilegeCommand.class,
          OperationsCommand.class,
          HelpCommand.class);

  /** Allowed, or clean. */
  public static final int EXIT_OK = 0;

  /** Denied, or lint found an error-level finding. */
  public static final int EXIT_DENIED = 1;

  /** A usage error, an unreadable file, or malformed strict input. */
  public static final int EXIT_ERROR = 2;

  @Spec private CommandSpec spec;

  /** Picocli creates the command. */
  ScopeCli() {}

  /**
   * Runs the tool and exits with its exit code. Output is UTF-8 whatever the locale.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool without exiting: what {@link #main} does, for tests and embedding.
   *
   * @param args the command line, without the program name
   * @param out where results go (UTF-8)
   * @param err where errors and notes go (UTF-8)
   * @return the exit code: {@value #EXIT_OK}, {@value #EXIT_DENIED} or {@value #EXIT_ERROR}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    PrintWriter o = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    PrintWriter e = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(err, "err"), StandardCharsets.UTF_8));
    CommandLine cli = commandLine(o, e, args.length > 0 ? args[0] : "");
    try {
      return cli.execute(args);
    } catch (Throwable t) {
      // Picocli hands only Exceptions to the execution handler; an Error (OutOfMemoryError,
      // StackOverflowError) thrown by a command comes out of execute() and ends here, as one line.
      failure(e, commandName(cli), t);
      return EXIT_ERROR;
    } finally {
      o.flush();
      e.flush();
    }
  }

  /**
   * The configured command line. {@code @file} arguments are taken literally by every command: a
   * claim such as {@code --granted @/etc/passwd} is read as production reads a claim, never
   * replaced by a file's content.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, "");
  }

  /**
   * The command line for arguments that start with {@code first}. When {@code first} names a
   * command other than {@code help}, only that command is built: picocli builds a command's model
   * by reflection, and building all of them is a fifth of a short run. Any other start (an option,
   * {@code help}, a typo, nothing) gets every command, so help and "unknown command" list them all.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
    CommandLine cli = new CommandLine(new ScopeCli());
    boolean one = false;
    for (Class<?> command : COMMANDS) {
      one |= !first.equals("help") && name(command).equals(first);
    }
    for (Class<?> command : COMMANDS) {
      if (!one || name(command).equals(first)) {
        cli.addSubcommand(name(command), new CommandLine(command));
      }
    }
    configure(cli, new Version.Provider());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(ScopeCli::usageError);
    cli.setExecutionExceptionHandler(ScopeCli::failure);
    return cli;
  }

  /**
   * For a command and all its subcommands: {@code @file} expansion off (the root's setting is the
   * one picocli's parser reads; each subcommand gets it too, so no entry point ever expands), and
   * the version that {@code -V} prints.
   */
  private static void configure(CommandLine cli, Version.Provider version) {
    cli.setExpandAtFiles(false);
    cli.getCommandSpec().versionProvider(version);
    for (CommandLine sub : cli.getSubcommands().values()) {
      configure(sub, version);
    }
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  /** The commands' names, in declared order, comma-separated. */
  static String commands(CommandLine root) {
    return String.join(", ", root.getSubcommands().keySet());
  }

  /** The qualified name of the command the arguments selected, or {@code scope}. */
  private static String commandName(CommandLine cli) {
    CommandLine.ParseResult parsed = cli.getParseResult();
    if (parsed == null) {
      return cli.getCommandSpec().qualifiedName();
    }
    while (parsed.hasSubcommand()) {
      parsed = parsed.subcommand();
    }
    return parsed.commandSpec().qualifiedName();
  }

  /** {@code scope} alone names no command. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command; the commands are " + commands(spec.commandLine()));
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = Quote.oneLine(Objects.toString(ex.getMessage(), "invalid command line"));
    if (message.startsWith("Error: ")) {
      message = message.substring("Error: ".length());
    }
    List<String> unmatched = cmd.getUnmatchedArguments();
    if (ex instanceof UnmatchedArgumentException && cmd.getParent() == null && args.length > 0 && !args[0].startsWith("-")) {
      message = "unknown command " + Text.quote(args[0]) + "; the commands are " + commands(cmd);
    } else if (!unmatched.isEmpty() && unmatched.get(0).startsWith("-")) {
      // Before "Missing required option", and without listing the unknown option's value as
      // another unknown option: the typo is what the user must fix.
      message = unknownOption(cmd, unmatched.get(0));
    }
    cmd.getErr().print(name + ": " + message + " (see '" + name + " --help')\n");
    return EXIT_ERROR;
  }

  /** {@code unknown option '--require' (did you mean '--required'?)}. */
  private static String unknownOption(CommandLine cmd, String arg) {
    int equals = arg.indexOf('=');
    String option = equals < 0 ? arg : arg.substring(0, equals);
    // Picocli's candidates are the similar names; of those, the one sharing the longest prefix
    // with the typo is meant (--require is --required, not --recipe).
    String best = null;
    for (String candidate : new UnmatchedArgumentException(cmd, List.of(option)).getSuggestions()) {
      if (best == null || commonPrefix(candidate, option) > commonPrefix(best, option)) {
        best = candidate;
      }
    }
    return "unknown option '" + option + "'" + (best == null ? "" : " (did you mean '" + best + "'?)");
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  private static int failure(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    String name = cmd.getCommandSpec().qualifiedName();
    PrintWriter err = cmd.getErr();
    if (ex instanceof CliException) {
      for (String line : ((CliException) ex).lines()) {
        err.print(name + ": " + Quote.oneLine(line) + "\n");
      }
    } else {
      failure(err, name, ex);
    }
    return EXIT_ERROR;
  }

  /**
   * A bug or an exhausted JVM: still one line and still exit 2, so a script never mistakes it for
   * "denied", and never a stack trace.
   */
  private static void failure(PrintWriter err, String name, Throwable t) {
    String what;
    if (t instanceof OutOfMemoryError) {
      what = "out of memory (give the JVM more with -Xmx, or the command a smaller input)";
    } else if (t instanceof StackOverflowError) {
      what = "stack overflow";
    } else {
      what = "internal error";
    }
    err.print(name + ": " + what + ": " + t.getClass().getName() + ": " + Quote.oneLine(Objects.toString(t.getMessage(), "")) + "\n");
  }

  /** Prints a line with a {@code \n} ending, whatever the platform. */
  static void println(PrintWriter w, String line) {
    w.print(line);
    w.print('\n');
  }
}
