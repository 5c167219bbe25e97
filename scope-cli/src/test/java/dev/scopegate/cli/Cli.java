package dev.scopegate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the real entry point, {@link ScopeCli#run}, and captures what a shell would see. */
final class Cli {
  /** Fixture root, relative to the module directory (the tests' working directory). */
  static final String FIXTURES = "src/test/resources/fixtures/";

  /** Exit code, stdout and stderr of one run. */
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result scope(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        ScopeCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Lines joined with (and ended by) {@code \n}. */
  static String lines(String... lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }
}
