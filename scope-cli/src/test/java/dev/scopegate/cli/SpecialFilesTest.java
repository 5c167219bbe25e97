package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Devices, FIFOs, directories and oversized files given to any file-reading option: one line on
 * stderr naming the file and the reason, exit 2, never a hang, never a stack trace.
 */
class SpecialFilesTest {
  /** Each way a command reads a file, for a path and the prefix its error line has. */
  private static List<String[]> readers(String path) {
    return List.of(
        new String[] {"scope lint: " + path, "lint", path},
        new String[] {"scope explain: --catalog " + path, "explain", "--catalog", path, "workflow:read"},
        new String[] {"scope check: --catalog " + path, "check", "--catalog", path, "--granted", "x", "--required", "x:y"},
        new String[] {"scope operations: --spec " + path, "operations", "--spec", path, "--granted", "workflow:read"},
        new String[] {"scope least-privilege: --spec " + path, "least-privilege", "--spec", path, "--operation", "x"});
  }

  private static void assertEveryReaderRefuses(String path, String reason) {
    for (String[] reader : readers(path)) {
      String[] args = List.of(reader).subList(1, reader.length).toArray(String[]::new);
      assertThat(scope(args)).as(String.join(" ", args)).isEqualTo(new Cli.Result(2, "", reader[0] + ": " + reason + "\n"));
    }
  }

  @Test
  void devZeroIsRefusedNotReadWithoutEnd() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> assertEveryReaderRefuses("/dev/zero", "is a character device, not a regular file"));
  }

  @Test
  void aFifoIsRefusedBeforeItIsOpened(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("keys.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
    // No writer: opening the FIFO would block forever, so the refusal must come before the open.
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> assertEveryReaderRefuses(fifo.toString(), "is a FIFO (named pipe), not a regular file"));
  }

  @Test
  void aDirectoryIsNotAFile(@TempDir Path dir) {
    for (String[] reader : readers(dir.toString()).subList(1, 5)) {
      String[] args = List.of(reader).subList(1, reader.length).toArray(String[]::new);
      assertThat(scope(args)).isEqualTo(new Cli.Result(2, "", reader[0] + ": is a directory, not a file\n"));
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedByEveryReader(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(16L * 1024 * 1024 + 1);
    }
    String tooLarge = ":1:1: the file is 16777217 bytes; the limit is 16777216 bytes (16 MiB)\n";
    assertThat(scope("lint", huge.toString())).isEqualTo(new Cli.Result(2, "", "scope lint: " + huge + tooLarge));
    assertThat(scope("explain", "--catalog", huge.toString(), "workflow:read"))
        .isEqualTo(new Cli.Result(2, "", "scope explain: " + huge + tooLarge));
    assertThat(scope("operations", "--spec", huge.toString(), "--granted", "workflow:read"))
        .isEqualTo(new Cli.Result(2, "", "scope operations: " + huge + tooLarge));
  }

  /**
   * An {@link Error} is one line too: a real {@code OutOfMemoryError}, from a 14 MB scope list (under
   * the size limit) read by a JVM given 16 MB of heap, run as {@code java ScopeCli} in its own
   * process.
   */
  @Test
  void anOutOfMemoryErrorIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    StringBuilder list = new StringBuilder("{\"scopes\": [\"workflow:read\"");
    list.append(",\"workflow:read\"".repeat(900_000)).append("]}\n");
    Path big = dir.resolve("big.json");
    Files.writeString(big, list, StandardCharsets.UTF_8);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(), "-Xmx16m", "-cp", System.getProperty("java.class.path"), ScopeCli.class.getName(), "lint", big.toString())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    assertThat(Files.readString(dir.resolve("err.txt")))
        .isEqualTo(
            "scope lint: out of memory (give the JVM more with -Xmx, or the command a smaller input):"
                + " java.lang.OutOfMemoryError: Java heap space\n");
  }
}
