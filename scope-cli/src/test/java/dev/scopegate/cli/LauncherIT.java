package dev.scopegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bin/scope}, run as a user runs it, against the jar this build just packaged. The build
 * path is exercised with a stand-in {@code mvnw} in a scratch copy of the layout, so no test starts
 * a Maven build inside this one.
 */
class LauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target/scope.jar").toAbsolutePath();

  /** The modules scope.jar is made of: scope-cli and everything it depends on. */
  private static final List<String> MODULES = List.of("scope-core", "scope-catalog", "scope-guard", "scope-openapi", "scope-cli");

  private record Run(int exit, String out, String err) {}

  static List<String> modules() {
    return MODULES;
  }

  private static Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    Path out = Files.createTempFile("scope-out", ".txt");
    Path err = Files.createTempFile("scope-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("bin/scope did not finish");
    }
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void theLauncherRunsTheFreshJarWithCleanStdout() throws Exception {
    Run r =
        run(
            ROOT.resolve("bin/scope"),
            Map.of("SCOPE_NO_BUILD", "1"),
            "check",
            "--granted",
            "workflow:read",
            "--required",
            "workflow:create");
    assertThat(r).isEqualTo(new Run(1, "Token lacks required scope: workflow:create\n", ""));

    Run explain = run(ROOT.resolve("bin/scope"), Map.of("SCOPE_NO_BUILD", "1"), "explain", "ai-chat:use");
    assertThat(explain.out())
        .isEqualTo(
            "ai-chat:use  Invoke SignStack's AI helpers \u2014 used by Studio's in-app AI assistant, CLI generation/modify"
                + " commands, and the embedded resource-editor's AI features\n");
  }

  /** A copy of the layout the launcher looks at, with a stand-in Maven wrapper. */
  private static Path scratchRoot(Path dir, String mvnwBody) throws IOException {
    Files.createDirectories(dir.resolve("bin"));
    Files.copy(ROOT.resolve("bin/scope"), dir.resolve("bin/scope"));
    for (String module : MODULES) {
      Files.createDirectories(dir.resolve(module).resolve("src/main/java"));
      Files.writeString(dir.resolve(module).resolve("pom.xml"), "<project/>");
    }
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Path mvnw = dir.resolve("mvnw");
    Files.writeString(mvnw, "#!/bin/sh\n" + mvnwBody);
    Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  @Test
  void aMissingJarIsBuiltWithTheWrapperWhoseOutputStaysOffStdout(@TempDir Path dir) throws Exception {
    Path root =
        scratchRoot(
            dir,
            "echo \"$@\" > mvnw.args\n"
                + "echo '[INFO] pretend build output'\n"
                + "mkdir -p scope-cli/target\n"
                + "cp '" + JAR + "' scope-cli/target/scope.jar\n");
    Run r = run(root.resolve("bin/scope"), Map.of(), "minimize", "workflow:read", "workflow:*");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("workflow:*\n");
    assertThat(r.err())
        .isEqualTo(
            "scope: building " + root.resolve("scope-cli/target/scope.jar") + " (first run, or sources changed) ...\n"
                + "[INFO] pretend build output\n"
                + "scope minimize: workflow:read is redundant: workflow:* grants every workflow verb\n");
    assertThat(Files.readString(root.resolve("mvnw.args"))).isEqualTo("-q -B -DskipTests package -pl scope-cli -am\n");
  }

  @Test
  void theModuleListCoversEveryModuleTheJarIsMadeOf() throws IOException {
    String pom = Files.readString(ROOT.resolve("scope-cli/pom.xml"));
    String openapi = Files.readString(ROOT.resolve("scope-openapi/pom.xml"));
    for (String module : List.of("scope-catalog", "scope-openapi")) {
      assertThat(pom).contains("<artifactId>" + module + "</artifactId>");
    }
    for (String module : List.of("scope-core", "scope-guard")) {
      assertThat(openapi).contains("<artifactId>" + module + "</artifactId>");
    }
    String launcher = Files.readString(ROOT.resolve("bin/scope"));
    for (String module : MODULES) {
      assertThat(launcher).contains("\"$root/" + module + "/pom.xml\" \"$root/" + module + "/src/main\"");
    }
  }

  @ParameterizedTest
  @MethodSource("modules")
  void aSourceOfAnyModuleNewerThanTheJarMakesItStale(String module, @TempDir Path dir) throws Exception {
    Path root = scratchRoot(dir, "exit 1\n");
    Path jar = root.resolve("scope-cli/target/scope.jar");
    Files.createDirectories(jar.getParent());
    Files.copy(JAR, jar, StandardCopyOption.REPLACE_EXISTING);
    ageEverythingButTheJar(root, jar);
    assertThat(run(root.resolve("bin/scope"), Map.of("SCOPE_NO_BUILD", "1"), "recipe", "--list").exit()).isZero();

    Files.writeString(root.resolve(module).resolve("src/main/java/Changed.java"), "class Changed {}");
    assertThat(run(root.resolve("bin/scope"), Map.of("SCOPE_NO_BUILD", "1"), "recipe", "--list").exit()).isEqualTo(2);
  }

  private static void ageEverythingButTheJar(Path root, Path jar) throws IOException {
    Instant now = Instant.now();
    try (var files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.setLastModifiedTime(p, FileTime.from(now.minusSeconds(3600)));
      }
    }
    Files.setLastModifiedTime(jar, FileTime.from(now.minusSeconds(60)));
  }

  @Test
  void twoFirstRunsAtOnceBuildOnce(@TempDir Path dir) throws Exception {
    // The stand-in build records itself, then holds until the test lets it finish.
    Path root =
        scratchRoot(
            dir,
            "echo built >> mvnw.log\n"
                + "while [ ! -f finish ]; do sleep 0.1; done\n"
                + "mkdir -p scope-cli/target\n"
                + "cp '" + JAR + "' scope-cli/target/scope.jar\n");
    Process first = start(root, "minimize", "workflow:read", "workflow:*");
    waitFor(root.resolve("mvnw.log"));
    Process second = start(root, "recipe", "--list");
    Path secondErr = root.resolve("second.err");
    waitFor(secondErr, "waiting for another bin/scope run");
    Files.writeString(root.resolve("finish"), "");

    assertThat(first.waitFor(60, TimeUnit.SECONDS) && second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isZero();
    assertThat(second.exitValue()).isZero();
    assertThat(Files.readString(root.resolve("mvnw.log"))).isEqualTo("built\n");
    assertThat(Files.readString(secondErr))
        .isEqualTo("scope: waiting for another bin/scope run to finish building " + root.resolve("scope-cli/target/scope.jar") + " ...\n");
    assertThat(root.resolve("scope-cli/target/.scope-build.lock")).doesNotExist();
  }

  @Test
  void aLockLeftByABuilderThatIsGoneIsTakenOver(@TempDir Path dir) throws Exception {
    Path root = scratchRoot(dir, "echo built >> mvnw.log\nmkdir -p scope-cli/target\ncp '" + JAR + "' scope-cli/target/scope.jar\n");
    Path lock = root.resolve("scope-cli/target/.scope-build.lock");
    Files.createDirectories(lock);
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(lock.resolve("pid"), gone.pid() + "\n");

    Run r = run(root.resolve("bin/scope"), Map.of(), "recipe", "--list");
    assertThat(r.exit()).isZero();
    assertThat(Files.readString(root.resolve("mvnw.log"))).isEqualTo("built\n");
    assertThat(lock).doesNotExist();
  }

  /** Starts bin/scope in the background, its stdout and stderr going to files named after its turn. */
  private static Process start(Path root, String... args) throws IOException {
    String name = Files.exists(root.resolve("first.err")) ? "second" : "first";
    List<String> command = new ArrayList<>(List.of("sh", root.resolve("bin/scope").toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(root.toFile())
        .redirectOutput(root.resolve(name + ".out").toFile())
        .redirectError(root.resolve(name + ".err").toFile())
        .start();
  }

  private static void waitFor(Path file) throws InterruptedException {
    waitFor(file, "");
  }

  private static void waitFor(Path file, String content) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try {
        if (Files.exists(file) && Files.readString(file).contains(content)) {
          return;
        }
      } catch (IOException e) {
        // not written yet
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + (content.isEmpty() ? file.toString() : "\"" + content + "\" in " + file) + " within 60 s");
  }

  @Test
  void aSourceNewerThanTheJarTriggersARebuildAndAFreshJarDoesNot(@TempDir Path dir) throws Exception {
    Path root = scratchRoot(dir, "echo rebuilt >> mvnw.log\n");
    Path jar = root.resolve("scope-cli/target/scope.jar");
    Files.createDirectories(jar.getParent());
    Files.copy(JAR, jar, StandardCopyOption.REPLACE_EXISTING);
    ageEverythingButTheJar(root, jar);

    assertThat(run(root.resolve("bin/scope"), Map.of(), "recipe", "--list").exit()).isZero();
    assertThat(root.resolve("mvnw.log")).doesNotExist();

    Path source = root.resolve("scope-openapi/src/main/java/Changed.java");
    Files.writeString(source, "class Changed {}");
    Run refused = run(root.resolve("bin/scope"), Map.of("SCOPE_NO_BUILD", "1"), "recipe", "--list");
    assertThat(refused)
        .isEqualTo(
            new Run(
                2,
                "",
                "scope: " + jar + " is missing or older than the sources, and SCOPE_NO_BUILD=1 forbids building it\n"));

    assertThat(run(root.resolve("bin/scope"), Map.of(), "recipe", "--list").exit()).isZero();
    assertThat(Files.readString(root.resolve("mvnw.log"))).isEqualTo("rebuilt\n");
  }

  @Test
  void aFailedBuildIsExitTwoWithAHint(@TempDir Path dir) throws Exception {
    Path root = scratchRoot(dir, "echo '[ERROR] compilation failed'\nexit 1\n");
    Run r = run(root.resolve("bin/scope"), Map.of(), "recipe", "--list");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .endsWith(
            "[ERROR] compilation failed\n"
                + "scope: the build failed; run './mvnw -B -DskipTests package -pl scope-cli -am' to see why\n");
  }
}
