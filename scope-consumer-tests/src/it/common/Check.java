import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the README's quick start, pasted as it is written, and compares what it prints with the
 * README's "It prints:" block. The first argument is that block's file; the second says how the
 * consumer runs: "class-path" or "module-path" (then the engine must be a named module, and JSpecify
 * absent). Exits 1 on any difference.
 */
public class Check {
  public static void main(String[] args) throws Exception {
    String expected = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Module engine = Class.forName("dev.scopegate.Requirement").getModule();
    String layout = engine.isNamed() ? "module-path" : "class-path";
    if (!layout.equals(args[1])) {
      fail("the engine is on the " + layout + ", expected the " + args[1]);
    }
    if (engine.isNamed() && (!engine.getName().equals("dev.scopegate.core") || ModuleLayer.boot().findModule("org.jspecify").isPresent())) {
      fail("expected module dev.scopegate.core without org.jspecify, found " + ModuleLayer.boot().modules());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String actual = out.toString(StandardCharsets.UTF_8);
    if (!actual.equals(expected)) {
      fail("the README says the quick start prints:\n" + expected + "but it printed:\n" + actual);
    }
    System.out.println("README quick start on the " + layout + ": " + actual.lines().count() + " lines as the README shows");
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }
}
